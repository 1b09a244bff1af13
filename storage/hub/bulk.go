package hub

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync/atomic"
	"time"

	"frontoffice/model"
	"frontoffice/storage"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// A bulk load (issue 22): many bundles into an empty hub, the first load
// of a region. Index entries written one record at a time cost the server
// more than the records themselves, so the indexes of the tables records go
// into are dropped first and built once at the end by sorting; the identity
// groups are made once at the end too (model.Group over everyone, the same
// answer as regrouping bundle by bundle). Each bundle is still its own
// transaction, written only after the whole bundle was read and checked:
// a bad bundle changes nothing, those before it stay.
//
// The loader holds the merge lock for the whole load, so no other loader
// merges meanwhile; it knows every record loaded in it (a bundle is loaded
// by COPY only when none of its records is known, else the bulk ends there
// and the rest are merged as usual). Which indexes to build is kept in
// hub_meta ("bulk_indexes") until they are built: should the loader stop
// half-way, the next Open builds them and regroups (finishBulk). Until the
// bulk load ends, reports read a hub without its identity groups.

// bulkMin is the fewest bundles ImportAll loads into an empty hub as a bulk
// load; fewer are merged one by one.
var bulkMin = 8

// bulkTables are the tables whose indexes a bulk load builds at its end.
var bulkTables = []string{"revisions", "records", "people", "ideas", "consultations", "visits", "hours",
	"catalogue", "office_records"}

// bulkKept are the indexes of bulkTables a bulk load leaves in place:
// partial indexes whose condition a bulk load's rows (all new, each its own
// winner) all but never meet, so they cost it next to nothing, while
// building one at the end reads its whole table once more (records: about
// 0.5 CPU-s of the 200-office benchmark's).
var bulkKept = []string{"records_conflict", "consultations_supersedes"}

// sumsTables are the report's sums tables (sumsKeys'), in order.
var sumsTables = slices.Sorted(maps.Keys(sumsKeys))

// savedIndex is one index a bulk load dropped: made again by Def (a
// constraint's definition when Constraint). Trigger: a trigger on inserts
// the bulk load disabled (the report's sums, which the loader counts
// itself: report_sums_load.go), its Def the statement enabling it again.
type savedIndex struct {
	Table, Name, Def string
	Constraint       bool
	Trigger          bool `json:",omitempty"`
	// Setting: autovacuum, paused on Table while the load runs; Def resets
	// it (an older binary finishing the load runs it as an index's).
	Setting bool `json:",omitempty"`
}

// bulkRun is the state of one bulk load.
type bulkRun struct {
	conn *pgxpool.Conn
	seen map[[16]byte]struct{} // every record id loaded in it
	// bundles is how many the load may hold: the first bundle's size
	// times it sizes seen (growing it to millions of ids, step by step,
	// cost more than the look-ups).
	bundles int
	// keys are the identity keys of the people the load committed, as
	// regroupAll would read them back from the people table (peopleKeys):
	// finishBulk groups them while the indexes build.
	keys map[string]model.IdentityKey
	// sumsFresh: the sums tables were empty when the load began, so a
	// bundle whose sums name only origins no bundle before it in the load
	// did (sumOrigins) has them inserted, not upserted (sendSums).
	sumsFresh  bool
	sumOrigins map[string]struct{}
	// sumsKeysOff: the sums tables' keys were dropped with the indexes
	// (sumsFresh); the first bundle whose sums are upserted builds them
	// again (restoreSumsKeys).
	sumsKeysOff bool
}

// sumsPlain is whether the sums of p may be inserted plainly
// (bulkRun.sumsFresh), and notes their origins as written.
func (b *bulkRun) sumsPlain(p *freshPlan) bool {
	ok := b.sumsFresh
	for k := range p.sums {
		if _, seen := b.sumOrigins[k.a]; seen {
			ok = false
		}
	}
	for k := range p.sums {
		b.sumOrigins[k.a] = struct{}{}
	}
	if ok {
		bulkSumsInserted.Add(1)
	}
	return ok
}

// bulkSumsInserted counts the bundles whose sums a bulk load inserted plainly
// (for the tests).
var bulkSumsInserted atomic.Int64

// sumsEmpty is whether every sums table is empty (countSums' tables).
func sumsEmpty(ctx context.Context, conn *pgx.Conn) (bool, error) {
	q := "SELECT true"
	for t := range sumsKeys {
		q += " AND NOT EXISTS (SELECT 1 FROM " + pgx.Identifier{t}.Sanitize() + ")"
	}
	var empty bool
	err := conn.QueryRow(ctx, q).Scan(&empty)
	return empty, err
}

