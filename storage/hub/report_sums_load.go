package hub

import (
	"context"
	"strings"

	"github.com/jackc/pgx/v5"
)

// The report's sums (migration 00006) for a bundle whose records are all
// new to the hub (loadFresh): counted here from the rows the loader holds,
// and the triggers told to leave those COPYs alone (their GROUP BY over each
// COPY's rows cost the server about 3 µs a row: 10 % of a 200-office load).
// Every other write (merges, erasures, regrouping) is counted by the
// triggers.

// sumsKey is one row of a sums table: its key columns, as text (bool for
// a visit's anonymous).
type sumsKey struct {
	table         string
	a, b, c, d, e string
	anonymous     bool
}

// sumsVal is what a key adds up.
type sumsVal struct{ n, planned, reached int64 }

// countSums is what rows (loadFresh's: every row a new record, its own
// winner) add to the sums tables.
func countSums(rows [][]any) map[sumsKey]*sumsVal {
	sums := map[sumsKey]*sumsVal{}
	add := func(k sumsKey, n, p, x int64) {
		v := sums[k]
		if v == nil {
			v = &sumsVal{}
			sums[k] = v
		}
		v.n, v.planned, v.reached = v.n+n, v.planned+p, v.reached+x
	}
	for _, r := range rows {
		if del, _ := r[8].(bool); del {
			continue
		}
		origin, _ := r[6].(string)
		str := func(i int) string { s, _ := r[i].(string); return s }
		switch r[1].(string) {
		case "person":
			add(sumsKey{table: "s_people", a: origin, b: str(cRegion)}, 1, 0, 0)
		case "idea":
			dir, reg := str(cDirection), str(cRegion)
			add(sumsKey{table: "s_ideas", a: origin, b: dir, c: reg, d: str(cStatus), e: str(cArchivedFrom)}, 1, 0, 0)
			sdgs, _ := r[cSDGs].([]string)
			for _, g := range sdgs {
				add(sumsKey{table: "s_idea_sdgs", a: origin, b: dir, c: reg, d: g}, 1, 0, 0)
			}
			gs, _ := r[cTGGroup].([]string)
			ps, _ := r[cTGPlanned].([]int64)
			xs, _ := r[cTGReached].([]int64)
			for i, g := range gs {
				add(sumsKey{table: "s_idea_groups", a: origin, b: dir, c: reg, d: g}, 1, ps[i], xs[i])
			}
		case "consultation":
			add(sumsKey{table: "s_consultations", a: origin}, 1, 0, 0)
			services, _ := r[cServices].([]string)
			for _, s := range services {
				add(sumsKey{table: "s_consultation_services", a: origin, b: s}, 1, 0, 0)
			}
		case "visit":
			anon, _ := r[cAnonymous].(bool)
			add(sumsKey{table: "s_visits", a: origin, b: str(cAgeBand), c: str(cService), d: str(cOutcome), anonymous: anon}, 1, 0, 0)
		}
	}
	return sums
}

// sumsUpserts add each table's rows (as arrays: $1… the keys, then n, then
// planned and reached) to what it holds.
var sumsUpserts = map[string]string{
	"s_people": `INSERT INTO s_people AS s SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])
		ON CONFLICT (origin, region) DO UPDATE SET n = s.n + EXCLUDED.n`,
	"s_ideas": `INSERT INTO s_ideas AS s SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])
		ON CONFLICT (origin, direction, region, status, archived_from) DO UPDATE SET n = s.n + EXCLUDED.n`,
	"s_idea_sdgs": `INSERT INTO s_idea_sdgs AS s SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[])
		ON CONFLICT (origin, direction, region, sdg) DO UPDATE SET n = s.n + EXCLUDED.n`,
	"s_idea_groups": `INSERT INTO s_idea_groups AS s SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[],
		$6::bigint[], $7::bigint[]) ON CONFLICT (origin, direction, region, grp) DO UPDATE
		SET n = s.n + EXCLUDED.n, planned = s.planned + EXCLUDED.planned, reached = s.reached + EXCLUDED.reached`,
	"s_consultations": `INSERT INTO s_consultations AS s SELECT * FROM unnest($1::text[], $2::bigint[])
		ON CONFLICT (origin) DO UPDATE SET n = s.n + EXCLUDED.n`,
	"s_consultation_services": `INSERT INTO s_consultation_services AS s SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])
		ON CONFLICT (origin, service) DO UPDATE SET n = s.n + EXCLUDED.n`,
	"s_visits": `INSERT INTO s_visits AS s SELECT * FROM unnest($1::text[], $2::boolean[], $3::text[], $4::text[], $5::text[], $6::bigint[])
		ON CONFLICT (origin, anonymous, age_band, service, outcome) DO UPDATE SET n = s.n + EXCLUDED.n`,
}

// sumsKeys is how many text keys each table has.
var sumsKeys = map[string]int{"s_people": 2, "s_ideas": 5, "s_idea_sdgs": 4, "s_idea_groups": 4, "s_consultations": 1,
	"s_consultation_services": 2, "s_visits": 4}

// sendSums adds sums to the sums tables in one round trip. fresh: no sums
// table holds any of their keys yet (a bulk load's bundle whose origins are
// new to it, into sums tables empty at its start), so they are inserted
// plainly: the upsert's look-up and slot of its own a row cost the server a
// fifth of a bulk load's CPU in the 200-office benchmark.
func sendSums(ctx context.Context, tx pgx.Tx, sums map[sumsKey]*sumsVal, fresh bool) error {
	type cols struct {
		keys      [5][]string
		anonymous []bool
		n, p, x   []int64
	}
	by := map[string]*cols{}
	for k, v := range sums {
		c := by[k.table]
		if c == nil {
			c = &cols{}
			by[k.table] = c
		}
		for i, s := range []string{k.a, k.b, k.c, k.d, k.e}[:sumsKeys[k.table]] {
			c.keys[i] = append(c.keys[i], s)
		}
		c.anonymous = append(c.anonymous, k.anonymous)
		c.n, c.p, c.x = append(c.n, v.n), append(c.p, v.planned), append(c.x, v.reached)
	}
	b := &pgx.Batch{}
	for t, c := range by {
		args := []any{}
		for i := range sumsKeys[t] {
			args = append(args, c.keys[i])
			if t == "s_visits" && i == 0 {
				args = append(args, c.anonymous)
			}
		}
		args = append(args, c.n)
		if t == "s_idea_groups" {
			args = append(args, c.p, c.x)
		}
		q := sumsUpserts[t]
		if fresh {
			q = q[:strings.Index(q, "ON CONFLICT")]
		}
		b.Queue(q, args...)
	}
	return tx.SendBatch(ctx, b).Close()
}

// sumsByTriggers hands the sums back to the triggers for the rest of the
// transaction.
func sumsByTriggers(ctx context.Context, tx pgx.Tx) error {
	_, err := tx.Exec(ctx, "SELECT set_config('frontoffice.sums', '', true)")
	return err
}
