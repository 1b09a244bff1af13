package hub

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"time"

	"frontoffice/model"
	"frontoffice/storage"

	"github.com/jackc/pgx/v5"
)

// A withdrawal of consent that reaches the hub erases the person from the
// other records, as it does in a store that imports it (storage's
// eraseReceived, eraseMentions), with the same code (model.Erasing): when a
// bundle turns a person's winner from one who had not withdrawn into one who
// has, every revision of the other records that names or reaches them is
// erased in place (team entries and applicant names to initials, their
// phone, IIN and full name in free text to model.ErasedMark), and a current
// record so changed gets a new revision made by the hub, so the change
// travels in the hub's exports. All in the bundle's transaction.

// withdrawingSQL keeps, before the winners are written, the current
// revision of each person the bundle brings a withdrawal of who has not
// withdrawn yet here: the person as they were, whom the erasure looks for.
const withdrawingSQL = `CREATE TEMP TABLE withdrawing ON COMMIT DROP AS
	SELECT c.id, r.data FROM (SELECT DISTINCT id FROM st WHERE kind = 'person' AND consent_withdrawn <> '') s
	JOIN records c ON c.kind = 'person' AND c.id = s.id
	JOIN revisions r ON r.kind = c.kind AND r.id = c.id AND r.rev = c.rev AND r.hlc = c.hlc AND r.sha = c.sha
	WHERE position('consent_withdrawn":"'::bytea IN r.data) = 0`

// mentionScanSQL is every revision of the kinds that may mention a person,
// with whether it is its record's winner.
const mentionScanSQL = `SELECT r.kind, r.id::text, r.rev, r.hlc, r.sha, r.data, c.id IS NOT NULL
	FROM revisions r LEFT JOIN records c ON c.kind = r.kind AND c.id = r.id AND c.rev = r.rev AND c.hlc = r.hlc AND c.sha = r.sha
	WHERE r.kind IN ('person', 'idea', 'consultation', 'visit', 'hours')`

// scrubbed is one revision the erasure changed.
type scrubbed struct {
	kind, id string
	rev, hlc int64
	sha      []byte
	data     []byte       // erased
	current  model.Record // erased, when it is the record's winner
}

// withdrawnNow is whom this bundle's withdrawals erase: the people kept by
// withdrawingSQL who are withdrawn now (their records written).
func withdrawnNow(ctx context.Context, tx pgx.Tx) ([]model.Erasing, error) {
	rows, err := tx.Query(ctx, `SELECT w.data FROM withdrawing w JOIN people p ON p.id = w.id
		WHERE p.consent_withdrawn <> '' ORDER BY w.id`)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (model.Erasing, error) {
		var data []byte
		if err := r.Scan(&data); err != nil {
			return model.Erasing{}, err
		}
		p := &model.Person{}
		if err := json.Unmarshal(data, p); err != nil {
			return model.Erasing{}, fmt.Errorf("person: %w", err)
		}
		return model.ErasingOf(p), nil
	})
}

// eraseMentions erases the people this bundle withdrew from the other
// records' revisions (see above).
func (h *Hub) eraseMentions(ctx context.Context, tx pgx.Tx, now time.Time) error {
	who, err := withdrawnNow(ctx, tx)
	if err != nil || len(who) == 0 {
		return err
	}
	changed, err := findMentions(ctx, tx, who)
	if err != nil || len(changed) == 0 {
		return err
	}
	return h.writeScrubbed(ctx, tx, changed, now)
}

// writeScrubbed writes the erased revisions in place (their keys kept) and
// the hub's next revision of each current record among them.
func (h *Hub) writeScrubbed(ctx context.Context, tx pgx.Tx, changed []scrubbed, now time.Time) error {
	b := &pgx.Batch{}
	for _, s := range changed {
		b.Queue(`UPDATE revisions SET data = $6 WHERE kind = $1 AND id = $2 AND rev = $3 AND hlc = $4 AND sha = $5`,
			s.kind, s.id, s.rev, s.hlc, s.sha, s.data)
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("erase mentions: %w", err)
	}
	return h.reviseErased(ctx, tx, changed, now)
}

// findMentions reads every revision that may mention one of who and erases
// them in memory (model.Erasing's MayMention, then Scrub), returning the
// changed ones. A person's own revisions are eraseWithdrawn's.
func findMentions(ctx context.Context, tx pgx.Tx, who []model.Erasing) ([]scrubbed, error) {
	return scrubRevisions(ctx, tx, mentionScanSQL, func(k model.Kind, id string, data []byte, r *model.Record) (bool, error) {
		changed := false
		for i := range who {
			w := &who[i]
			if k == model.KindPerson && id == w.ID || !w.MayMention(k, data) {
				continue
			}
			if err := decodeOnce(k, id, data, r); err != nil {
				return false, err
			}
			var c model.ScrubCounts
			changed = w.Scrub(*r, &c) || changed
		}
		return changed, nil
	})
}

