-- The rows a report reads (storage/hub/report.go): the winners that count,
-- each with what the report's filters look at.

-- +goose Up
CREATE VIEW r_people AS
	SELECT p.id::text AS id, p.origin, p.region, p.created_at FROM people p
	WHERE NOT p.deleted AND NOT EXISTS (SELECT 1 FROM person_identity j WHERE j.id = p.id);
CREATE VIEW r_ideas AS
	SELECT i.id::text AS id, i.origin, i.direction, i.region, i.status, i.archived_from, i.created_at, i.doc
	FROM ideas i WHERE NOT i.deleted;
CREATE VIEW r_canon AS
	SELECT j.id::text AS id, j.canonical::text AS canonical FROM person_identity j;
CREATE VIEW r_consultations AS
	SELECT c.origin, c.date, c.doc, COALESCE(k.canonical, c.person_id) AS person,
		CASE WHEN i.id IS NOT NULL THEN i.region ELSE COALESCE(p.region, '') END AS place_region,
		CASE WHEN i.id IS NOT NULL THEN i.direction ELSE '' END AS place_direction
	FROM consultations c
	LEFT JOIN r_canon k ON k.id = c.person_id
	LEFT JOIN r_ideas i ON c.idea_id <> '' AND i.id = c.idea_id
	LEFT JOIN r_people p ON p.id = COALESCE(k.canonical, c.person_id) AND p.region <> ''
	WHERE NOT c.deleted AND NOT EXISTS (
		SELECT 1 FROM consultations s WHERE NOT s.deleted AND s.supersedes = c.id::text);
CREATE VIEW r_hours AS
	SELECT h.origin, h.date, h.hours, COALESCE(k.canonical, h.person_id) AS person,
		CASE WHEN h.status = 'verified' AND EXISTS (
			SELECT 1 FROM hours_unverified u WHERE u.id = h.id AND u.hlc = h.hlc AND u.origin = h.origin)
			THEN 'pending' ELSE h.status END AS status,
		CASE WHEN i.id IS NOT NULL THEN i.region ELSE COALESCE(p.region, '') END AS place_region,
		CASE WHEN i.id IS NOT NULL THEN i.direction ELSE '' END AS place_direction
	FROM hours h
	LEFT JOIN r_canon k ON k.id = h.person_id
	LEFT JOIN r_ideas i ON h.idea_id <> '' AND i.id = h.idea_id
	LEFT JOIN r_people p ON p.id = COALESCE(k.canonical, h.person_id) AND p.region <> ''
	WHERE NOT h.deleted;

-- +goose Down
DROP VIEW r_hours, r_consultations, r_canon, r_ideas, r_people;
