package hub

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"frontoffice/model"
	"frontoffice/model/report"
	"frontoffice/storage"

	"github.com/jackc/pgx/v5"
)

// The report's figures, added up in SQL over the winners, with the same
// rules as storage.Report (model/report's package comment says what counts):
// deleted records never count; a person joined into another (model.Group)
// counts once, under the group's earliest; a superseded consultation is
// replaced by its correction; hours verified elsewhere and listed as
// unverified count as pending. Assemble lays them out as Builder.Report does.

// The rows a report reads are views over the winners (migration 00002),
// each with what its filters look at.

// filterArgs are a filter's values as the queries' parameters:
// @region region, @direction direction, @from first instant, @to instant after the last day,
// @fromday from day, @today to day, @office office ("" for no bound, nil instants).
func filterArgs(f report.Filter, loc *time.Location) pgx.NamedArgs {
	var from, to any
	if f.From != "" {
		if t, err := time.ParseInLocation(model.DateLayout, string(f.From), loc); err == nil {
			from = t
		}
	}
	if f.To != "" {
		if t, err := time.ParseInLocation(model.DateLayout, string(f.To), loc); err == nil {
			to = t.AddDate(0, 0, 1)
		}
	}
	return pgx.NamedArgs{"region": string(f.Region), "direction": string(f.Direction), "from": from, "to": to,
		"fromday": string(f.From), "today": string(f.To), "office": f.Office}
}

// Each kind's rows that pass every filter but the office.
const (
	wherePeople = `(@region = '' OR region = @region)
		AND ((@from::timestamptz IS NULL AND @to::timestamptz IS NULL) OR (created_at IS NOT NULL
			AND (@from::timestamptz IS NULL OR created_at >= @from) AND (@to::timestamptz IS NULL OR created_at < @to)))`
	whereIdeas = `(@region = '' OR region = @region) AND (@direction = '' OR direction = @direction)
		AND ((@from::timestamptz IS NULL AND @to::timestamptz IS NULL) OR (created_at IS NOT NULL
			AND (@from::timestamptz IS NULL OR created_at >= @from) AND (@to::timestamptz IS NULL OR created_at < @to)))`
	wherePlaced = `(@fromday = '' OR date >= @fromday) AND (@today = '' OR date <= @today)
		AND (@region = '' OR place_region = @region) AND (@direction = '' OR place_direction = @direction)`
	andOffice = ` AND (@office = '' OR origin = @office)`
)

// placeless are the rows of r_consultations, r_visits and r_hours for a
// report without a region or direction filter: the same rows, without the
// joins that find each row's place (an idea's, else its person's), which
// cost most of a big hub's report and decide nothing then.
var placeless = map[string]string{
	"r_consultations": `(SELECT c.origin, c.date, c.services, ''::text AS place_region, ''::text AS place_direction
		FROM consultations c WHERE NOT c.deleted AND NOT EXISTS (
			SELECT 1 FROM consultations s WHERE NOT s.deleted AND s.supersedes = c.id)) AS r_consultations`,
	"r_visits": `(SELECT v.origin, v.date, v.anonymous, v.age_band, v.service, v.outcome, ''::text AS place_region,
		''::text AS place_direction FROM visits v WHERE NOT v.deleted) AS r_visits`,
	"r_hours": `(SELECT h.origin, h.date, h.hours, COALESCE(k.canonical, h.person_id) AS person,
		CASE WHEN h.status = 'verified' AND EXISTS (
			SELECT 1 FROM hours_unverified u WHERE u.id = h.id AND u.hlc = h.hlc AND u.origin = h.origin)
			THEN 'pending' ELSE h.status END AS status, ''::text AS place_region, ''::text AS place_direction
		FROM hours h LEFT JOIN person_identity k ON k.id = h.person_id WHERE NOT h.deleted) AS r_hours`,
}

// from is the view v's rows for this report (placeless when it may).
func (r *reportRun) from(v string) string {
	if r.f.Region != "" || r.f.Direction != "" {
		return v
	}
	return placeless[v]
}

// reportRun is one report being counted: its transaction, filter and the
// totals so far.
type reportRun struct {
	ctx     context.Context
	mu      sync.Mutex // the totals, for the parts side by side
	args    pgx.NamedArgs
	f       report.Filter
	t       report.Totals
	offices map[string]*report.OfficeRow
	here    string // the hub's own office id: records it revised (a withdrawal's erasure)
	full    bool   // the full queries only, not the kept sums (report_sums.go)
}