// peopleKeys adds the identity keys of the people among rows (staging
// rows loaded by loadFresh) to keys: those with a key_phone or key_iin, as
// regroupAll selects them from the people table.
func peopleKeys(rows [][]any, keys map[string]model.IdentityKey) {
	for _, r := range rows {
		if r[1] != string(model.KindPerson) {
			continue
		}
		k := model.IdentityKey{ID: idString(r[2])}
		k.Phone, _ = r[cKeyPhone].(string)
		k.IIN, _ = r[cKeyIIN].(string)
		if k.Phone == "" && k.IIN == "" {
			continue
		}
		k.Apart, _ = r[cApart].([]string)
		keys[k.ID] = k
	}
}

// addKeys adds the identity keys of p's people to b.keys.
func (b *bulkRun) addKeys(p *freshPlan) {
	for _, k := range p.keys {
		b.keys[k.ID] = k
	}
}

// importBulk loads srcs as a bulk load when the hub is empty and they are
// at least bulkMin, handing each outcome to each; n is how many it dealt
// with (0 when it did not start), stop whether ImportAll is done.
func (h *Hub) importBulk(ctx context.Context, srcs []storage.Source, o ImportOptions, parallel int,
	each func(i int, res Imported, err error) bool) (n int, stop bool) {
	if len(srcs) < bulkMin {
		return 0, false
	}
	conn, err := h.pool.Acquire(ctx)
	if err != nil {
		return 0, false // the merges will say why
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock(hashtext($1))", h.lockKey()+":merge"); err != nil {
		return 0, false
	}
	defer conn.Exec(context.Background(), "SELECT pg_advisory_unlock(hashtext($1))", h.lockKey()+":merge")
	var empty bool
	if err := conn.QueryRow(ctx, "SELECT NOT EXISTS (SELECT 1 FROM records)").Scan(&empty); err != nil || !empty {
		return 0, false
	}
	sumsFresh, err := sumsEmpty(ctx, conn.Conn())
	if err != nil {
		return 0, false
	}
	if err := dropIndexes(ctx, conn.Conn(), sumsFresh); err != nil {
		return 0, false
	}
	b := &bulkRun{conn: conn, bundles: len(srcs), keys: map[string]model.IdentityKey{}, sumsFresh: sumsFresh,
		sumOrigins: map[string]struct{}{}, sumsKeysOff: sumsFresh}
	n, stop, last := h.bulkLoop(ctx, b, srcs, o, parallel, each)
	err = h.finishBulk(context.Background(), conn.Conn(), b.keys) // everyone the committed bundles brought
	if err != nil {
		// The next Open builds them (hub_meta still lists them).
		err = fmt.Errorf("hub: building the indexes after a bulk load: %w", err)
	}
	switch {
	case last != nil: // its outcome waited for the indexes
		each(n-1, *last, err)
		return n, true
	case err != nil:
		// The bundle that would have been merged next is not loaded.
		if !stop && n < len(srcs) {
			each(n, Imported{}, err)
		}
		return n, true
	}
	return n, stop
}

// bulkLoop reads srcs, up to parallel side by side, and writes each in
// order (bulkOne); it stops at the first bundle that cannot go in by COPY
// (n: those before it) or the first outcome each refuses. last: the
// outcome of the last of srcs, written, not handed to each yet (the
// caller does once the indexes are built: an error building them is its).
func (h *Hub) bulkLoop(ctx context.Context, b *bulkRun, srcs []storage.Source, o ImportOptions, parallel int,
	each func(i int, res Imported, err error) bool) (n int, stop bool, last *Imported) {
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type read struct {
		st  staged
		err error
	}
	outs := make([]chan read, len(srcs))
	for i := range outs {
		outs[i] = make(chan read, 1)
	}
	slots := make(chan struct{}, max(parallel, 1))
	go func() {
		for i, src := range srcs {
			select {
			case slots <- struct{}{}:
			case <-rctx.Done():
				outs[i] <- read{err: rctx.Err()}
				continue
			}
			go func() {
				st, err := h.stage(rctx, nil, src, nil, o)
				if err == nil {
					st.plan = planFresh(st.rows, st.m, st.signer.State == storage.SignerUnsigned)
				}
				outs[i] <- read{st, err}
			}()
		}
	}()
	taken := 0     // outs before it were taken
	defer func() { // the readers still running stop; wait for them
		cancel()
		for j := taken; j < len(srcs); j++ {
			<-outs[j]
		}
	}()
	var waited, wrote time.Duration // FRONTOFFICE_HUB_TRACE: is the writer waiting for the readers?
	defer func() { traceSum("bulk: writer waited for reading", waited, "writing", wrote) }()
	for i := range srcs {
		t0 := time.Now()
		r := <-outs[i]
		taken = i + 1
		<-slots
		waited += time.Since(t0)
		if r.err != nil && !errors.Is(r.err, errNotHeld) {
			return i, !each(i, Imported{Signer: r.st.signer}, r.err) || true, nil
		}
		if r.err != nil || !b.fresh(r.st.rows) {
			return i, false, nil
		}
		t0 = time.Now()
		res, err := h.bulkOne(ctx, b, r.st)
		wrote += time.Since(t0)
		if err == nil && i == len(srcs)-1 {
			return i + 1, true, &res
		}
		if !each(i, res, err) || err != nil {
			return i, true, nil
		}
	}
	return len(srcs), true, nil
}

