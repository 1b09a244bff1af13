package hub

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
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
	args := filterArgs(f, loc)
	t := report.Totals{
		Direction: map[string]int{}, Region: map[string]int{}, Status: map[string]int{}, SDG: map[string]int{},
		Service: map[string]int{}, Planned: map[model.TargetGroup]int{}, Reached: map[model.TargetGroup]int{},
		Months: map[string]report.Month{},
	}
	offices := map[string]*report.OfficeRow{}
	office := func(id string) *report.OfficeRow {
		o := offices[id]
		if o == nil {
			o = &report.OfficeRow{Office: id}
			offices[id] = o
		}
		return o
	}
	q := func(sql string, scan func(rows pgx.Rows) error) error {
		rows, err := tx.Query(ctx, sql, args)
		if err != nil {
			return fmt.Errorf("report: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			if err := scan(rows); err != nil {
				return err
			}
		}
		return rows.Err()
	}
	var origin, a, b, c, d string
	var n, n2 int
	var x float64
	err = q(`SELECT origin, count(*) FROM r_people WHERE `+wherePeople+` GROUP BY origin`, func(r pgx.Rows) error {
		if err := r.Scan(&origin, &n); err != nil {
			return err
		}
		office(origin).People += n
		if f.Office == "" || origin == f.Office {
			t.People += n
		}
		return nil
	})
	if err == nil {
		err = q(`SELECT origin, direction, region, status, archived_from, count(*) FROM r_ideas WHERE `+whereIdeas+
			` GROUP BY 1, 2, 3, 4, 5`, func(r pgx.Rows) error {
			if err := r.Scan(&origin, &a, &b, &c, &d, &n); err != nil {
				return err
			}
			office(origin).Ideas += n
			if f.Office != "" && origin != f.Office {
				return nil
			}
			t.Ideas += n
			t.Direction[a] += n
			t.Region[b] += n
			t.Status[c] += n
			report.AddToFunnel(&t.Funnel, model.IdeaStatus(c), model.IdeaStatus(d), n)
			return nil
		})
	}
	if err == nil {
		err = q(`SELECT g, count(*) FROM r_ideas,
			jsonb_array_elements_text(CASE WHEN jsonb_typeof(doc->'sdgs') = 'array' THEN doc->'sdgs' ELSE '[]' END) g
			WHERE `+whereIdeas+andOffice+` GROUP BY g`, func(r pgx.Rows) error {
			if err := r.Scan(&a, &n); err != nil {
				return err
			}
			t.SDG[a] += n
			return nil
		})
	}
	if err == nil {
		err = q(`SELECT COALESCE(e->>'group', ''), sum(COALESCE((e->>'planned')::bigint, 0)), sum(COALESCE((e->>'reached')::bigint, 0))
			FROM r_ideas, jsonb_array_elements(CASE WHEN jsonb_typeof(doc->'target_groups') = 'array' THEN doc->'target_groups' ELSE '[]' END) e
			WHERE `+whereIdeas+andOffice+` GROUP BY 1`, func(r pgx.Rows) error {
			if err := r.Scan(&a, &n, &n2); err != nil {
				return err
			}
			t.Planned[model.TargetGroup(a)] += n
			t.Reached[model.TargetGroup(a)] += n2
			return nil
		})
	}
	if err == nil {
		err = q(`SELECT origin, count(*) FROM r_consultations WHERE `+wherePlaced+` GROUP BY origin`, func(r pgx.Rows) error {
			if err := r.Scan(&origin, &n); err != nil {
				return err
			}
			office(origin).Consultations += n
			if f.Office == "" || origin == f.Office {
				t.Consultations += n
			}
			return nil
		})
	}
	if err == nil {
		err = q(`SELECT s, count(*) FROM r_consultations,
			jsonb_array_elements_text(CASE WHEN jsonb_typeof(doc->'services') = 'array' THEN doc->'services' ELSE '[]' END) s
			WHERE `+wherePlaced+andOffice+` GROUP BY s`, func(r pgx.Rows) error {
			if err := r.Scan(&a, &n); err != nil {
				return err
			}
			t.Service[a] += n
			return nil
		})
	}
	if err == nil {
		// Visits, and the anonymous ones by age band, service and outcome
		// (Builder.Visit: no breakdown by office).
		t.AgeBand, t.AnonService, t.Outcome = map[string]int{}, map[string]int{}, map[string]int{}
		err = q(`SELECT COALESCE(doc->>'anonymous', '') = 'true', COALESCE(doc->>'age_band', ''),
			COALESCE(doc->>'service', ''), COALESCE(doc->>'outcome', ''), count(*)
			FROM r_visits WHERE `+wherePlaced+andOffice+` GROUP BY 1, 2, 3, 4`, func(r pgx.Rows) error {
			var anonymous bool
			if err := r.Scan(&anonymous, &a, &b, &c, &n); err != nil {
				return err
			}
			t.Visits += n
			if !anonymous {
				return nil
			}
			t.AnonymousVisits += n
			if a == "" {
				a = "unknown" // as the store's report counts them
			}
			if c == "" {
				c = "unknown"
			}
			t.AgeBand[a] += n
			if b != "" {
				t.AnonService[b] += n
			}
			t.Outcome[c] += n
			return nil
		})
	}
	if err == nil {
		// The breakdown: verified hours and volunteers of each office.
		err = q(`SELECT origin, sum(hours), count(DISTINCT person) FROM r_hours WHERE status = 'verified' AND `+wherePlaced+
			` GROUP BY origin`, func(r pgx.Rows) error {
			if err := r.Scan(&origin, &x, &n); err != nil {
				return err
			}
			o := office(origin)
			o.VerifiedHours += x
			o.Volunteers += n
			return nil
		})
	}
	if err == nil {
		err = q(`SELECT COALESCE(sum(hours) FILTER (WHERE status = 'verified'), 0), COALESCE(sum(hours) FILTER (WHERE status = 'pending'), 0),
			count(DISTINCT person) FILTER (WHERE status = 'verified') FROM r_hours WHERE `+wherePlaced+andOffice, func(r pgx.Rows) error {
			return r.Scan(&t.VerifiedHours, &t.PendingHours, &t.Volunteers)
		})
	}
	if err == nil {
		err = q(`SELECT substr(date, 1, 7), sum(hours), count(DISTINCT person) FROM r_hours
			WHERE status = 'verified' AND length(date) >= 7 AND `+wherePlaced+andOffice+` GROUP BY 1`, func(r pgx.Rows) error {
			if err := r.Scan(&a, &x, &n); err != nil {
				return err
			}
			t.Months[a] = report.Month{Month: a, Volunteers: n, VerifiedHours: x}
			return nil
		})
	}
	if err != nil {
		return report.Report{}, err
	}
	names := map[string]string{}
	if err := q(`SELECT id::text, name FROM office_records WHERE NOT deleted`, func(r pgx.Rows) error {
		if err := r.Scan(&a, &b); err != nil {
			return err
		}
		names[a] = b
		return nil
	}); err != nil {
		return report.Report{}, err
	}
	for _, o := range offices {
		o.Name = names[o.Office]
		t.Offices = append(t.Offices, *o)
	}
	return report.Assemble(f, t), nil
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
	rows, err := tx.Query(ctx, `
		SELECT COALESCE(j.canonical::text, h.person_id) AS person, h.doc::text,
			h.status = 'verified' AND EXISTS (SELECT 1 FROM hours_unverified u WHERE u.id = h.id AND u.hlc = h.hlc AND u.origin = h.origin)
		FROM hours h LEFT JOIN person_identity j ON j.id::text = h.person_id
		WHERE NOT h.deleted AND h.status IN ('verified', 'pending')
		ORDER BY person, h.id`)
	if err != nil {
		return nil, fmt.Errorf("credits: %w", err)
	}
	byPerson := map[string][]*model.Hours{}
	var order []string
	for rows.Next() {
		var who, doc string
		var unverified bool
		if err := rows.Scan(&who, &doc, &unverified); err != nil {
			rows.Close()
			return nil, err
		}
		hr := &model.Hours{}
		if err := json.Unmarshal([]byte(doc), hr); err != nil {
			rows.Close()
			return nil, fmt.Errorf("credits: hours: %w", err)
		}
		storage.AsVerifiedHere(map[string]bool{hr.ID: unverified}, hr)
		if _, ok := byPerson[who]; !ok {
			order = append(order, who)
		}
		byPerson[who] = append(byPerson[who], hr)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	people := map[string]*model.Person{}
	if len(order) > 0 {
		prow, err := tx.Query(ctx, "SELECT id::text, doc::text FROM people WHERE id::text = ANY($1)", order)
		if err != nil {
			return nil, err
		}
		for prow.Next() {
			var id, doc string
			if err := prow.Scan(&id, &doc); err != nil {
				prow.Close()
				return nil, err
			}
			p := &model.Person{}
			if err := json.Unmarshal([]byte(doc), p); err != nil {
				prow.Close()
				return nil, fmt.Errorf("credits: person %s: %w", id, err)
			}
			people[id] = p
		}
		prow.Close()
		if err := prow.Err(); err != nil {
			return nil, err
		}
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
