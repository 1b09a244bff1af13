package hub

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	"frontoffice/model"

	"github.com/jackc/pgx/v5"
)

// The end of a bulk load (finishBulk). What dropIndexes dropped, disabled or
// paused is made again table by table: each table's indexes, keys, triggers
// and autovacuum setting, then its statistics (ANALYZE), in a transaction of
// its own, on endConns connections at once, the biggest tables first. Then
// one transaction writes the identity groups and forgets hub_meta's list.
//
// Why table by table: in one transaction per connection (session 13) each
// connection held its locks to the end, so a table's ANALYZE could run only
// after every index build (six of them one after the other, 1.9 s of the
// 200-office benchmark's wall with the loader idle), and the split was fixed
// (revisions' key on one connection, the rest on the other, which worked
// alone for its last 3–4 s). Now a connection that is done takes the next
// table, and a table's ANALYZE follows its own indexes.
//
// Should the loader stop half-way, the tables done stay done (buildSaved
// leaves an index that is there) and the next Open does the rest
// (finishStoppedBulk): hub_meta's list goes only with the last transaction.

// endConns is how many connections finishBulk makes tables on at once. Each
// index is built by one process (no parallel workers: in the 200-office
// benchmark they cost a third more CPU than building serially, 15.5 CPU-s
// against 11.5 at load 4–6).
var endConns = 2

// buildMem is the memory an index build may sort in (maintenance_work_mem),
// a limit, not an allocation: only what a sort needs is taken. revisions'
// key over the 200-office benchmark's 2 million records needs 275 MB; with
// 256 MB the sort went to disk (183 MB written and read back) and cost
// 4.6–5.7 CPU-s against 3.4–3.8 in memory (trace_sort, alternated).
const buildMem = "1GB"

// analyzed are the tables whose statistics finishBulk gathers, for the
// reports that read them at once (revisions, the biggest, is left to
// autovacuum, as before).
var analyzed = bulkTables[1:]

// tableJob is what finishBulk makes again on one table: saved (hub_meta's
// list, the table's part), then its statistics when analyze. cost orders
// the jobs, biggest first: the table's size times one more than its indexes
// (the table's own scan for its statistics).
type tableJob struct {
	table   string
	saved   []savedIndex
	analyze bool
	cost    int64
}

// finishBulk builds the indexes a bulk load dropped (hub_meta's list),
// regroups everyone and forgets the list. Nothing to do when no bulk load is
// unfinished. keys, when not nil, are the identity keys of everyone in the
// people table (the loader's, bulkRun.keys): they are grouped while the
// server builds the indexes, instead of read back after (regroupAll).
func (h *Hub) finishBulk(ctx context.Context, conn *pgx.Conn, keys map[string]model.IdentityKey) error {
	var js []byte
	err := conn.QueryRow(ctx, "SELECT value FROM hub_meta WHERE key = 'bulk_indexes'").Scan(&js)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	var saved []savedIndex
	if err := json.Unmarshal(js, &saved); err != nil {
		return fmt.Errorf("hub_meta bulk_indexes: %w", err)
	}
	var grouped chan model.Grouping
	if keys != nil {
		grouped = make(chan model.Grouping, 1)
		go func() { grouped <- groupKeys(keys) }()
	}
	t0 := time.Now()
	jobs, err := tableJobs(ctx, conn, saved)
	if err != nil {
		return err
	}
	if err := h.buildTables(ctx, conn, jobs); err != nil {
		return err
	}
	traceWall("bulk: tables", t0)
	t0 = time.Now()
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if err := regroupBulk(ctx, tx, grouped); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, "ANALYZE person_identity; DELETE FROM hub_meta WHERE key = 'bulk_indexes'")
		return err
	})
	traceWall("bulk: regroup all", t0)
	return err
}

// tableJobs splits saved by table, with a job for each analyzed table, the
// biggest first (tableJob's cost).
func tableJobs(ctx context.Context, conn *pgx.Conn, saved []savedIndex) ([]tableJob, error) {
	var jobs []tableJob
	at := map[string]int{}
	job := func(table string) *tableJob {
		i, ok := at[table]
		if !ok {
			i = len(jobs)
			at[table] = i
			jobs = append(jobs, tableJob{table: table, analyze: slices.Contains(analyzed, table)})
		}
		return &jobs[i]
	}
	for _, s := range saved {
		j := job(s.Table)
		j.saved = append(j.saved, s)
	}
	for _, t := range analyzed {
		job(t)
	}
	tables := make([]string, len(jobs))
	for i, j := range jobs {
		tables[i] = j.table
	}
	rows, err := conn.Query(ctx, `SELECT relname, pg_relation_size(oid) FROM pg_class
		WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' AND relname = ANY($1)`, tables)
	if err != nil {
		return nil, err
	}
	var table string
	var size int64
	_, err = pgx.ForEachRow(rows, []any{&table, &size}, func() error {
		j := &jobs[at[table]]
		j.cost = size
		for _, s := range j.saved {
			if !s.Trigger && !s.Setting {
				j.cost += size
			}
		}
		return nil
	})
	slices.SortStableFunc(jobs, func(a, b tableJob) int { return cmp.Compare(b.cost, a.cost) })
	return jobs, err
}