// fresh is whether rows can go in by COPY in this bulk load: no record id
// twice in them or loaded before in it (one id is one record, of one
// kind), no withdrawal (freshOnly); they are noted as loaded.
// (When not, the bulk load ends: what seen holds no longer matters.)
func (b *bulkRun) fresh(rows [][]any) bool {
	if b.seen == nil {
		b.seen = make(map[[16]byte]struct{}, min(len(rows)*b.bundles, 4<<20))
	}
	for _, r := range rows {
		id, ok := r[2].([16]byte)
		if w, _ := r[cWithdrawn].(string); !ok || w != "" {
			return false
		}
		n := len(b.seen)
		if b.seen[id] = struct{}{}; len(b.seen) == n {
			return false // there already: one look-up, not two
		}
	}
	return true
}

// bulkOne writes one bundle of a bulk load in its own transaction.
func (h *Hub) bulkOne(ctx context.Context, b *bulkRun, st staged) (Imported, error) {
	tx, err := b.conn.Begin(ctx)
	if err != nil {
		return Imported{}, err
	}
	defer tx.Rollback(context.Background())
	ctx = withTrace(ctx, tx)
	if st.signer.State != storage.SignerUnsigned {
		if st.signer, err = h.signerOf(ctx, st.m); err != nil { // a bundle before may have trusted it
			return Imported{Signer: st.signer}, err
		}
	}
	res := Imported{Signer: st.signer}
	res.Summary = storage.ImportSummary{Manifest: st.m, Records: st.t.Records, Kinds: map[model.Kind]*storage.KindCounts{}}
	plain := b.sumsPlain(st.plan)
	if !plain && b.sumsKeysOff {
		if err := restoreSumsKeys(ctx, tx); err != nil {
			return res, err
		}
	}
	if err := loadFresh(ctx, tx, st.rows, st.plan, false, plain, h.now().UTC(), &res.Summary); err != nil {
		return res, err
	}
	var known bool // an empty bundle loaded before: nothing changed (as importAfter says)
	t0 := time.Now()
	if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM bundles WHERE sha256 = $1)", st.t.SHA256).Scan(&known); err != nil {
		return res, err
	}
	traceStep(ctx, "bulk: known", t0)
	t0 = time.Now()
	if res.Again = known && len(st.rows) == 0; !res.Again {
		if err := h.noteBundle(ctx, tx, st.m, st.t, st.signer); err != nil {
			return res, err
		}
	}
	traceStep(ctx, "bulk: note", t0)
	t0 = time.Now()
	if err := tx.Commit(ctx); err != nil {
		return res, err
	}
	b.addKeys(st.plan)
	b.sumsKeysOff = b.sumsKeysOff && plain
	traceStep(ctx, "bulk: commit", t0)
	bulkLoaded.Add(1)
	return res, nil
}

// bulkLoaded counts the bundles bulk loads wrote (for the tests).
var bulkLoaded atomic.Int64

