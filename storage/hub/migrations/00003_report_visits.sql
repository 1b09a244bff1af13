-- Visits at the desk for the report (issue 20's anonymous visits): every
-- live visit with its person's place, as r_consultations has it. A visit is
-- about no idea, so it has no direction (a direction filter leaves it out).

-- +goose Up
CREATE VIEW r_visits AS
	SELECT v.origin, v.date, v.doc, COALESCE(k.canonical, v.person_id) AS person,
		COALESCE(p.region, '') AS place_region, ''::text AS place_direction
	FROM visits v
	LEFT JOIN r_canon k ON k.id = v.person_id
	LEFT JOIN r_people p ON p.id = COALESCE(k.canonical, v.person_id) AND p.region <> ''
	WHERE NOT v.deleted;

-- +goose Down
DROP VIEW r_visits;