func (r *reportRun) office(id string) *report.OfficeRow {
	o := r.offices[id]
	if o == nil {
		o = &report.OfficeRow{Office: id, Here: id == r.here}
		r.offices[id] = o
	}
	return o
}

// mine is whether rows of office origin count in the totals.
func (r *reportRun) mine(origin string) bool { return r.f.Office == "" || origin == r.f.Office }

// q runs sql in tx with the filter's arguments and hands scan each row
// (one at a time across the report's parts).
func (r *reportRun) q(tx pgx.Tx, sql string, scan func(rows pgx.Rows) error) error {
	rows, err := tx.Query(r.ctx, sql, r.args)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		r.mu.Lock()
		err := scan(rows)
		r.mu.Unlock()
		if err != nil {
			return err
		}
	}
	return rows.Err()
}

// Report counts the figures of model/report in SQL, as storage.Report
// counts them from a store's records; creation days are read in loc
// (time.Local when nil).
func (h *Hub) Report(ctx context.Context, f report.Filter, loc *time.Location) (report.Report, error) {
	if loc == nil {
		loc = time.Local
	}
	tx, err := h.pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly, IsoLevel: pgx.RepeatableRead})
	if err != nil {
		return report.Report{}, err
	}
	defer tx.Rollback(context.Background())
	r := &reportRun{ctx: ctx, args: filterArgs(f, loc), f: f, offices: map[string]*report.OfficeRow{}, here: h.officeID,
		full: h.fullReport,
		t: report.Totals{
			Direction: map[string]int{}, Region: map[string]int{}, Status: map[string]int{}, SDG: map[string]int{},
			Service: map[string]int{}, Planned: map[model.TargetGroup]int{}, Reached: map[model.TargetGroup]int{},
			Months: map[string]report.Month{}, AgeBand: map[string]int{}, AnonService: map[string]int{}, Outcome: map[string]int{},
		}}
	// The parts run side by side, each in a transaction of its own that
	// sees tx's snapshot: one state of the hub, as one transaction.
	var snap string
	if err := tx.QueryRow(ctx, "SELECT pg_export_snapshot()").Scan(&snap); err != nil {
		return report.Report{}, err
	}
	// The hours first: they take longest.
	parts := []func(pgx.Tx) error{r.hoursByOffice, r.hoursByMonth, r.hoursTotal, r.consultations, r.ideaLists, r.ideas,
		r.people, r.visits}
	errs := make([]error, len(parts))
	var wg sync.WaitGroup
	work := make(chan int)
	for range min(3, len(parts)) {
		wg.Go(func() {
			for i := range work {
				errs[i] = h.reportPart(ctx, snap, parts[i])
			}
		})
	}
	for i := range parts {
		work <- i
	}
	close(work)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return report.Report{}, err
	}
	if err := r.names(tx); err != nil { // the offices the parts found
		return report.Report{}, err
	}
	return report.Assemble(f, r.t), nil
}

// reportPart runs part in a read-only transaction on snapshot snap.
func (h *Hub) reportPart(ctx context.Context, snap string, part func(pgx.Tx) error) error {
	tx, err := h.pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly, IsoLevel: pgx.RepeatableRead})
	if err != nil {
		return err
	}
	defer tx.Rollback(context.Background())
	if _, err := tx.Exec(ctx, "SET TRANSACTION SNAPSHOT '"+strings.ReplaceAll(snap, "'", "")+"'"); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	// JIT compiling took 1.9 s of the hours part's 5 s on a 200-office
	// hub (the planner's cost for it is far off), and 4MB of work_mem
	// sent the consultations' and hours' grouping to disk.
	if _, err := tx.Exec(ctx, "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'"); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return part(tx)
}

func (r *reportRun) people(tx pgx.Tx) error {
	var origin string
	var n int
	sql := `SELECT origin, count(*) FROM r_people WHERE ` + wherePeople + ` GROUP BY origin`
	if r.sums(false) {
		sql = peopleSumsSQL
	}
	return r.q(tx, sql, func(rows pgx.Rows) error {
		if err := rows.Scan(&origin, &n); err != nil {
			return err
		}
		r.office(origin).People += n
		if r.mine(origin) {
			r.t.People += n
		}
		return nil
	})
}

