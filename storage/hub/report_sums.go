package hub

import (
	"frontoffice/model"

	"github.com/jackc/pgx/v5"
)

// The report from the sums kept at load time (migration 00006): the same
// figures as the full queries of report.go, read from a few thousand rows
// instead of every record. A sum keeps no creation day or date, nor a
// consultation's or visit's place, so a report with dates reads the full
// queries, and one with a region or direction does for consultations and
// visits (TestReportSumsSameAsFull holds the two to each other).

// sums is whether a part of this report may read the kept sums: placed, a
// part whose region and direction are its record's place (consultations,
// visits).
func (r *reportRun) sums(placed bool) bool {
	if r.full || r.f.From != "" || r.f.To != "" {
		return false
	}
	return !placed || (r.f.Region == "" && r.f.Direction == "")
}

// peopleSumsSQL is r_people by office: every live person, less those
// joined into another (person_identity: few).
const peopleSumsSQL = `SELECT origin, sum(n)::bigint FROM (
		SELECT origin, n FROM s_people WHERE @region = '' OR region = @region
		UNION ALL
		SELECT p.origin, -1 FROM person_identity j JOIN people p ON p.id = j.id
		WHERE NOT p.deleted AND (@region = '' OR p.region = @region)) x
	GROUP BY origin HAVING sum(n) > 0`

// ideasSumsSQL is the ideas part's query (report.go ideas) over s_ideas.
const ideasSumsSQL = `SELECT origin, direction, region, status, archived_from,
		(CASE WHEN GROUPING(origin) = 0 THEN sum(n) ELSE COALESCE(sum(n) FILTER (WHERE @office = '' OR origin = @office), 0) END)::bigint
	FROM s_ideas WHERE (@region = '' OR region = @region) AND (@direction = '' OR direction = @direction)
	GROUP BY GROUPING SETS ((origin), (direction, region, status, archived_from)) HAVING sum(n) > 0`

const whereSums = `(@region = '' OR region = @region) AND (@direction = '' OR direction = @direction)
	AND (@office = '' OR origin = @office)`

// ideaListsSums counts the ideas' goals and target groups from
// s_idea_sdgs and s_idea_groups.
func (r *reportRun) ideaListsSums(tx pgx.Tx) error {
	var g string
	var n, p, x int
	err := r.q(tx, `SELECT sdg, sum(n)::bigint FROM s_idea_sdgs WHERE `+whereSums+` GROUP BY sdg HAVING sum(n) > 0`,
		func(rows pgx.Rows) error {
			if err := rows.Scan(&g, &n); err != nil {
				return err
			}
			r.t.SDG[g] += n
			return nil
		})
	if err != nil {
		return err
	}
	return r.q(tx, `SELECT grp, sum(planned)::bigint, sum(reached)::bigint FROM s_idea_groups WHERE `+whereSums+`
		GROUP BY grp HAVING sum(n) > 0`, func(rows pgx.Rows) error {
		if err := rows.Scan(&g, &p, &x); err != nil {
			return err
		}
		r.t.Planned[model.TargetGroup(g)] += p
		r.t.Reached[model.TargetGroup(g)] += x
		return nil
	})
}

// consultationsSumsSQL is, by office, the live consultations (service ”,
// is_service false) and their services, less those a live correction
// supersedes (found by consultations_supersedes: few).
const consultationsSumsSQL = `WITH sup AS MATERIALIZED (
		SELECT c.origin, c.services FROM consultations c WHERE NOT c.deleted AND c.id IN (
			SELECT s.supersedes FROM consultations s WHERE s.supersedes IS NOT NULL AND NOT s.deleted))
	SELECT origin, false, '', sum(n)::bigint FROM (
		SELECT origin, n FROM s_consultations UNION ALL SELECT origin, -1 FROM sup) x
	GROUP BY origin HAVING sum(n) > 0
	UNION ALL
	SELECT origin, true, service, sum(n)::bigint FROM (
		SELECT origin, service, n FROM s_consultation_services
		UNION ALL SELECT origin, v, -1 FROM sup, unnest(services) AS v) x
	GROUP BY origin, service HAVING sum(n) > 0`

func (r *reportRun) consultationsSums(tx pgx.Tx) error {
	var origin, service string
	var isService bool
	var n int
	return r.q(tx, consultationsSumsSQL, func(rows pgx.Rows) error {
		if err := rows.Scan(&origin, &isService, &service, &n); err != nil {
			return err
		}
		switch {
		case !isService:
			r.office(origin).Consultations += n
			if r.mine(origin) {
				r.t.Consultations += n
			}
		case r.mine(origin):
			r.t.Service[service] += n
		}
		return nil
	})
}

// visitsSumsSQL is the visits part's query (report.go visits) over s_visits.
const visitsSumsSQL = `SELECT anonymous, age_band, service, outcome, sum(n)::bigint FROM s_visits
	WHERE @office = '' OR origin = @office GROUP BY 1, 2, 3, 4 HAVING sum(n) > 0`
