package hub

import (
	"context"
	"time"

	"frontoffice/model"

	"github.com/jackc/pgx/v5"
)

// A record naming a withdrawn person may reach the hub after the
// withdrawal (an earlier revision from an office that had not heard of it);
// it is erased as it arrives, as the store does (storage/erase_late.go)
// with the same code (model.Withdrawn): team entries and applicants with a
// withdrawn person's id become initials, the full name they carried is
// erased from the record's free text, and a current record so changed gets
// a new revision made by the hub. A person who first reaches the hub
// already withdrawn has every record naming them by id erased. So the hub
// ends with the same records whichever order bundles come in.
//
// One difference from a store: the hub keeps no fingerprints of withdrawn
// phones and IINs, so a late-arriving record holding only such a number in
// free text keeps it (a store that knew the person erases it).

// lateSQL is every revision of the records the bundle added or changed of
// the kinds that may mention a person, with whether it is the winner.
const lateSQL = `SELECT r.kind, r.id::text, r.rev, r.hlc, r.sha, r.data, c.id IS NOT NULL
	FROM outcome o
	JOIN revisions r ON r.kind = o.kind AND r.id = o.id
	LEFT JOIN records c ON c.kind = r.kind AND c.id = r.id AND c.rev = r.rev AND c.hlc = r.hlc AND c.sha = r.sha
	WHERE o.what <> 'unchanged' AND o.kind IN ('person', 'idea', 'consultation', 'visit', 'hours')`

// withdrawnIDs are the people withdrawn at the hub, and those of them the
// bundle added (new to the hub, withdrawn already).
func withdrawnIDs(ctx context.Context, tx pgx.Tx) (all, arrived map[string]bool, err error) {
	rows, err := tx.Query(ctx, `SELECT p.id::text, o.what = 'added' FROM people p
		LEFT JOIN outcome o ON o.kind = 'person' AND o.id = p.id
		WHERE p.consent_withdrawn <> ''`)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	all, arrived = map[string]bool{}, map[string]bool{}
	for rows.Next() {
		var id string
		var added *bool
		if err := rows.Scan(&id, &added); err != nil {
			return nil, nil, err
		}
		all[id] = true
		if added != nil && *added {
			arrived[id] = true
		}
	}
	return all, arrived, rows.Err()
}

// eraseLate erases the withdrawn from the revisions this bundle brought
// (everything, when it brought someone new and withdrawn), in the bundle's
// transaction (see above).
func (h *Hub) eraseLate(ctx context.Context, tx pgx.Tx, now time.Time) error {
	all, arrived, err := withdrawnIDs(ctx, tx)
	if err != nil || len(all) == 0 {
		return err
	}
	q := lateSQL
	if len(arrived) > 0 {
		q = mentionScanSQL
	}
	changed, err := scanLate(ctx, tx, q, &model.Withdrawn{IDs: all})
	if err != nil || len(changed) == 0 {
		return err
	}
	return h.writeScrubbed(ctx, tx, changed, now)
}

// scanLate reads the revisions of query q and erases w from them in
// memory, returning the changed ones; a withdrawn person's own revisions
// are left to eraseWithdrawn.
func scanLate(ctx context.Context, tx pgx.Tx, q string, w *model.Withdrawn) ([]scrubbed, error) {
	return scrubRevisions(ctx, tx, q, func(k model.Kind, id string, data []byte, r *model.Record) (bool, error) {
		if k == model.KindPerson && w.IDs[id] || !w.MayMention(data) {
			return false, nil
		}
		if err := decodeOnce(k, id, data, r); err != nil {
			return false, err
		}
		var c model.ScrubCounts
		return w.Scrub(*r, &c), nil
	})
}

// namesWithdrawn is whether any of rows (a bundle new to the hub) names a
// person withdrawn here by id: such a bundle is merged, so its late
// mentions are erased (loadFresh would copy them as they came).
func namesWithdrawn(ctx context.Context, tx pgx.Tx, rows [][]any) (bool, error) {
	rows0, err := tx.Query(ctx, "SELECT id::text FROM people WHERE consent_withdrawn <> ''")
	if err != nil {
		return false, err
	}
	ids, err := pgx.CollectRows(rows0, pgx.RowTo[string])
	if err != nil || len(ids) == 0 {
		return false, err
	}
	w := &model.Withdrawn{IDs: map[string]bool{}}
	for _, id := range ids {
		w.IDs[id] = true
	}
	at := colIndex["data"]
	for _, r := range rows {
		if data, ok := r[at].([]byte); ok && w.MayMention(data) {
			return true, nil
		}
	}
	return false, nil
}
