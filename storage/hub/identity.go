package hub

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"frontoffice/model"
	"frontoffice/storage"

	"github.com/jackc/pgx/v5"
)

// erasedRev is one revision of a person who withdrew consent.
type erasedRev struct {
	id, origin string
	rev, hlc   int64
	sha, data  []byte
	day        string
}

// eraseWithdrawn carries a withdrawal of consent through every revision the
// hub keeps of the person, as an office's import does (storage.ErasePerson):
// each revision of a person who withdrew (in any revision) is erased in
// place, and two copies of one revision that are the same once erased
// (the original, and the erased copy another office sent) are kept once.
// The person's winner is then chosen again and written (werase).
func (h *Hub) eraseWithdrawn(ctx context.Context, tx pgx.Tx, now time.Time) error {
	rows, err := tx.Query(ctx, withdrawnSQL)
	if err != nil {
		return fmt.Errorf("merge withdrawals: %w", err)
	}
	revs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (erasedRev, error) {
		var e erasedRev
		err := r.Scan(&e.id, &e.rev, &e.hlc, &e.origin, &e.sha, &e.data, &e.day)
		return e, err
	})
	if err != nil || len(revs) == 0 {
		return err
	}
	type same struct {
		id, origin string
		rev, hlc   int64
		erased     string
	}
	kept := map[same]bool{}
	var ids []string
	for _, r := range revs {
		erased, changed, err := storage.ErasePerson(r.data, model.Date(r.day))
		if err != nil {
			return fmt.Errorf("person %s: %w", r.id, err)
		}
		k := same{r.id, r.origin, r.rev, r.hlc, string(erased)}
		switch {
		case kept[k]:
			if _, err := tx.Exec(ctx, "DELETE FROM revisions WHERE kind = 'person' AND id = $1 AND rev = $2 AND hlc = $3 AND sha = $4",
				r.id, r.rev, r.hlc, r.sha); err != nil {
				return err
			}
		case changed:
			kept[k] = true
			if _, err := tx.Exec(ctx, "UPDATE revisions SET data = $5 WHERE kind = 'person' AND id = $1 AND rev = $2 AND hlc = $3 AND sha = $4",
				r.id, r.rev, r.hlc, r.sha, erased); err != nil {
				return err
			}
		default:
			kept[k] = true
		}
		if len(ids) == 0 || ids[len(ids)-1] != r.id {
			ids = append(ids, r.id)
		}
	}
	return rewin(ctx, tx, ids, now)
}