func (r *reportRun) ideas(tx pgx.Tx) error {
	var origin, a, b, c, d *string
	var n int
	// By office (the breakdown), and the office filter's by the rest.
	sql := `SELECT origin, direction, region, status, archived_from,
		CASE WHEN GROUPING(origin) = 0 THEN count(*) ELSE count(*) FILTER (WHERE @office = '' OR origin = @office) END
		FROM r_ideas WHERE ` + whereIdeas + ` GROUP BY GROUPING SETS ((origin), (direction, region, status, archived_from))`
	if r.sums(false) {
		sql = ideasSumsSQL
	}
	return r.q(tx, sql,
		func(rows pgx.Rows) error {
			if err := rows.Scan(&origin, &a, &b, &c, &d, &n); err != nil {
				return err
			}
			if origin != nil {
				r.office(*origin).Ideas += n
				return nil
			}
			if n > 0 {
				r.ideaRow(*a, *b, *c, *d, n)
			}
			return nil
		})
}

// ideaRow counts n ideas of one direction, region, status and status
// archived from.
func (r *reportRun) ideaRow(a, b, c, d string, n int) {
	r.t.Ideas += n
	r.t.Direction[a] += n
	r.t.Region[b] += n
	r.t.Status[c] += n
	report.AddToFunnel(&r.t.Funnel, model.IdeaStatus(c), model.IdeaStatus(d), n)
}

// ideaLists counts the ideas' goals (SDGs) and target groups.
func (r *reportRun) ideaLists(tx pgx.Tx) error {
	if r.sums(false) {
		return r.ideaListsSums(tx)
	}
	var a string
	var sdgs []string
	var n, n2 int
	// Grouped by the list of goals as it is (few lists), each goal of a
	// list counted for its ideas.
	err := r.q(tx, `SELECT sdgs, count(*) FROM r_ideas WHERE `+whereIdeas+andOffice+` GROUP BY sdgs`, func(rows pgx.Rows) error {
		if err := rows.Scan(&sdgs, &n); err != nil {
			return err
		}
		for _, g := range sdgs {
			r.t.SDG[g] += n
		}
		return nil
	})
	if err != nil {
		return err
	}
	return r.q(tx, `SELECT g, sum(p), sum(x) FROM r_ideas, unnest(tg_group, tg_planned, tg_reached) AS t(g, p, x)
		WHERE `+whereIdeas+andOffice+` GROUP BY 1`, func(rows pgx.Rows) error {
		if err := rows.Scan(&a, &n, &n2); err != nil {
			return err
		}
		r.t.Planned[model.TargetGroup(a)] += n
		r.t.Reached[model.TargetGroup(a)] += n2
		return nil
	})
}

// consultations counts them by office, and their services, in one pass:
// the rows grouped by office alone count each consultation once (its first
// service, or none).
func (r *reportRun) consultations(tx pgx.Tx) error {
	if r.sums(true) {
		return r.consultationsSums(tx)
	}
	var origin string
	var services []string
	var n int
	// Grouped by the list of services as it is (few lists), then each
	// service of a list counted for its consultations.
	return r.q(tx, `SELECT origin, services, count(*) FROM `+r.from("r_consultations")+`
		WHERE `+wherePlaced+` GROUP BY origin, services`, func(rows pgx.Rows) error {
		if err := rows.Scan(&origin, &services, &n); err != nil {
			return err
		}
		r.office(origin).Consultations += n
		if !r.mine(origin) {
			return nil
		}
		r.t.Consultations += n
		for _, s := range services {
			r.t.Service[s] += n
		}
		return nil
	})
}

// visits counts visits, and the anonymous ones by age band, service and
// outcome (Builder.Visit: no breakdown by office).
func (r *reportRun) visits(tx pgx.Tx) error {
	var anonymous bool
	var a, b, c string
	var n int
	sql := `SELECT anonymous, age_band, service, outcome, count(*)
		FROM ` + r.from("r_visits") + ` WHERE ` + wherePlaced + andOffice + ` GROUP BY 1, 2, 3, 4`
	if r.sums(true) {
		sql = visitsSumsSQL
	}
	return r.q(tx, sql, func(rows pgx.Rows) error {
		if err := rows.Scan(&anonymous, &a, &b, &c, &n); err != nil {
			return err
		}
		r.t.Visits += n
		if !anonymous {
			return nil
		}
		r.t.AnonymousVisits += n
		if a == "" {
			a = "unknown" // as the store's report counts them
		}
		if c == "" {
			c = "unknown"
		}
		r.t.AgeBand[a] += n
		if b != "" {
			r.t.AnonService[b] += n
		}
		r.t.Outcome[c] += n
		return nil
	})
}

// hoursBase are the hours a report counts, with their month and whether
// they are the office filter's (mine).
const hoursBase = `(SELECT origin, hours, status, person, substr(date, 1, 7) AS m, (@office = '' OR origin = @office) AS mine
	FROM %s WHERE ` + wherePlaced + `) b`

