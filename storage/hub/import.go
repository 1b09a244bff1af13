package hub

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/bundle"

	"github.com/jackc/pgx/v5"
)

// ImportOptions are what the person loading allowed.
type ImportOptions struct {
	// Trust trusts the key of an office whose first bundle this is (its
	// fingerprint compared with that office's), as import --trust does.
	Trust bool
}

// Imported is what loading one bundle did: the summary an office's import
// prints (storage.ImportSummary), and who signed it.
type Imported struct {
	Summary storage.ImportSummary
	Signer  storage.Signer
	// Again is true when the hub had loaded this very bundle before (its
	// trailer hash is known); nothing changed.
	Again bool
}

// stagingColumns are the staging table's columns, in COPY order.
var stagingColumns = []string{"line", "kind", "id", "rev", "base_rev", "hlc", "origin", "sha", "deleted", "data"}

// rowSource hands the bundle's records to COPY as they are read and checked.
// The reader's error is read only once its rows channel is closed (pgx asks
// Err between rows too: it must not wait there).
type rowSource struct {
	rows  chan []any
	cur   []any
	err   *error
	ended bool
	done  chan struct{}
}

func (s *rowSource) Next() bool {
	r, ok := <-s.rows
	s.cur, s.ended = r, !ok
	return ok
}
func (s *rowSource) Values() ([]any, error) { return s.cur, nil }
func (s *rowSource) Err() error {
	if !s.ended {
		return nil
	}
	return *s.err
}

