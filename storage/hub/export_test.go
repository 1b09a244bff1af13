package hub

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"frontoffice/storage"

	"github.com/jackc/pgx/v5"
)

// The tests load as few as two bundles as a bulk load (bulk.go), so the
// property test's loads take that path.
func init() { bulkMin = 2 }

// BulkLoaded is how many bundles bulk loads wrote so far.
func BulkLoaded() int64 { return bulkLoaded.Load() }

// StopBulkHalfWay leaves h's hub as a bulk load that stopped (a crash)
// after dropping the indexes (the sums tables' keys too) and disabling the
// triggers: the next Open must bring them back.
func StopBulkHalfWay(ctx context.Context, h *Hub) error {
	conn, err := h.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	return dropIndexes(ctx, conn.Conn(), true)
}

// FinishTableOnly does what the end of a bulk load does for one table of a
// bulk load that stopped (StopBulkHalfWay): builds its indexes, enables its
// triggers and resumes its autovacuum, in a transaction of its own, and
// commits, leaving hub_meta's list as it is, as when finishBulk failed after
// that table was done.
func FinishTableOnly(ctx context.Context, h *Hub, table string) error {
	var js []byte
	if err := h.pool.QueryRow(ctx, "SELECT value FROM hub_meta WHERE key = 'bulk_indexes'").Scan(&js); err != nil {
		return err
	}
	var saved []savedIndex
	if err := json.Unmarshal(js, &saved); err != nil {
		return err
	}
	conn, err := h.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	jobs, err := tableJobs(ctx, conn.Conn(), saved)
	if err != nil {
		return err
	}
	for _, j := range jobs {
		if j.table == table {
			return buildTable(ctx, conn.Conn(), j)
		}
	}
	return fmt.Errorf("no job for table %s", table)
}

// SetMemCap sets the most records of a bundle held in memory, and returns
// the one before (tests that are not parallel only).
func SetMemCap(n int) int { old := memCap; memCap = n; return old }

// SetFullReport makes h's reports read the full queries only (true), not
// the sums kept at load time.
func SetFullReport(h *Hub, full bool) { h.fullReport = full }

// SumsDrift compares every sum kept at load time (migration 00006) with
// the same sums counted again from the tables; it says the first that
// differs ("" when none).
func SumsDrift(ctx context.Context, h *Hub) (string, error) {
	for _, c := range []struct{ table, keys, vals, again string }{
		{"s_people", "origin, region", "n", `SELECT origin, region, count(*) FROM people WHERE NOT deleted GROUP BY 1, 2`},
		{"s_ideas", "origin, direction, region, status, archived_from", "n",
			`SELECT origin, direction, region, status, archived_from, count(*) FROM ideas WHERE NOT deleted GROUP BY 1, 2, 3, 4, 5`},
		{"s_idea_sdgs", "origin, direction, region, sdg", "n",
			`SELECT origin, direction, region, g, count(*) FROM ideas, unnest(sdgs) AS g WHERE NOT deleted GROUP BY 1, 2, 3, 4`},
		{"s_idea_groups", "origin, direction, region, grp", "n, planned, reached",
			`SELECT origin, direction, region, COALESCE(t.g, ''), count(*), COALESCE(sum(t.p), 0), COALESCE(sum(t.x), 0)
			FROM ideas, unnest(tg_group, tg_planned, tg_reached) AS t(g, p, x) WHERE NOT deleted GROUP BY 1, 2, 3, 4`},
		{"s_consultations", "origin", "n", `SELECT origin, count(*) FROM consultations WHERE NOT deleted GROUP BY 1`},
		{"s_consultation_services", "origin, service", "n",
			`SELECT origin, v, count(*) FROM consultations, unnest(services) AS v WHERE NOT deleted GROUP BY 1, 2`},
		{"s_visits", "origin, anonymous, age_band, service, outcome", "n",
			`SELECT origin, anonymous, age_band, service, outcome, count(*) FROM visits WHERE NOT deleted GROUP BY 1, 2, 3, 4, 5`},
	} {
		kept := fmt.Sprintf("SELECT %s, %s FROM %s WHERE n <> 0", c.keys, c.vals, c.table)
		var diff string
		err := h.pool.QueryRow(ctx, fmt.Sprintf(`SELECT COALESCE((SELECT string_agg(x::text, '; ') FROM (
			((%s) EXCEPT ALL (%s)) UNION ALL ((%s) EXCEPT ALL (%s))) x), '')`, kept, c.again, c.again, kept)).Scan(&diff)
		if err != nil {
			return "", err
		}
		if diff != "" {
			return c.table + ": " + diff, nil
		}
	}
	return "", nil
}