// rewin chooses again the winners of the people ids (after their
// revisions were erased) and writes them: records, and people from the
// erased JSON's columns (a staging table of the winners, stagingRow's).
func rewin(ctx context.Context, tx pgx.Tx, ids []string, now time.Time) error {
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE werase ON COMMIT DROP AS
		SELECT DISTINCT ON (r.kind, r.id) r.kind, r.id, r.rev, r.base_rev, r.hlc, r.origin, r.sha, r.deleted, r.data, false AS conflict
		FROM revisions r WHERE r.kind = 'person' AND r.id = ANY($1::uuid[])
		ORDER BY r.kind, r.id, r.hlc DESC, r.origin DESC, r.sha DESC`, ids); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `UPDATE werase w SET conflict = EXISTS (
			SELECT 1 FROM revisions r WHERE r.kind = w.kind AND r.id = w.id AND r.rev > w.base_rev
			AND NOT (r.rev = w.rev AND r.hlc = w.hlc AND r.sha = w.sha))
			OR `+byLineage("w.kind", "w.id", "w.base_rev", "w.data")); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `UPDATE records c SET rev = w.rev, base_rev = w.base_rev, hlc = w.hlc, origin = w.origin,
		sha = w.sha, conflict = w.conflict, changed_at = $1 FROM werase w WHERE c.kind = w.kind AND c.id = w.id`, now); err != nil {
		return err
	}
	rows, err := tx.Query(ctx, "SELECT sha, data FROM werase")
	if err != nil {
		return err
	}
	var staged [][]any
	for rows.Next() {
		var sha, data []byte
		if err := rows.Scan(&sha, &data); err != nil {
			rows.Close()
			return err
		}
		p := &model.Person{}
		if err := json.Unmarshal(data, p); err != nil {
			rows.Close()
			return fmt.Errorf("person: %w", err)
		}
		row := stagingRow(storage.BundleRecord{Record: p, Data: data})
		row[7] = sha // the revision's hash as it first arrived
		staged = append(staged, row)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, "CREATE TEMP TABLE st_erase (LIKE st) ON COMMIT DROP"); err != nil {
		return err
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"st_erase"}, stagingColumns, pgx.CopyFromRows(staged)); err != nil {
		return err
	}
	if err := writeKinds(ctx, tx, "st_erase", false); err != nil {
		return err
	}
	_, err = tx.Exec(ctx, "DROP TABLE werase, st_erase")
	return err
}

// regroupTouched applies the identity rules (model.Group) again to the
// people this bundle brought a revision of, and to everyone who could be
// in a group with them: the people on the same phone or IIN, and the
// members of their groups so far, until no one more is found. Groups are
// joined only through phones and IINs, so the rest of the hub keeps its
// groups; the outcome replaces these people's rows of person_identity and
// possible_duplicates.
func regroupTouched(ctx context.Context, tx pgx.Tx) error {
	var ids []string
	if err := tx.QueryRow(ctx, "SELECT COALESCE(array_agg(id::text), '{}') FROM st_new WHERE kind = 'person'").Scan(&ids); err != nil {
		return err
	}
	return regroupIDs(ctx, tx, ids)
}

// regroupIDs is regroupTouched for the people ids.
func regroupIDs(ctx context.Context, tx pgx.Tx, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	seen := map[string]bool{}
	keys := map[string]model.IdentityKey{}
	for next := ids; len(next) > 0; {
		for _, id := range next {
			seen[id] = true
		}
		rows, err := tx.Query(ctx, identityClosureSQL, next)
		if err != nil {
			return fmt.Errorf("identity: %w", err)
		}
		next = nil
		for rows.Next() {
			var k model.IdentityKey
			if err := rows.Scan(&k.ID, &k.Phone, &k.IIN, &k.Apart); err != nil {
				rows.Close()
				return err
			}
			if !seen[k.ID] {
				seen[k.ID] = true
				next = append(next, k.ID)
			}
			if k.Phone != "" || k.IIN != "" {
				keys[k.ID] = k
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	all := make([]string, 0, len(seen))
	for id := range seen {
		all = append(all, id)
	}
	return writeGroups(ctx, tx, all, keys)
}

// identityClosureSQL is everyone who may share a group with the people $1:
// themselves, those on their phones or IINs, and their groups' members.
const identityClosureSQL = `WITH me AS (SELECT id, key_phone, key_iin FROM people WHERE id = ANY($1::uuid[])),
	near AS (
		SELECT id FROM me
		UNION SELECT p.id FROM people p JOIN me ON me.key_phone <> '' AND p.key_phone = me.key_phone
		UNION SELECT p.id FROM people p JOIN me ON me.key_iin <> '' AND p.key_iin = me.key_iin
		UNION SELECT j.id FROM person_identity j WHERE j.canonical = ANY($1::uuid[]) OR j.id = ANY($1::uuid[])
		UNION SELECT j.canonical FROM person_identity j WHERE j.canonical = ANY($1::uuid[]) OR j.id = ANY($1::uuid[]))
	SELECT p.id::text, p.key_phone, p.key_iin, p.apart FROM near JOIN people p ON p.id = near.id`

// writeGroups replaces the identity rows of the people all by model.Group
// over keys (the live ones among them).
func writeGroups(ctx context.Context, tx pgx.Tx, all []string, keys map[string]model.IdentityKey) error {
	if _, err := tx.Exec(ctx, "DELETE FROM person_identity WHERE id = ANY($1::uuid[]) OR canonical = ANY($1::uuid[])", all); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, "DELETE FROM possible_duplicates WHERE a = ANY($1::uuid[]) OR b = ANY($1::uuid[])", all); err != nil {
		return err
	}
	return insertGroups(ctx, tx, keys)
}

// regroupAll applies the identity rules to every person in the hub
// (after a bulk load): person_identity and possible_duplicates anew.
func regroupAll(ctx context.Context, tx pgx.Tx) error {
	rows, err := tx.Query(ctx, "SELECT id::text, key_phone, key_iin, apart FROM people WHERE key_phone <> '' OR key_iin <> ''")
	if err != nil {
		return fmt.Errorf("identity: %w", err)
	}
	keys := map[string]model.IdentityKey{}
	for rows.Next() {
		var k model.IdentityKey
		if err := rows.Scan(&k.ID, &k.Phone, &k.IIN, &k.Apart); err != nil {
			rows.Close()
			return err
		}
		keys[k.ID] = k
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, "DELETE FROM person_identity; DELETE FROM possible_duplicates"); err != nil {
		return err
	}
	return insertGroups(ctx, tx, keys)
}

// insertGroups writes model.Group over keys.
func insertGroups(ctx context.Context, tx pgx.Tx, keys map[string]model.IdentityKey) error {
	return writeGrouping(ctx, tx, groupKeys(keys))
}

// groupKeys is model.Group over keys.
func groupKeys(keys map[string]model.IdentityKey) model.Grouping {
	ks := make([]model.IdentityKey, 0, len(keys))
	for _, k := range keys {
		ks = append(ks, k)
	}
	return model.Group(ks)
}

// writeGrouping writes g into the empty person_identity and
// possible_duplicates.
func writeGrouping(ctx context.Context, tx pgx.Tx, g model.Grouping) error {
	ids := make([]string, 0, len(g.Canonical))
	for id := range g.Canonical {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"person_identity"}, []string{"id", "canonical"},
		pgx.CopyFromSlice(len(ids), func(i int) ([]any, error) { return []any{ids[i], g.Canonical[ids[i]]}, nil })); err != nil {
		return err
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"possible_duplicates"}, []string{"a", "b"},
		pgx.CopyFromSlice(len(g.Duplicates), func(i int) ([]any, error) { return []any{g.Duplicates[i][0], g.Duplicates[i][1]}, nil }))
	return err
}