// Import loads the bundle src into the hub: every record checked as an
// office's import checks it, COPY into a staging table, then set-based
// merges, all in one transaction. Any failed check (the bundle's, or who
// signed it) rolls back: the hub is unchanged.
func (h *Hub) Import(ctx context.Context, src storage.Source, pass storage.Passphrase, o ImportOptions) (Imported, error) {
	tx, err := h.pool.BeginTx(ctx, pgx.TxOptions{})
	if err != nil {
		return Imported{}, err
	}
	defer tx.Rollback(context.Background())
	// Merges of one hub go one at a time (two loaders may run at once).
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(hashtext($1))", h.lockKey()+":merge"); err != nil {
		return Imported{}, err
	}
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE st (line integer, kind text COLLATE "C", id uuid, rev bigint,
		base_rev bigint, hlc bigint, origin text COLLATE "C", sha bytea, deleted boolean, data bytea) ON COMMIT DROP`); err != nil {
		return Imported{}, err
	}

	var res Imported
	var signer storage.Signer
	var readErr error
	src2 := &rowSource{rows: make(chan []any, 1024), err: &readErr, done: make(chan struct{})}
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var m bundle.Manifest
	var t bundle.Trailer
	var signed bool
	go func() {
		defer close(src2.done)
		defer close(src2.rows) // after readErr is set
		m, t, signed, readErr = storage.ReadBundle(rctx, src, pass, h.now(), func(man bundle.Manifest) error {
			sg, err := h.signerOf(ctx, man)
			signer = sg
			if err != nil {
				return err
			}
			return permitted(sg, o)
		}, func(r storage.BundleRecord) error {
			env := r.Record.Env()
			sum := sha256.Sum256(r.Data)
			row := []any{int32(r.Line), string(env.Kind), env.ID, int64(env.Rev), int64(env.BaseRev), int64(env.HLC),
				env.Origin, sum[:], env.Deleted, bytes.Clone(r.Data)}
			select {
			case src2.rows <- row:
				return nil
			case <-rctx.Done():
				return rctx.Err()
			}
		})
	}()
	_, copyErr := tx.CopyFrom(ctx, pgx.Identifier{"st"}, stagingColumns, src2)
	cancel()
	for range src2.rows { // a COPY that failed left the reader sending
	}
	<-src2.done
	if readErr != nil {
		return Imported{Signer: signer}, readErr
	}
	if copyErr != nil {
		return Imported{Signer: signer}, copyErr
	}
	if !signed {
		// A key in the manifest and no signature in the trailer.
		signer.State, signer.Key, signer.Fingerprint = storage.SignerUnsigned, "", ""
		return Imported{Signer: signer}, &storage.TrustError{Reason: storage.TrustUnsigned, Signer: signer}
	}
	res.Signer = signer
	res.Summary = storage.ImportSummary{Manifest: m, Records: t.Records, Kinds: map[model.Kind]*storage.KindCounts{}}

	var known bool
	if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM bundles WHERE sha256 = $1)", t.SHA256).Scan(&known); err != nil {
		return res, err
	}
	if err := h.merge(ctx, tx, m, &res.Summary); err != nil {
		return res, err
	}
	res.Again = known && !res.Summary.Changed()
	if !res.Again {
		if err := h.noteBundle(ctx, tx, m, t, signer); err != nil {
			return res, err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return res, err
	}
	return res, nil
}

// signerOf is who signed a bundle with manifest m, as far as the hub knows
// (storage's Checked.Signer, for the hub's offices table).
func (h *Hub) signerOf(ctx context.Context, m bundle.Manifest) (storage.Signer, error) {
	sg := storage.Signer{OfficeID: m.Origin.ID, Name: m.Origin.Name, Key: m.Origin.Key}
	if m.FormatVersion < 2 || m.Origin.Key == "" {
		sg.Key = ""
		sg.State = storage.SignerUnsigned
		return sg, nil
	}
	pub, err := bundle.DecodeKey(m.Origin.Key)
	if err != nil {
		return sg, err
	}
	sg.Fingerprint = bundle.Fingerprint(pub)
	if m.Origin.ID == h.officeID {
		if !pub.Equal(h.PublicKey()) {
			return sg, &storage.TrustError{Reason: storage.TrustOwnOffice, Signer: sg, KnownFingerprint: bundle.Fingerprint(h.PublicKey())}
		}
		sg.State = storage.SignerOwn
		return sg, nil
	}
	var key string
	err = h.pool.QueryRow(ctx, "SELECT key FROM offices WHERE id = $1", m.Origin.ID).Scan(&key)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		sg.State = storage.SignerNew
		return sg, nil
	case err != nil:
		return sg, err
	case key != m.Origin.Key:
		known := ""
		if k, err := bundle.DecodeKey(key); err == nil {
			known = bundle.Fingerprint(k)
		}
		return sg, &storage.TrustError{Reason: storage.TrustKeyChanged, Signer: sg, KnownFingerprint: known}
	}
	sg.State = storage.SignerKnown
	return sg, nil
}

// permitted refuses what import refuses without being told: an office not
// trusted yet (without --trust) and an unsigned bundle (the hub takes none).
func permitted(sg storage.Signer, o ImportOptions) error {
	switch {
	case sg.State == storage.SignerNew && !o.Trust:
		return &storage.TrustError{Reason: storage.TrustUnknown, Signer: sg}
	case sg.State == storage.SignerUnsigned:
		return &storage.TrustError{Reason: storage.TrustUnsigned, Signer: sg}
	}
	return nil
}

// noteBundle records the bundle, trusts a new office and notes the
// office's last bundle, in the merge's transaction.
func (h *Hub) noteBundle(ctx context.Context, tx pgx.Tx, m bundle.Manifest, t bundle.Trailer, sg storage.Signer) error {
	now := h.now().UTC().Truncate(time.Second)
	if _, err := tx.Exec(ctx, `INSERT INTO bundles (sha256, origin, created_at, imported_at, records) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (sha256) DO UPDATE SET imported_at = EXCLUDED.imported_at`, t.SHA256, m.Origin.ID, m.CreatedAt, now, t.Records); err != nil {
		return err
	}
	if sg.State == storage.SignerOwn {
		return nil
	}
	_, err := tx.Exec(ctx, `INSERT INTO offices (id, name, key, fingerprint, trusted_at, last_import, last_bundle, last_sha256)
		VALUES ($1, $2, $3, $4, $5, $5, $6, $7)
		ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, last_import = EXCLUDED.last_import,
			last_bundle = EXCLUDED.last_bundle, last_sha256 = EXCLUDED.last_sha256`,
		sg.OfficeID, sg.Name, sg.Key, sg.Fingerprint, now, m.CreatedAt, t.SHA256)
	return err
}

// kindTable is where each kind's winners live, and the columns reports read,
// as SQL over the winner's JSON d.
var kindTable = map[model.Kind]struct {
	table string
	cols  []string
	exprs []string
}{
	model.KindPerson: {"people", []string{"region", "created_at", "phone", "iin", "merged_into", "consent_withdrawn"},
		[]string{"COALESCE(d->>'region', '')", createdSQL, "COALESCE(d->>'phone', '')", "COALESCE(d->>'iin', '')",
			"COALESCE(d->>'merged_into', '')", "COALESCE(d->>'consent_withdrawn', '')"}},
	model.KindIdea: {"ideas", []string{"direction", "region", "status", "archived_from", "created_at"},
		[]string{"COALESCE(d->>'direction', '')", "COALESCE(d->>'region', '')", "COALESCE(d->>'status', '')",
			"COALESCE(d->>'archived_from', '')", createdSQL}},
	model.KindConsultation: {"consultations", []string{"date", "person_id", "idea_id", "supersedes"},
		[]string{"COALESCE(d->>'date', '')", "COALESCE(d->>'person_id', '')", "COALESCE(d->>'idea_id', '')", "COALESCE(d->>'supersedes', '')"}},
	model.KindVisit: {"visits", []string{"date", "person_id"},
		[]string{"COALESCE(d->>'date', '')", "COALESCE(d->>'person_id', '')"}},
	model.KindHours: {"hours", []string{"hlc", "person_id", "idea_id", "date", "hours", "status"},
		[]string{"(d->>'hlc')::bigint", "COALESCE(d->>'person_id', '')", "COALESCE(d->>'idea_id', '')", "COALESCE(d->>'date', '')",
			"COALESCE((d->>'hours')::double precision, 0)", "COALESCE(d->>'status', '')"}},
	model.KindCatalogue: {"catalogue", nil, nil},
	model.KindOffice: {"office_records", []string{"name", "region"},
		[]string{"COALESCE(d->>'name', '')", "COALESCE(d->>'region', '')"}},
}

// createdSQL is a record's creation time, else its last change (storage's
// created()): Go writes a zero time as year 1.
const createdSQL = `CASE WHEN COALESCE(d->>'created_at', '') IN ('', '0001-01-01T00:00:00Z')
	THEN NULLIF(d->>'updated_at', '0001-01-01T00:00:00Z')::timestamptz ELSE (d->>'created_at')::timestamptz END`

// merge merges the staged revisions into the hub, set by set:
//
//  1. new revisions go into revisions (one already there changes nothing);
//  2. the records that got one have their winner chosen again among all
//     their revisions — the greatest (hlc, origin, sha) as storage's newer —
//     and their conflict flag set again: in conflict when a revision other
//     than the winner has a rev after the winner's base_rev (consultations
//     never);
//  3. the winners that changed are written to their kind's table;
//  4. withdrawals erase every revision of the person (storage.ErasePerson);
//  5. people regrouped (model.Group) and hours listed as unverified noted.
func (h *Hub) merge(ctx context.Context, tx pgx.Tx, m bundle.Manifest, sum *storage.ImportSummary) error {
	now := h.now().UTC()
	steps := []string{
		`CREATE TEMP TABLE st_new ON COMMIT DROP AS
		 WITH ins AS (
			INSERT INTO revisions (kind, id, rev, base_rev, hlc, origin, sha, deleted, data)
			SELECT DISTINCT ON (kind, id, rev, hlc, sha) kind, id, rev, base_rev, hlc, origin, sha, deleted, data
			FROM st ORDER BY kind, id, rev, hlc, sha
			ON CONFLICT DO NOTHING RETURNING kind, id)
		 SELECT DISTINCT kind, id FROM ins`,
		`ANALYZE st_new`,
		`CREATE TEMP TABLE win ON COMMIT DROP AS
		 SELECT DISTINCT ON (r.kind, r.id) r.kind, r.id, r.rev, r.base_rev, r.hlc, r.origin, r.sha, r.deleted, r.data, false AS conflict
		 FROM revisions r JOIN st_new USING (kind, id)
		 ORDER BY r.kind, r.id, r.hlc DESC, r.origin DESC, r.sha DESC`,
		`ANALYZE win`,
		`UPDATE win w SET conflict = w.kind <> 'consultation' AND EXISTS (
			SELECT 1 FROM revisions r WHERE r.kind = w.kind AND r.id = w.id AND r.rev > w.base_rev
			AND NOT (r.rev = w.rev AND r.hlc = w.hlc AND r.sha = w.sha))`,
		`CREATE TEMP TABLE outcome ON COMMIT DROP AS
		 SELECT s.kind, s.id,
			CASE WHEN n.id IS NULL THEN 'unchanged'
			     WHEN c.id IS NULL THEN 'added'
			     WHEN (c.hlc, c.origin, c.sha) <> (w.hlc, w.origin, w.sha) THEN 'updated'
			     ELSE 'earlier' END AS what,
			COALESCE(w.conflict AND NOT COALESCE(c.conflict, false), false) AS came_into_conflict
		 FROM (SELECT DISTINCT kind, id FROM st) s
		 LEFT JOIN st_new n USING (kind, id)
		 LEFT JOIN win w USING (kind, id)
		 LEFT JOIN records c USING (kind, id)`,
	}
	if _, err := tx.Exec(ctx, "ANALYZE st"); err != nil {
		return err
	}
	for _, q := range steps {
		if _, err := tx.Exec(ctx, q); err != nil {
			return fmt.Errorf("merge: %w", err)
		}
	}
	if _, err := tx.Exec(ctx, `INSERT INTO records (kind, id, rev, base_rev, hlc, origin, sha, conflict, changed_at)
		SELECT w.kind, w.id, w.rev, w.base_rev, w.hlc, w.origin, w.sha, w.conflict, $1 FROM win w
		ON CONFLICT (kind, id) DO UPDATE SET rev = EXCLUDED.rev, base_rev = EXCLUDED.base_rev, hlc = EXCLUDED.hlc,
			origin = EXCLUDED.origin, sha = EXCLUDED.sha, conflict = EXCLUDED.conflict, changed_at = EXCLUDED.changed_at`, now); err != nil {
		return fmt.Errorf("merge records: %w", err)
	}
	if err := writeKinds(ctx, tx, "win"); err != nil {
		return err
	}
	if err := h.eraseWithdrawn(ctx, tx, now); err != nil {
		return err
	}
	var people bool
	if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM win WHERE kind = 'person')").Scan(&people); err != nil {
		return err
	}
	if people {
		if err := regroup(ctx, tx); err != nil {
			return err
		}
	}
	if len(m.UnverifiedHours) > 0 {
		if _, err := tx.Exec(ctx, `INSERT INTO hours_unverified (id, hlc, origin)
			SELECT h.id, h.hlc, h.origin FROM hours h
			JOIN outcome o ON o.kind = 'hours' AND o.id = h.id AND o.what IN ('added', 'updated')
			WHERE h.status = 'verified' AND h.id::text = ANY($1)
			ON CONFLICT (id) DO UPDATE SET hlc = EXCLUDED.hlc, origin = EXCLUDED.origin`, m.UnverifiedHours); err != nil {
			return fmt.Errorf("merge unverified hours: %w", err)
		}
	}
	rows, err := tx.Query(ctx, "SELECT kind, what, count(*), count(*) FILTER (WHERE came_into_conflict) FROM outcome GROUP BY kind, what")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k, what string
		var n, nc int
		if err := rows.Scan(&k, &what, &n, &nc); err != nil {
			return err
		}
		c := sum.Kinds[model.Kind(k)]
		if c == nil {
			c = &storage.KindCounts{}
			sum.Kinds[model.Kind(k)] = c
		}
		switch what {
		case "added":
			c.Added += n
		case "updated":
			c.Updated += n
		case "earlier":
			c.Earlier += n
		default:
			c.Unchanged += n
		}
		c.Conflicts += nc
	}
	return rows.Err()
}

// writeKinds writes the winners in table from (kind, id, origin, deleted,
// data: the winning revision) into each kind's table.
func writeKinds(ctx context.Context, tx pgx.Tx, from string) error {
	for k, kt := range kindTable {
		cols := append([]string{"id", "origin", "deleted", "doc"}, kt.cols...)
		exprs := append([]string{"w.id", "w.origin", "w.deleted", "d"}, kt.exprs...)
		set := ""
		for i, c := range cols[1:] {
			if i > 0 {
				set += ", "
			}
			set += c + " = EXCLUDED." + c
		}
		q := fmt.Sprintf(`INSERT INTO %s (%s)
			SELECT %s FROM %s w,
			LATERAL (SELECT convert_from(w.data, 'UTF8')::jsonb AS d) j
			WHERE w.kind = '%s'
			ON CONFLICT (id) DO UPDATE SET %s`, kt.table, join(cols), join(exprs), from, k, set)
		if _, err := tx.Exec(ctx, q); err != nil {
			return fmt.Errorf("merge %s: %w", kt.table, err)
		}
	}
	return nil
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ", "
		}
		out += x
	}
	return out
}

// eraseWithdrawn carries a withdrawal of consent through every revision the
// hub keeps of the person, as an office's import does (storage.ErasePerson):
// each revision of a person who withdrew (in any revision) is erased in
// place, and two copies of one revision that are the same once erased
// (the original, and the erased copy another office sent) are kept once.
func (h *Hub) eraseWithdrawn(ctx context.Context, tx pgx.Tx, now time.Time) error {
	rows, err := tx.Query(ctx, `SELECT r.id::text, r.rev, r.hlc, r.origin, r.sha, r.data,
			(SELECT max(convert_from(x.data, 'UTF8')::jsonb->>'consent_withdrawn') FROM revisions x
			 WHERE x.kind = 'person' AND x.id = r.id) AS day
		FROM revisions r
		WHERE r.kind = 'person' AND r.id IN (
			SELECT s.id FROM st_new s JOIN revisions x ON x.kind = 'person' AND x.id = s.id
			WHERE s.kind = 'person' AND convert_from(x.data, 'UTF8')::jsonb->>'consent_withdrawn' IS NOT NULL)
		ORDER BY r.id, r.rev, r.hlc, r.origin, r.sha`)
	if err != nil {
		return fmt.Errorf("merge withdrawals: %w", err)
	}
	type rev struct {
		id, origin string
		rev, hlc   int64
		sha, data  []byte
		day        string
	}
	var revs []rev
	for rows.Next() {
		var r rev
		if err := rows.Scan(&r.id, &r.rev, &r.hlc, &r.origin, &r.sha, &r.data, &r.day); err != nil {
			rows.Close()
			return err
		}
		revs = append(revs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if len(revs) == 0 {
		return nil
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
	// The winners of these people, chosen again among what is left.
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE werase ON COMMIT DROP AS
		SELECT DISTINCT ON (r.kind, r.id) r.kind, r.id, r.rev, r.base_rev, r.hlc, r.origin, r.sha, r.deleted, r.data, false AS conflict
		FROM revisions r WHERE r.kind = 'person' AND r.id::text = ANY($1)
		ORDER BY r.kind, r.id, r.hlc DESC, r.origin DESC, r.sha DESC`, ids); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `UPDATE werase w SET conflict = EXISTS (
			SELECT 1 FROM revisions r WHERE r.kind = w.kind AND r.id = w.id AND r.rev > w.base_rev
			AND NOT (r.rev = w.rev AND r.hlc = w.hlc AND r.sha = w.sha))`); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `UPDATE records c SET rev = w.rev, base_rev = w.base_rev, hlc = w.hlc, origin = w.origin,
		sha = w.sha, conflict = w.conflict, changed_at = $1 FROM werase w WHERE c.kind = w.kind AND c.id = w.id`, now); err != nil {
		return err
	}
	if err := writeKinds(ctx, tx, "werase"); err != nil {
		return err
	}
	_, err = tx.Exec(ctx, "DROP TABLE werase")
	return err
}