// dropIndexes notes the indexes of bulkTables (but bulkKept) in hub_meta
// and drops them, in one transaction; sums: those of sumsTables too (their
// keys: a bundle's sums then go in without a look-up a row; in the
// 200-office benchmark the sums' server CPU fell from 3.1 s to 1.3).
func dropIndexes(ctx context.Context, conn *pgx.Conn, sums bool) error {
	tables := bulkTables
	if sums {
		tables = append(slices.Clip(bulkTables), sumsTables...)
	}
	rows, err := conn.Query(ctx, `SELECT c.relname, i.relname, COALESCE(pg_get_constraintdef(k.oid), pg_get_indexdef(i.oid)), k.oid IS NOT NULL
		FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
		LEFT JOIN pg_constraint k ON k.conindid = i.oid AND k.conrelid = c.oid
		WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1) AND i.relname <> ALL($2)
		ORDER BY 1, 2`, tables, bulkKept)
	if err != nil {
		return err
	}
	saved, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (savedIndex, error) {
		var s savedIndex
		err := r.Scan(&s.Table, &s.Name, &s.Def, &s.Constraint)
		return s, err
	})
	if err != nil {
		return err
	}
	trig, err := insertTriggers(ctx, conn)
	if err != nil {
		return err
	}
	saved = append(saved, trig...)
	paused, err := autovacuumPaused(ctx, conn)
	if err != nil {
		return err
	}
	saved = append(saved, paused...)
	js, err := json.Marshal(saved)
	if err != nil {
		return err
	}
	return pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "INSERT INTO hub_meta (key, value) VALUES ('bulk_indexes', $1)", js); err != nil {
			return err
		}
		for _, s := range saved {
			q := "DROP INDEX " + pgx.Identifier{s.Name}.Sanitize()
			switch {
			case s.Constraint:
				q = "ALTER TABLE " + pgx.Identifier{s.Table}.Sanitize() + " DROP CONSTRAINT " + pgx.Identifier{s.Name}.Sanitize()
			case s.Trigger:
				q = "ALTER TABLE " + pgx.Identifier{s.Table}.Sanitize() + " DISABLE TRIGGER " + pgx.Identifier{s.Name}.Sanitize()
			case s.Setting:
				q = "ALTER TABLE " + pgx.Identifier{s.Table}.Sanitize() + " SET (autovacuum_enabled = false)"
			}
			if _, err := tx.Exec(ctx, q); err != nil {
				return err
			}
		}
		return nil
	})
}

// autovacuumPaused are the bulkTables to pause autovacuum on while the load
// runs: those with no autovacuum setting of their own. Vacuuming a table
// each time it grew by a fifth (PostgreSQL's default for inserts) scans it
// about six times over a load and took 5 CPU-s of the 200-office
// benchmark's, on the cores the load needs; once, after the load, it scans
// each table once. finishBulk resets the setting (Def) with the indexes,
// also at the next Open after a crash.
func autovacuumPaused(ctx context.Context, conn *pgx.Conn) ([]savedIndex, error) {
	rows, err := conn.Query(ctx, `SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace
		AND c.relkind = 'r' AND c.relname = ANY($1)
		AND NOT EXISTS (SELECT 1 FROM unnest(c.reloptions) o WHERE o LIKE 'autovacuum_enabled=%') ORDER BY 1`, bulkTables)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (savedIndex, error) {
		s := savedIndex{Setting: true, Name: "autovacuum_enabled"}
		err := r.Scan(&s.Table)
		s.Def = "ALTER TABLE " + pgx.Identifier{s.Table}.Sanitize() + " RESET (autovacuum_enabled)"
		return s, err
	})
}

// insertTriggers are the enabled triggers on inserts into bulkTables (the
// report's sums: migration 00006), to disable while the bulk load runs.
// Every bundle of a bulk load goes in by loadFresh, which counts its sums
// itself and has them skipped; disabled, the server does not even gather
// each COPY's rows for them (their transition tables). finishBulk enables
// them again (Def) before any other write: the bulk load's end, or the next
// Open after a crash.
func insertTriggers(ctx context.Context, conn *pgx.Conn) ([]savedIndex, error) {
	rows, err := conn.Query(ctx, `SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
		WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND t.tgtype & 4 <> 0
		AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1) ORDER BY 1, 2`, bulkTables)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (savedIndex, error) {
		s := savedIndex{Trigger: true}
		err := r.Scan(&s.Table, &s.Name)
		s.Def = "ALTER TABLE " + pgx.Identifier{s.Table}.Sanitize() + " ENABLE TRIGGER " + pgx.Identifier{s.Name}.Sanitize()
		return s, err
	})
}

// restoreSumsKeys builds, in tx, the keys of the sums tables a bulk load
// dropped (dropIndexes) and takes them off hub_meta's list: a bundle whose
// sums are added to rows already there (sendSums' upsert) needs them.
func restoreSumsKeys(ctx context.Context, tx pgx.Tx) error {
	var js []byte
	if err := tx.QueryRow(ctx, "SELECT value FROM hub_meta WHERE key = 'bulk_indexes' FOR UPDATE").Scan(&js); err != nil {
		return err
	}
	var saved, sums, rest []savedIndex
	if err := json.Unmarshal(js, &saved); err != nil {
		return fmt.Errorf("hub_meta bulk_indexes: %w", err)
	}
	for _, s := range saved {
		if _, ok := sumsKeys[s.Table]; ok {
			sums = append(sums, s)
		} else {
			rest = append(rest, s)
		}
	}
	if err := buildSaved(ctx, tx, sums); err != nil {
		return err
	}
	js, err := json.Marshal(rest)
	if err != nil {
		return err
	}
	_, err = tx.Exec(ctx, "UPDATE hub_meta SET value = $1 WHERE key = 'bulk_indexes'", js)
	return err
}
