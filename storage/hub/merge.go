package hub

import (
	"context"
	"fmt"
	"strings"
	"time"

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
//     than the winner has a rev after the winner's base_rev, or is neither
//     on the winner's lineage nor covered by it (byLineage; consultations
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
	// The hub is loaded again from the bundles should the server crash:
	// a commit need not wait for the disk (docs/hub.md).
	`SET LOCAL synchronous_commit = off`,
	`ANALYZE st (kind, id)`,
	// Each record the bundle brings, whether the hub knows it (its winner
	// so far) and how many revisions of it the bundle holds: a record new
	// to the hub has no revision here but the bundle's.
	`CREATE TEMP TABLE rec ON COMMIT DROP AS
	 SELECT s.kind, s.id, s.n, c.id IS NOT NULL AS known, c.hlc, c.origin, c.sha, c.conflict
	 FROM (SELECT kind, id, count(*) AS n FROM st GROUP BY kind, id) s
	 LEFT JOIN LATERAL (SELECT c.id, c.hlc, c.origin, c.sha, c.conflict FROM records c
		WHERE c.kind = s.kind AND c.id = s.id LIMIT 1) c ON true`,
	`ANALYZE rec (kind, id, known)`,
	// New records' revisions go in as they are; known records' only when
	// not there yet.
	`INSERT INTO revisions (kind, id, rev, base_rev, hlc, origin, sha, deleted, data)
	 SELECT DISTINCT ON (s.kind, s.id, s.rev, s.hlc, s.sha) s.kind, s.id, s.rev, s.base_rev, s.hlc, s.origin, s.sha, s.deleted, s.data
	 FROM st s JOIN rec r ON r.kind = s.kind AND r.id = s.id WHERE NOT r.known`,
	`CREATE TEMP TABLE st_new ON COMMIT DROP AS
	 WITH ins AS (
		INSERT INTO revisions (kind, id, rev, base_rev, hlc, origin, sha, deleted, data)
		SELECT s.kind, s.id, s.rev, s.base_rev, s.hlc, s.origin, s.sha, s.deleted, s.data
		FROM st s JOIN rec r ON r.kind = s.kind AND r.id = s.id WHERE r.known
		ON CONFLICT DO NOTHING RETURNING kind, id)
	 SELECT DISTINCT kind, id, true AS known FROM ins
	 UNION ALL SELECT kind, id, false FROM rec WHERE NOT known`,
	`ANALYZE st_new (kind, id)`,
	// The winners: a new record of one revision has it, not in conflict;
	// the others are chosen among all their revisions.
	`CREATE TEMP TABLE win ON COMMIT DROP AS
	 SELECT DISTINCT ON (s.kind, s.id) s.kind, s.id, s.rev, s.base_rev, s.hlc, s.origin, s.sha, s.deleted,
		false AS conflict, false AS known
	 FROM st s JOIN rec r ON r.kind = s.kind AND r.id = s.id WHERE NOT r.known AND r.n = 1
	 UNION ALL
	 SELECT n.kind, n.id, w.rev, w.base_rev, w.hlc, w.origin, w.sha, w.deleted,
		n.kind <> 'consultation' AND (EXISTS (
			SELECT 1 FROM revisions r WHERE r.kind = n.kind AND r.id = n.id AND r.rev > w.base_rev
			AND NOT (r.rev = w.rev AND r.hlc = w.hlc AND r.sha = w.sha))
			OR ` + byLineage("n.kind", "n.id", "w.base_rev", "w.data") + `), n.known
	 FROM st_new n JOIN rec c ON c.kind = n.kind AND c.id = n.id AND (c.known OR c.n > 1)
	 CROSS JOIN LATERAL (
		SELECT r.rev, r.base_rev, r.hlc, r.origin, r.sha, r.deleted, r.data FROM revisions r
		WHERE r.kind = n.kind AND r.id = n.id
		ORDER BY r.hlc DESC, r.origin DESC, r.sha DESC LIMIT 1) w`,
	`ANALYZE win (kind, id)`,
	`CREATE TEMP TABLE outcome ON COMMIT DROP AS
	 SELECT c.kind, c.id,
		CASE WHEN n.id IS NULL THEN 'unchanged'
		     WHEN NOT c.known THEN 'added'
		     WHEN (c.hlc, c.origin, c.sha) <> (w.hlc, w.origin, w.sha) THEN 'updated'
		     ELSE 'earlier' END AS what,
		COALESCE(w.conflict AND NOT COALESCE(c.conflict, false), false) AS came_into_conflict
	 FROM rec c
	 LEFT JOIN st_new n ON n.kind = c.kind AND n.id = c.id
	 LEFT JOIN win w ON w.kind = c.kind AND w.id = c.id`,
	`CREATE TEMP TABLE wst ON COMMIT DROP AS
	 SELECT DISTINCT ON (s.kind, s.id) w.known, ` + wstColumns + ` FROM win w
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
		t0 := time.Now()
		_, err := tx.Exec(ctx, q)
		traceStep(ctx, q, t0)
		if err != nil {
			return fmt.Errorf("merge: %w", err)
		}
	}
	for _, q := range []string{withdrawingSQL, wcandSQL} { // before the winners change (mentions.go)
		if _, err := tx.Exec(ctx, q); err != nil {
			return fmt.Errorf("merge withdrawals: %w", err)
		}
	}
	for _, q := range upsertRecords {
		t0 := time.Now()
		if _, err := tx.Exec(ctx, q, now); err != nil {
			return fmt.Errorf("merge records: %w", err)
		}
		traceStep(ctx, q, t0)
	}
	t0 := time.Now()
	if err := writeKinds(ctx, tx, "wst", true); err != nil {
		return err
	}
	traceStep(ctx, "writeKinds", t0)
	t0 = time.Now()
	if err := h.eraseWithdrawn(ctx, tx, now); err != nil {
		return err
	}
	if err := h.eraseMentions(ctx, tx, now); err != nil {
		return err
	}
	if err := h.eraseLate(ctx, tx, now); err != nil { // late.go
		return err
	}
	traceStep(ctx, "erase", t0)
	t0 = time.Now()
	if err := regroupTouched(ctx, tx); err != nil {
		return err
	}
	traceStep(ctx, "regroup", t0)
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

// byLineage is the part of the conflict rule the rev numbers cannot tell
// (storage/sync_lineage.go, migrations/00008_lineage.sql): a revision at or
// below the winner's base_rev that is not on its lineage. Only a winner
// whose JSON names its base by clock walks it: the others' answer is the
// number rule's, and a look in their bytes is all they cost.
func byLineage(kind, id, baseRev, data string) string {
	return fmt.Sprintf(`(position('"base_hlc":'::bytea in %[4]s) > 0 AND lineage_conflict(%[1]s, %[2]s, %[3]s, %[4]s))`,
		kind, id, baseRev, data)
}

// wstColumns are the staging columns the per-kind tables take (not the
// JSON: a second copy of it would be written and read for nothing).
var wstColumns = func() string {
	var cols []string
	for _, c := range stagingColumns {
		if c != "data" && c != "line" {
			cols = append(cols, "s."+c)
		}
	}
	return strings.Join(cols, ", ")
}()

// upsertRecords writes the winners of win into records ($1 the time): the
// new records' by a plain insert, the known ones' over their rows.
var upsertRecords = []string{`INSERT INTO records (kind, id, rev, base_rev, hlc, origin, sha, conflict, changed_at)
	SELECT w.kind, w.id, w.rev, w.base_rev, w.hlc, w.origin, w.sha, w.conflict, $1 FROM win w WHERE NOT w.known`,
	`UPDATE records c SET rev = w.rev, base_rev = w.base_rev, hlc = w.hlc, origin = w.origin, sha = w.sha,
		conflict = w.conflict, changed_at = $1
	FROM win w WHERE w.known AND c.kind = w.kind AND c.id = w.id`}

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
// revisions with their columns) into each kind's table; split: from has
// the column known, and the rows of records new to the hub go in by a
// plain insert (no upsert's look-up first).
func writeKinds(ctx context.Context, tx pgx.Tx, from string, split bool) error {
	for k, kt := range kindColumns {
		cols := append([]string{"id", "origin", "deleted"}, kt.cols...)
		set := make([]string, 0, len(cols)-1)
		for _, c := range cols[1:] {
			set = append(set, c+" = EXCLUDED."+c)
		}
		list := strings.Join(cols, ", ")
		upsert := fmt.Sprintf(`INSERT INTO %s (%s) SELECT %s FROM %s WHERE kind = '%s'%s
			ON CONFLICT (id) DO UPDATE SET %s`, kt.table, list, list, from, k, map[bool]string{true: " AND known"}[split],
			strings.Join(set, ", "))
		qs := []string{upsert}
		if split {
			qs = append(qs, fmt.Sprintf(`INSERT INTO %s (%s) SELECT %s FROM %s WHERE kind = '%s' AND NOT known`,
				kt.table, list, list, from, k))
		}
		for _, q := range qs {
			if _, err := tx.Exec(ctx, q); err != nil {
				return fmt.Errorf("merge %s: %w", kt.table, err)
			}
		}
	}
	return nil
}

// wcandSQL is, before the winners are written, the people who may have
// withdrawn in a revision the hub holds: those the bundle brings a
// withdrawal of, and those whose winner so far has withdrawn (once a
// person's withdrawal is merged, every revision of theirs is erased, so
// their winner says so). The rest need no look at their revisions.
const wcandSQL = `CREATE TEMP TABLE wcand ON COMMIT DROP AS
	SELECT DISTINCT id FROM st WHERE kind = 'person' AND consent_withdrawn <> ''
	UNION SELECT p.id FROM st_new n JOIN people p ON p.id = n.id WHERE n.kind = 'person' AND p.consent_withdrawn <> ''`

// withdrawnSQL finds the people the bundle brought a revision of who
// withdrew consent in any revision the hub holds (among wcand), with the day: the bytes
// `consent_withdrawn":"` appear in canonical JSON only as that field (a
// quote inside a string is escaped), so only those revisions are parsed.
const withdrawnSQL = `SELECT r.id::text, r.rev, r.hlc, r.origin, r.sha, r.data, w.day
	FROM (SELECT n.id, (SELECT max(convert_from(x.data, 'UTF8')::jsonb->>'consent_withdrawn') FROM revisions x
			WHERE x.kind = 'person' AND x.id = n.id AND position('consent_withdrawn":"'::bytea IN x.data) > 0) AS day
		FROM st_new n JOIN wcand c ON c.id = n.id WHERE n.kind = 'person') w
	JOIN LATERAL (SELECT * FROM revisions r WHERE r.kind = 'person' AND r.id = w.id) r ON true
	WHERE w.day IS NOT NULL
	ORDER BY r.id, r.rev, r.hlc, r.origin, r.sha`