// scrubRevisions reads the revisions query q gives (kind, id, rev, hlc,
// sha, data, whether current) and returns those scrub changed: scrub
// decodes the revision into *r when it must (decodeOnce) and erases it
// there.
func scrubRevisions(ctx context.Context, tx pgx.Tx, q string, scrub func(k model.Kind, id string, data []byte, r *model.Record) (bool, error)) ([]scrubbed, error) {
	rows, err := tx.Query(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("erase mentions: %w", err)
	}
	defer rows.Close()
	var out []scrubbed
	for rows.Next() {
		var s scrubbed
		var data []byte
		var current bool
		if err := rows.Scan(&s.kind, &s.id, &s.rev, &s.hlc, &s.sha, &data, &current); err != nil {
			return nil, err
		}
		var r model.Record
		changed, err := scrub(model.Kind(s.kind), s.id, data, &r)
		if err != nil {
			return nil, err
		}
		if !changed {
			continue
		}
		if s.data, err = json.Marshal(r); err != nil {
			return nil, err
		}
		if current {
			s.current = r
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// decodeOnce decodes data, a revision of kind k, into *r unless done.
func decodeOnce(k model.Kind, id string, data []byte, r *model.Record) error {
	if *r != nil {
		return nil
	}
	if *r = model.New(k); json.Unmarshal(data, *r) != nil {
		return fmt.Errorf("erase mentions: %s %s does not decode", k, id)
	}
	return nil
}

// reviseErased writes, for each current record the erasure changed, the
// next revision made by the hub (as a store's update: rev + 1 on the
// revision it follows, the hub's clock and office), and makes it the
// winner: revisions, records and the kind's table.
func (h *Hub) reviseErased(ctx context.Context, tx pgx.Tx, changed []scrubbed, now time.Time) error {
	var last int64
	if err := tx.QueryRow(ctx, "SELECT COALESCE(max(hlc), 0) FROM revisions").Scan(&last); err != nil {
		return err
	}
	last = max(last, now.UnixMilli()<<16-1)
	var staged [][]any
	for _, s := range changed {
		if s.current == nil {
			continue
		}
		env := s.current.Env()
		last++
		last += int64((storage.HLCSlot(h.officeID) - uint64(last)) & 0xff) // the hub's own low bits, as an office's (storage.nextHLC)
		env.BaseRev, env.BaseHLC, env.Rev = env.Rev, env.HLC, env.Rev+1
		env.HLC, env.Origin, env.UpdatedAt, env.UpdatedBy = uint64(last), h.officeID, now, "hub"
		data, err := json.Marshal(s.current)
		if err != nil {
			return err
		}
		row := stagingRow(storage.BundleRecord{Record: s.current, Data: data})
		sum := sha256.Sum256(data)
		row[7] = sum[:]
		staged = append(staged, row)
	}
	if len(staged) == 0 {
		return nil
	}
	// Made once a bundle: its withdrawals' erasure and late mentions' both
	// come here (late.go).
	if _, err := tx.Exec(ctx, "CREATE TEMP TABLE IF NOT EXISTS st_mention (LIKE st) ON COMMIT DROP; TRUNCATE st_mention"); err != nil {
		return err
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"st_mention"}, stagingColumns, pgx.CopyFromRows(staged)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, reviseErasedSQL, now); err != nil {
		return fmt.Errorf("erase mentions: %w", err)
	}
	return writeKinds(ctx, tx, "st_mention", false)
}

// reviseErasedSQL adds the hub's revisions in st_mention and makes each its
// record's winner (the greatest clock), its conflict as a merge sets it.
var reviseErasedSQL = `WITH ins AS (
		INSERT INTO revisions (kind, id, rev, base_rev, hlc, origin, sha, deleted, data)
		SELECT kind, id, rev, base_rev, hlc, origin, sha, deleted, data FROM st_mention RETURNING kind, id)
	UPDATE records c SET rev = s.rev, base_rev = s.base_rev, hlc = s.hlc, origin = s.origin, sha = s.sha,
		changed_at = $1, conflict = s.kind <> 'consultation' AND (EXISTS (
			SELECT 1 FROM revisions r WHERE r.kind = s.kind AND r.id = s.id AND r.rev > s.base_rev AND r.rev <> s.rev)
			OR ` + byLineage("s.kind", "s.id", "s.base_rev", "s.data") + `)
	FROM st_mention s WHERE c.kind = s.kind AND c.id = s.id`
