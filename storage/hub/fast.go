package hub

import (
	"context"
	"fmt"
	"slices"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/bundle"

	"github.com/jackc/pgx/v5"
)

// The first load of an office (issue 22): a bundle whose every record is
// new to the hub needs no merge. Each record has one revision, so it is its
// own winner and in no conflict; its revision, its winner and its kind's
// row go into their final tables by one COPY each, straight from the rows
// the loader computed (no staging table, no INSERT … SELECT). The bundle is
// merged the usual way (mergeSteps) when any record of it is known to the
// hub, one comes twice, or a person in it has withdrawn consent (the
// erasure's work); the checks run under the merge lock, so the hub does not
// change between them and the COPY.

// memCap is the most records of a bundle held in memory once read (for the
// check above); a bigger bundle streams into the staging table as read.
var memCap = 50_000

// colIndex is each staging column's place in a row.
var colIndex = func() map[string]int {
	m := make(map[string]int, len(stagingColumns))
	for i, c := range stagingColumns {
		m[c] = i
	}
	return m
}()

// freshOnly is whether rows can go in by loadFresh: every (kind, id) once, no
// withdrawal; and the (kind, id) of each, for the hub's look-up.
func freshOnly(rows [][]any) (ok bool, kinds, ids []string) {
	type key struct {
		kind string
		id   any
	}
	seen := make(map[key]struct{}, len(rows))
	kinds, ids = make([]string, 0, len(rows)), make([]string, 0, len(rows))
	for _, r := range rows {
		k := key{r[1].(string), r[2]}
		if _, dup := seen[k]; dup {
			return false, nil, nil
		}
		if w, _ := r[cWithdrawn].(string); w != "" {
			return false, nil, nil
		}
		seen[k] = struct{}{}
		kinds, ids = append(kinds, k.kind), append(ids, idString(k.id))
	}
	return true, kinds, ids
}

// anyKnown is whether the hub holds any of the records (kinds[i], ids[i]).
func anyKnown(ctx context.Context, tx pgx.Tx, kinds, ids []string) (bool, error) {
	var known bool
	err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM unnest($1::text[], $2::uuid[]) AS b(kind, id)
		JOIN records c ON c.kind = b.kind COLLATE "C" AND c.id = b.id)`, kinds, ids).Scan(&known)
	return known, err
}

// freshPlan is what loadFresh writes besides revisions and records, worked
// out from the rows alone: in a bulk load on the reading's goroutine, so the
// writer, whose session the server's work waits on, only sends.
type freshPlan struct {
	byKind     map[string][][]any
	people     []string            // the people's ids (regroupIDs)
	keys       []model.IdentityKey // their identity keys (peopleKeys')
	unverified [][]any             // hours verified at a writer that did not vouch for them
	sums       map[sumsKey]*sumsVal
}

// planFresh is rows' freshPlan, for a bundle with manifest m (unsigned: no
// signature vouches for its verified hours).
func planFresh(rows [][]any, m bundle.Manifest, unsigned bool) *freshPlan {
	p := &freshPlan{byKind: map[string][][]any{}, sums: countSums(rows)}
	var kind string // rows of one kind come in runs: the map is written once a run
	var run [][]any
	for _, r := range rows {
		k := r[1].(string)
		if k != kind {
			if run != nil {
				p.byKind[kind] = run
			}
			kind, run = k, p.byKind[k]
		}
		run = append(run, r)
		switch model.Kind(k) {
		case model.KindPerson:
			p.people = append(p.people, idString(r[2]))
		case model.KindHours:
			if r[cStatus] == "verified" && (unsigned || slices.Contains(m.UnverifiedHours, idString(r[2]))) {
				p.unverified = append(p.unverified, r)
			}
		}
	}
	if run != nil {
		p.byKind[kind] = run
	}
	keys := map[string]model.IdentityKey{}
	peopleKeys(p.byKind[string(model.KindPerson)], keys)
	for _, k := range keys {
		p.keys = append(p.keys, k)
	}
	return p
}

// loadFresh loads rows, a bundle of records all new to the hub (freshOnly,
// anyKnown), by COPY into revisions, records, each kind's table and
// hours_unverified (as planned: planFresh), regroups its people and counts
// them all added. A bulk load regroups everyone at its end instead (regroup
// false), and has the sums inserted plainly when no row of theirs can be in
// the hub yet (freshSums).
func loadFresh(ctx context.Context, tx pgx.Tx, rows [][]any, p *freshPlan, regroup, freshSums bool, now time.Time,
	sum *storage.ImportSummary) error {
	t0 := time.Now()
	// The report's sums are the loader's for this transaction's COPYs
	// (report_sums_load.go) until sumsByTriggers.
	if _, err := tx.Exec(ctx, `SET LOCAL synchronous_commit = off; SELECT set_config('frontoffice.sums', 'loader', true)`); err != nil {
		return err
	}
	if err := copyCols(ctx, tx, "revisions", []string{"kind", "id", "rev", "base_rev", "hlc", "origin", "sha", "deleted", "data"},
		rows, nil); err != nil {
		return err
	}
	if err := copyCols(ctx, tx, "records", []string{"kind", "id", "rev", "base_rev", "hlc", "origin", "sha"}, rows,
		[]any{false, now}, "conflict", "changed_at"); err != nil {
		return err
	}
	traceStep(ctx, "fresh: COPY revisions, records", t0)
	t0 = time.Now()
	if err := sendSums(ctx, tx, p.sums, freshSums); err != nil {
		return fmt.Errorf("report sums: %w", err)
	}
	traceStep(ctx, "fresh: sums", t0)
	t0 = time.Now()
	for k, kt := range kindColumns {
		if len(p.byKind[string(k)]) == 0 {
			continue
		}
		if err := copyCols(ctx, tx, kt.table, append([]string{"id", "origin", "deleted"}, kt.cols...), p.byKind[string(k)], nil); err != nil {
			return err
		}
	}
	if err := sumsByTriggers(ctx, tx); err != nil {
		return err
	}
	if len(p.unverified) > 0 {
		// The hub holds none of these hours: no row of theirs here either.
		if err := copyCols(ctx, tx, "hours_unverified", []string{"id", "hlc", "origin"}, p.unverified, nil); err != nil {
			return err
		}
	}
	traceStep(ctx, "fresh: COPY kinds", t0)
	if regroup {
		t0 = time.Now()
		if err := regroupIDs(ctx, tx, p.people); err != nil {
			return err
		}
		traceStep(ctx, "regroup", t0)
	}
	for k, rs := range p.byKind {
		sum.Kinds[model.Kind(k)] = &storage.KindCounts{Added: len(rs)}
	}
	return nil
}

// copyCols copies the staging columns cols of rows into table, each row
// followed by the values extra (columns extraCols), in COPY's binary
// format (copyRows).
func copyCols(ctx context.Context, tx pgx.Tx, table string, cols []string, rows [][]any, extra []any, extraCols ...string) error {
	idx := make([]int, len(cols))
	for i, c := range cols {
		idx[i] = colIndex[c]
	}
	q := copySQL(table, append(slices.Clip(cols), extraCols...))
	if _, err := tx.Conn().PgConn().CopyFrom(ctx, newCopyRows(rows, idx, extra), q); err != nil {
		return fmt.Errorf("merge %s: %w", table, err)
	}
	return nil
}