// StagingRows is the staging rows of recs made by one rowMaker (as a
// bundle's are), and each made alone by stagingRow.
func StagingRows(recs []storage.BundleRecord) (oneMaker, alone [][]any) {
	var m rowMaker
	for _, r := range recs {
		oneMaker = append(oneMaker, m.row(r))
	}
	for _, r := range recs {
		alone = append(alone, stagingRow(r))
	}
	return oneMaker, alone
}

// Groups is h's person_identity and possible_duplicates, in order.
func Groups(ctx context.Context, h *Hub) ([]string, error) {
	rows, err := h.pool.Query(ctx, `SELECT 'same ' || id || ' ' || canonical FROM person_identity
		UNION ALL SELECT 'maybe ' || a || ' ' || b FROM possible_duplicates ORDER BY 1`)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[string])
}

// RegroupFromTable groups everyone again from the people table
// (regroupAll), as a bulk load did before it grouped the loader's keys.
func RegroupFromTable(ctx context.Context, h *Hub) error {
	return pgx.BeginFunc(ctx, h.pool, func(tx pgx.Tx) error { return regroupAll(ctx, tx) })
}

// RunMigrationUp runs the Up part of migration file name again on h's hub.
func RunMigrationUp(ctx context.Context, h *Hub, name string) error {
	b, err := migrationFiles.ReadFile("migrations/" + name)
	if err != nil {
		return err
	}
	up := string(b)
	up = up[strings.Index(up, "-- +goose Up"):strings.Index(up, "-- +goose Down")]
	_, err = h.pool.Exec(ctx, up)
	return err
}

// SetBulkIndexes rewrites the index list a stopped bulk load left in
// hub_meta, replacing old by new in it.
func SetBulkIndexes(ctx context.Context, h *Hub, old, new string) error {
	_, err := h.pool.Exec(ctx, `UPDATE hub_meta SET value = convert_to(replace(convert_from(value, 'UTF8'), $1, $2), 'UTF8')
		WHERE key = 'bulk_indexes'`, old, new)
	return err
}

// BulkSumsInserted is how many bundles' sums bulk loads inserted plainly, not
// upserted (sendSums).
func BulkSumsInserted() int64 { return bulkSumsInserted.Load() }

// FinishStoppedBulk finishes a bulk load that stopped (StopBulkHalfWay), as
// the next Open does.
func FinishStoppedBulk(ctx context.Context, h *Hub) error {
	conn, err := h.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	return h.finishStoppedBulk(ctx, conn.Conn())
}

// CountRecords is how many records h's hub holds.
func CountRecords(ctx context.Context, h *Hub) (int64, error) {
	var n int64
	err := h.pool.QueryRow(ctx, "SELECT count(*) FROM records").Scan(&n)
	return n, err
}

// BulkEndJobs is, for a bulk load that stopped (StopBulkHalfWay), the
// tables its end makes again, in the order begun, and how many of hub_meta's
// saved items the jobs hold against how many the list holds.
func BulkEndJobs(ctx context.Context, h *Hub) (tables []string, inJobs, listed int, err error) {
	var js []byte
	if err := h.pool.QueryRow(ctx, "SELECT value FROM hub_meta WHERE key = 'bulk_indexes'").Scan(&js); err != nil {
		return nil, 0, 0, err
	}
	var saved []savedIndex
	if err := json.Unmarshal(js, &saved); err != nil {
		return nil, 0, 0, err
	}
	conn, err := h.pool.Acquire(ctx)
	if err != nil {
		return nil, 0, 0, err
	}
	defer conn.Release()
	jobs, err := tableJobs(ctx, conn.Conn(), saved)
	for _, j := range jobs {
		tables = append(tables, j.table)
		inJobs += len(j.saved)
	}
	return tables, inJobs, len(saved), err
}