// regroup applies the identity rules (model.Group) to every live person and
// writes the outcome: who counts under whom, and the possible duplicates.
func regroup(ctx context.Context, tx pgx.Tx) error {
	rows, err := tx.Query(ctx, `SELECT id::text, phone, iin, COALESCE(doc->'apart', '[]'::jsonb)::text FROM people
		WHERE NOT deleted AND merged_into = '' AND consent_withdrawn = '' AND (phone <> '' OR iin <> '')`)
	if err != nil {
		return fmt.Errorf("identity: %w", err)
	}
	var keys []model.IdentityKey
	for rows.Next() {
		p := &model.Person{}
		var apart string
		if err := rows.Scan(&p.ID, &p.Phone, &p.IIN, &apart); err != nil {
			rows.Close()
			return err
		}
		if apart != "[]" && apart != "null" {
			if err := json.Unmarshal([]byte(apart), &p.Apart); err != nil {
				rows.Close()
				return fmt.Errorf("identity: person %s: apart: %w", p.ID, err)
			}
		}
		if k, ok := model.IdentityOf(p); ok {
			keys = append(keys, k)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	g := model.Group(keys)
	if _, err := tx.Exec(ctx, "DELETE FROM person_identity"); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, "DELETE FROM possible_duplicates"); err != nil {
		return err
	}
	ids := make([]string, 0, len(g.Canonical))
	for id := range g.Canonical {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"person_identity"}, []string{"id", "canonical"},
		pgx.CopyFromSlice(len(ids), func(i int) ([]any, error) { return []any{ids[i], g.Canonical[ids[i]]}, nil })); err != nil {
		return err
	}
	_, err = tx.CopyFrom(ctx, pgx.Identifier{"possible_duplicates"}, []string{"a", "b"},
		pgx.CopyFromSlice(len(g.Duplicates), func(i int) ([]any, error) { return []any{g.Duplicates[i][0], g.Duplicates[i][1]}, nil }))
	return err
}
