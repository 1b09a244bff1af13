package hub

import (
	"context"
	"fmt"
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/bundle"

	"github.com/jackc/pgx/v5"
)

// mergeSteps are the set-based statements of a merge, in order:
//
//  1. new revisions go into revisions (one already there changes nothing);
//  2. the records that got one have their winner chosen again among all
//     their revisions — the greatest (hlc, origin, sha) as storage's newer —
//     and their conflict flag set again: in conflict when a revision other
//     than the winner has a rev after the winner's base_rev (consultations
//     never);
//  3. what each of the bundle's records did (added, updated, earlier,
//     unchanged), for the summary;
//  4. the winners that came in this bundle, with their columns (wst): the
//     rows the per-kind tables take.
//
// Every lookup of the hub's tables goes by key, one record at a time
// (LATERAL … LIMIT 1, sub-plans): a bundle's merge costs what the bundle
// holds, not what the hub holds.
var mergeSteps = []string{
	`SET LOCAL work_mem = '64MB'`,
	`ANALYZE st`,
	`CREATE TEMP TABLE st_new ON COMMIT DROP AS
	 WITH ins AS (
		INSERT INTO revisions (kind, id, rev, base_rev, hlc, origin, sha, deleted, data)
		SELECT kind, id, rev, base_rev, hlc, origin, sha, deleted, data FROM st
		ON CONFLICT DO NOTHING RETURNING kind, id)
	 SELECT DISTINCT kind, id FROM ins`,
	`ANALYZE st_new`,
	`CREATE TEMP TABLE win ON COMMIT DROP AS
	 SELECT n.kind, n.id, w.rev, w.base_rev, w.hlc, w.origin, w.sha, w.deleted,
		n.kind <> 'consultation' AND EXISTS (
			SELECT 1 FROM revisions r WHERE r.kind = n.kind AND r.id = n.id AND r.rev > w.base_rev
			AND NOT (r.rev = w.rev AND r.hlc = w.hlc AND r.sha = w.sha)) AS conflict
	 FROM st_new n CROSS JOIN LATERAL (
		SELECT r.rev, r.base_rev, r.hlc, r.origin, r.sha, r.deleted FROM revisions r
		WHERE r.kind = n.kind AND r.id = n.id
		ORDER BY r.hlc DESC, r.origin DESC, r.sha DESC LIMIT 1) w`,
	`ANALYZE win`,
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
	 LEFT JOIN LATERAL (SELECT c.id, c.hlc, c.origin, c.sha, c.conflict FROM records c
		WHERE c.kind = s.kind AND c.id = s.id LIMIT 1) c ON true`,
	`CREATE TEMP TABLE wst ON COMMIT DROP AS
	 SELECT DISTINCT ON (s.kind, s.id) s.* FROM win w
	 JOIN st s ON s.kind = w.kind AND s.id = w.id AND s.rev = w.rev AND s.hlc = w.hlc AND s.sha = w.sha
	 ORDER BY s.kind, s.id`,
}

// merge merges the staged revisions into the hub, set by set (mergeSteps),
// then writes the winners (records, the per-kind tables), carries
// withdrawals through (eraseWithdrawn, eraseMentions), regroups the people the bundle
// touched (model.Group) and notes hours listed as unverified.
// An unsigned bundle's hours are all as if listed unverified (storage's
// merge: nobody can tell who verified them).
func (h *Hub) merge(ctx context.Context, tx pgx.Tx, m bundle.Manifest, unsigned bool, sum *storage.ImportSummary) error {
	now := h.now().UTC()
	for _, q := range mergeSteps {
		if _, err := tx.Exec(ctx, q); err != nil {
			return fmt.Errorf("merge: %w", err)
		}
	}
	if _, err := tx.Exec(ctx, withdrawingSQL); err != nil { // before the winners change (mentions.go)
		return fmt.Errorf("merge withdrawals: %w", err)
	}
	if _, err := tx.Exec(ctx, upsertRecords, now); err != nil {
		return fmt.Errorf("merge records: %w", err)
	}
	if err := writeKinds(ctx, tx, "wst"); err != nil {
		return err
	}
	if err := h.eraseWithdrawn(ctx, tx, now); err != nil {
		return err
	}
	if err := h.eraseMentions(ctx, tx, now); err != nil {
		return err
	}
	if err := regroupTouched(ctx, tx); err != nil {
		return err
	}
	if len(m.UnverifiedHours) > 0 || unsigned {
		if _, err := tx.Exec(ctx, `INSERT INTO hours_unverified (id, hlc, origin)
			SELECT h.id, h.hlc, h.origin FROM hours h
			JOIN outcome o ON o.kind = 'hours' AND o.id = h.id AND o.what IN ('added', 'updated')
			WHERE h.status = 'verified' AND ($2 OR h.id = ANY($1::uuid[]))
			ON CONFLICT (id) DO UPDATE SET hlc = EXCLUDED.hlc, origin = EXCLUDED.origin`, m.UnverifiedHours, unsigned); err != nil {
			return fmt.Errorf("merge unverified hours: %w", err)
		}
	}
	return countOutcome(ctx, tx, sum)
}

// upsertRecords writes the winners of win into records ($1 the time).
const upsertRecords = `INSERT INTO records (kind, id, rev, base_rev, hlc, origin, sha, conflict, changed_at)
	SELECT w.kind, w.id, w.rev, w.base_rev, w.hlc, w.origin, w.sha, w.conflict, $1 FROM win w
	ON CONFLICT (kind, id) DO UPDATE SET rev = EXCLUDED.rev, base_rev = EXCLUDED.base_rev, hlc = EXCLUDED.hlc,
		origin = EXCLUDED.origin, sha = EXCLUDED.sha, conflict = EXCLUDED.conflict, changed_at = EXCLUDED.changed_at`

// countOutcome adds what each record did to the summary.
func countOutcome(ctx context.Context, tx pgx.Tx, sum *storage.ImportSummary) error {
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

// writeKinds writes the winners in from (staging rows: the winning
// revisions with their columns) into each kind's table.
func writeKinds(ctx context.Context, tx pgx.Tx, from string) error {
	for k, kt := range kindColumns {
		cols := append([]string{"id", "origin", "deleted"}, kt.cols...)
		set := make([]string, 0, len(cols)-1)
		for _, c := range cols[1:] {
			set = append(set, c+" = EXCLUDED."+c)
		}
		q := fmt.Sprintf(`INSERT INTO %s (%s) SELECT %s FROM %s WHERE kind = '%s'
			ON CONFLICT (id) DO UPDATE SET %s`, kt.table, strings.Join(cols, ", "), strings.Join(cols, ", "),
			from, k, strings.Join(set, ", "))
		if _, err := tx.Exec(ctx, q); err != nil {
			return fmt.Errorf("merge %s: %w", kt.table, err)
		}
	}
	return nil
}

// withdrawnSQL finds the people the bundle brought a revision of who
// withdrew consent in any revision the hub holds, with the day: the bytes
// `consent_withdrawn":"` appear in canonical JSON only as that field (a
// quote inside a string is escaped), so only those revisions are parsed.
const withdrawnSQL = `SELECT r.id::text, r.rev, r.hlc, r.origin, r.sha, r.data, w.day
	FROM (SELECT n.id, (SELECT max(convert_from(x.data, 'UTF8')::jsonb->>'consent_withdrawn') FROM revisions x
			WHERE x.kind = 'person' AND x.id = n.id AND position('consent_withdrawn":"'::bytea IN x.data) > 0) AS day
		FROM st_new n WHERE n.kind = 'person') w
	JOIN LATERAL (SELECT * FROM revisions r WHERE r.kind = 'person' AND r.id = w.id) r ON true
	WHERE w.day IS NOT NULL
	ORDER BY r.id, r.rev, r.hlc, r.origin, r.sha`