// The hours are added up in three parts side by side: by office (every
// office: the breakdown), by month and in all (the office filter's rows:
// the totals). Each counts its volunteers as the groups of one person it
// makes first by hashing (count(DISTINCT) sorted every row once per
// grouping, and JIT compiled it: 5 of the report's 6 s on a 200-office
// hub, under load). The status is tested in the aggregates, not in WHERE:
// the planner cannot estimate a test of the status worked out from
// hours_unverified, and took the few rows it guessed through nested loops.
const (
	hoursByOfficeSQL = `SELECT origin, sum(n)::bigint, COALESCE(sum(s), 0), count(person) FILTER (WHERE n > 0) FROM (
		SELECT origin, person, count(*) FILTER (WHERE status = 'verified') AS n,
			sum(hours) FILTER (WHERE status = 'verified') AS s FROM ` + hoursBase + `
		GROUP BY origin, person) x GROUP BY origin HAVING sum(n) > 0`
	hoursByMonthSQL = `SELECT m, COALESCE(sum(s), 0), count(person) FILTER (WHERE n > 0) FROM (
		SELECT m, person, count(*) FILTER (WHERE status = 'verified') AS n,
			sum(hours) FILTER (WHERE status = 'verified') AS s FROM ` + hoursBase + ` WHERE mine
		GROUP BY m, person) x GROUP BY m HAVING sum(n) > 0`
	hoursTotalSQL = `SELECT COALESCE(sum(s), 0), COALESCE(sum(p), 0), count(person) FILTER (WHERE n > 0) FROM (
		SELECT person, count(*) FILTER (WHERE status = 'verified') AS n, sum(hours) FILTER (WHERE status = 'verified') AS s,
			sum(hours) FILTER (WHERE status = 'pending') AS p FROM ` + hoursBase + ` WHERE mine
		GROUP BY person) x`
)

// hoursByOffice adds up the verified hours and volunteers of every office
// with verified hours.
func (r *reportRun) hoursByOffice(tx pgx.Tx) error {
	var origin string
	var n, vol int
	var sum float64
	return r.q(tx, fmt.Sprintf(hoursByOfficeSQL, r.from("r_hours")), func(rows pgx.Rows) error {
		if err := rows.Scan(&origin, &n, &sum, &vol); err != nil { // n > 0: verified hours
			return err
		}
		o := r.office(origin)
		o.VerifiedHours += sum
		o.Volunteers += vol
		return nil
	})
}

// hoursByMonth adds up the office filter's verified hours and volunteers by
// month.
func (r *reportRun) hoursByMonth(tx pgx.Tx) error {
	var m string
	var vol int
	var sum float64
	return r.q(tx, fmt.Sprintf(hoursByMonthSQL, r.from("r_hours")), func(rows pgx.Rows) error {
		if err := rows.Scan(&m, &sum, &vol); err != nil {
			return err
		}
		if len(m) >= 7 {
			r.t.Months[m] = report.Month{Month: m, Volunteers: vol, VerifiedHours: sum}
		}
		return nil
	})
}

// hoursTotal adds up the office filter's verified and pending hours and
// its volunteers.
func (r *reportRun) hoursTotal(tx pgx.Tx) error {
	return r.q(tx, fmt.Sprintf(hoursTotalSQL, r.from("r_hours")), func(rows pgx.Rows) error {
		return rows.Scan(&r.t.VerifiedHours, &r.t.PendingHours, &r.t.Volunteers)
	})
}

// names puts the offices' names on the breakdown.
func (r *reportRun) names(tx pgx.Tx) error {
	names := map[string]string{}
	var a, b string
	if err := r.q(tx, `SELECT id::text, name FROM office_records WHERE NOT deleted`, func(rows pgx.Rows) error {
		if err := rows.Scan(&a, &b); err != nil {
			return err
		}
		names[a] = b
		return nil
	}); err != nil {
		return err
	}
	for _, o := range r.offices {
		o.Name = names[o.Office]
		r.t.Offices = append(r.t.Offices, *o)
	}
	return nil
}