// buildTables does jobs in order on conn and endConns-1 connections more,
// each taking the next job once done with its own. After a job fails no
// other is begun; the first error is returned.
func (h *Hub) buildTables(ctx context.Context, conn *pgx.Conn, jobs []tableJob) error {
	queue := make(chan tableJob, len(jobs))
	for _, j := range jobs {
		queue <- j
	}
	close(queue)
	var failed atomic.Bool
	work := func(c *pgx.Conn) error {
		for j := range queue {
			if failed.Load() {
				return nil
			}
			if err := buildTable(ctx, c, j); err != nil {
				failed.Store(true)
				return fmt.Errorf("table %s: %w", j.table, err)
			}
		}
		return nil
	}
	more := min(endConns, len(jobs)) - 1
	errs := make(chan error, max(more, 0))
	// A connection not had by the time conn has done every job is not
	// waited for (the pool may be busy with others' queries).
	acquire, cancel := context.WithCancel(ctx)
	defer cancel()
	for range more {
		go func() {
			c, err := h.pool.Acquire(acquire)
			if err != nil {
				errs <- nil // the other connections do its part
				return
			}
			defer c.Release()
			errs <- work(c.Conn())
		}()
	}
	err := work(conn)
	cancel()
	for range more {
		if e := <-errs; err == nil {
			err = e
		}
	}
	return err
}

// buildTable does j in a transaction of its own on conn.
func buildTable(ctx context.Context, conn *pgx.Conn, j tableJob) error {
	return pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		ctx := withTrace(ctx, tx)
		if err := buildSaved(ctx, tx, j.saved); err != nil {
			return err
		}
		if !j.analyze {
			return nil
		}
		t0 := time.Now()
		_, err := tx.Exec(ctx, "ANALYZE "+pgx.Identifier{j.table}.Sanitize())
		traceStep(ctx, "bulk: analyze "+j.table, t0)
		return err
	})
}

// regroupBulk writes the grouping of everyone: grouped's (made from the
// loader's keys) when not nil, else regroupAll's from the people table.
func regroupBulk(ctx context.Context, tx pgx.Tx, grouped <-chan model.Grouping) error {
	if grouped == nil {
		return regroupAll(ctx, tx)
	}
	g := <-grouped
	if _, err := tx.Exec(ctx, "DELETE FROM person_identity; DELETE FROM possible_duplicates"); err != nil {
		return err
	}
	return writeGrouping(ctx, tx, g)
}

// buildSaved makes again, in tx, what a bulk load dropped, disabled or
// paused (saved: hub_meta's list, or a part of it), leaving an index or key
// that is there already (a table finishBulk made before it stopped). It
// builds each index serially, with buildMem to sort in.
func buildSaved(ctx context.Context, tx pgx.Tx, saved []savedIndex) error {
	if _, err := tx.Exec(ctx, "SET LOCAL maintenance_work_mem = '"+buildMem+"'; SET LOCAL max_parallel_maintenance_workers = 0"); err != nil {
		return err
	}
	for _, s := range saved {
		there, err := built(ctx, tx, s)
		if err != nil {
			return err
		}
		if there {
			continue
		}
		q := s.Def
		if s.Constraint {
			q = "ALTER TABLE " + pgx.Identifier{s.Table}.Sanitize() + " ADD CONSTRAINT " + pgx.Identifier{s.Name}.Sanitize() + " " + s.Def
		}
		t1 := time.Now()
		if _, err := tx.Exec(ctx, q); err != nil {
			return fmt.Errorf("index %s: %w", s.Name, err)
		}
		traceStep(ctx, "bulk: index "+s.Table+"."+s.Name, t1)
	}
	return nil
}

// built is whether s is an index or key that is there already.
func built(ctx context.Context, tx pgx.Tx, s savedIndex) (bool, error) {
	if s.Trigger || s.Setting {
		return false, nil
	}
	var there bool
	err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_class WHERE relnamespace = current_schema()::regnamespace
		AND relname = $1 AND relkind = 'i')`, s.Name).Scan(&there)
	return there, err
}