// Offices lists the offices a report can be narrowed to (report --office):
// every office whose record the hub holds, by name, then id.
func (h *Hub) Offices(ctx context.Context) ([]report.Office, error) {
	rows, err := h.pool.Query(ctx, "SELECT id::text, name FROM office_records WHERE NOT deleted")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []report.Office
	for rows.Next() {
		var o report.Office
		if err := rows.Scan(&o.ID, &o.Name); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	slices.SortFunc(out, func(x, y report.Office) int {
		if c := strings.Compare(strings.ToLower(x.Name), strings.ToLower(y.Name)); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
	return out, rows.Err()
}

// Credits is every person's social-student-credit standing in year under
// rules, as storage.Credits gives it: the hours of a joined group together
// under its earliest record, hours verified elsewhere and listed as
// unverified as pending, each person's held entries (model.Countable) left
// out, by name, then id. The rows come grouped and ordered by SQL; the caps
// and tiers are model's (CreditRules.Standing).
func (h *Hub) Credits(ctx context.Context, rules model.CreditRules, year int, today model.Date) ([]storage.CreditLine, error) {
	tx, err := h.pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly, IsoLevel: pgx.RepeatableRead})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(context.Background())
	if _, err := tx.Exec(ctx, "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'"); err != nil {
		return nil, err
	}
	byPerson, order, err := creditHours(ctx, tx)
	if err != nil {
		return nil, err
	}
	people, err := creditPeople(ctx, tx, order)
	if err != nil {
		return nil, err
	}
	out := make([]storage.CreditLine, 0, len(order))
	for _, id := range order {
		all := byPerson[id]
		counted := model.Countable(all, today)
		p := people[id]
		if p == nil {
			p = &model.Person{}
			p.ID = id
		}
		out = append(out, storage.CreditLine{Person: p, Standing: rules.Standing(counted, year), Held: len(all) - len(counted)})
	}
	slices.SortStableFunc(out, func(a, b storage.CreditLine) int {
		if c := strings.Compare(a.Person.FullName, b.Person.FullName); c != 0 {
			return c
		}
		return strings.Compare(a.Person.ID, b.Person.ID)
	})
	return out, nil
}

// creditHours is every live verified or pending hours entry by the person
// it counts under, and those people in order. An entry is what the rules
// read of it (id, day, hours, status), from its columns (the JSON of each
// was read and decoded before: 9 of credits' 10 CPU seconds on a 200-office
// hub).
func creditHours(ctx context.Context, tx pgx.Tx) (map[string][]*model.Hours, []string, error) {
	rows, err := tx.Query(ctx, `
		SELECT COALESCE(j.canonical, h.person_id)::text AS person, h.id::text, h.date, h.hours, h.status,
			h.status = 'verified' AND u.id IS NOT NULL
		FROM hours h
		LEFT JOIN hours_unverified u ON u.id = h.id AND u.hlc = h.hlc AND u.origin = h.origin
		LEFT JOIN person_identity j ON j.id = h.person_id
		WHERE NOT h.deleted AND h.status IN ('verified', 'pending')
		ORDER BY person, h.id`)
	if err != nil {
		return nil, nil, fmt.Errorf("credits: %w", err)
	}
	defer rows.Close()
	byPerson := map[string][]*model.Hours{}
	var order []string
	var who, id, date, status string
	var unverified bool
	for rows.Next() {
		hr := &model.Hours{}
		if err := rows.Scan(&who, &id, &date, &hr.Hours, &status, &unverified); err != nil {
			return nil, nil, err
		}
		hr.Kind, hr.ID, hr.Date, hr.Status = model.KindHours, id, model.Date(date), model.HoursStatus(status)
		storage.AsVerifiedHere(map[string]bool{hr.ID: unverified}, hr)
		if _, ok := byPerson[who]; !ok {
			order = append(order, who)
		}
		byPerson[who] = append(byPerson[who], hr)
	}
	return byPerson, order, rows.Err()
}

// creditPeople are the people of ids, as their records hold them.
func creditPeople(ctx context.Context, tx pgx.Tx, ids []string) (map[string]*model.Person, error) {
	people := map[string]*model.Person{}
	if len(ids) == 0 {
		return people, nil
	}
	prow, err := tx.Query(ctx, `SELECT c.id::text, r.data FROM records c
		JOIN revisions r ON r.kind = c.kind AND r.id = c.id AND r.rev = c.rev AND r.hlc = c.hlc AND r.sha = c.sha
		WHERE c.kind = 'person' AND c.id = ANY($1::uuid[])`, ids)
	if err != nil {
		return nil, err
	}
	defer prow.Close()
	var id string
	var doc []byte
	for prow.Next() {
		if err := prow.Scan(&id, &doc); err != nil {
			return nil, err
		}
		p := &model.Person{}
		if err := json.Unmarshal(doc, p); err != nil {
			return nil, fmt.Errorf("credits: person %s: %w", id, err)
		}
		people[id] = p
	}
	return people, prow.Err()
}
