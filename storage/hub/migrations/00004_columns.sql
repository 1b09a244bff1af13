-- Loading at bulk speed (issue 22): the per-kind tables keep the columns
-- reports and identity read, computed by the loader from the checked record
-- (storage/hub/columns.go), and no second copy of the JSON: the record's
-- JSON is its winning revision's (revisions.data), read through the view
-- current_docs. References are uuid (NULL for none), so the report views
-- join on the keys' own indexes.

-- +goose Up
DROP VIEW r_visits, r_hours, r_consultations, r_canon, r_ideas, r_people;

ALTER TABLE people ADD COLUMN key_phone text NOT NULL DEFAULT '', ADD COLUMN key_iin text NOT NULL DEFAULT '',
    ADD COLUMN apart text[] NOT NULL DEFAULT '{}';
UPDATE people SET apart = ARRAY(SELECT jsonb_array_elements_text(doc->'apart'))
    WHERE jsonb_typeof(doc->'apart') = 'array';
UPDATE people SET key_phone = phone, key_iin = iin
    WHERE NOT deleted AND merged_into = '' AND consent_withdrawn = '';
ALTER TABLE people DROP COLUMN doc;
CREATE INDEX people_key_phone ON people (key_phone) WHERE key_phone <> '';
CREATE INDEX people_key_iin ON people (key_iin) WHERE key_iin <> '';

ALTER TABLE ideas ADD COLUMN sdgs text[] NOT NULL DEFAULT '{}', ADD COLUMN tg_group text[] NOT NULL DEFAULT '{}',
    ADD COLUMN tg_planned bigint[] NOT NULL DEFAULT '{}', ADD COLUMN tg_reached bigint[] NOT NULL DEFAULT '{}';
UPDATE ideas SET sdgs = ARRAY(SELECT jsonb_array_elements_text(doc->'sdgs')) WHERE jsonb_typeof(doc->'sdgs') = 'array';
UPDATE ideas SET tg_group = ARRAY(SELECT COALESCE(e->>'group', '') FROM jsonb_array_elements(doc->'target_groups') e),
    tg_planned = ARRAY(SELECT COALESCE((e->>'planned')::bigint, 0) FROM jsonb_array_elements(doc->'target_groups') e),
    tg_reached = ARRAY(SELECT COALESCE((e->>'reached')::bigint, 0) FROM jsonb_array_elements(doc->'target_groups') e)
    WHERE jsonb_typeof(doc->'target_groups') = 'array';
ALTER TABLE ideas DROP COLUMN doc;

ALTER TABLE consultations ADD COLUMN services text[] NOT NULL DEFAULT '{}';
UPDATE consultations SET services = ARRAY(SELECT jsonb_array_elements_text(doc->'services'))
    WHERE jsonb_typeof(doc->'services') = 'array';
DROP INDEX consultations_supersedes;
ALTER TABLE consultations DROP COLUMN doc,
    ALTER COLUMN person_id DROP NOT NULL, ALTER COLUMN person_id TYPE uuid USING NULLIF(person_id, '')::uuid,
    ALTER COLUMN idea_id DROP NOT NULL, ALTER COLUMN idea_id TYPE uuid USING NULLIF(idea_id, '')::uuid,
    ALTER COLUMN supersedes DROP NOT NULL, ALTER COLUMN supersedes TYPE uuid USING NULLIF(supersedes, '')::uuid;
CREATE INDEX consultations_supersedes ON consultations (supersedes) WHERE supersedes IS NOT NULL AND NOT deleted;

ALTER TABLE visits ADD COLUMN anonymous boolean NOT NULL DEFAULT false, ADD COLUMN age_band text NOT NULL DEFAULT '',
    ADD COLUMN service text NOT NULL DEFAULT '', ADD COLUMN outcome text NOT NULL DEFAULT '';
UPDATE visits SET anonymous = COALESCE(doc->>'anonymous', '') = 'true', age_band = COALESCE(doc->>'age_band', ''),
    service = COALESCE(doc->>'service', ''), outcome = COALESCE(doc->>'outcome', '');
ALTER TABLE visits DROP COLUMN doc,
    ALTER COLUMN person_id DROP NOT NULL, ALTER COLUMN person_id TYPE uuid USING NULLIF(person_id, '')::uuid;

DROP INDEX hours_person;
ALTER TABLE hours DROP COLUMN doc,
    ALTER COLUMN person_id DROP NOT NULL, ALTER COLUMN person_id TYPE uuid USING NULLIF(person_id, '')::uuid,
    ALTER COLUMN idea_id DROP NOT NULL, ALTER COLUMN idea_id TYPE uuid USING NULLIF(idea_id, '')::uuid;
CREATE INDEX hours_person ON hours (person_id) WHERE NOT deleted;

ALTER TABLE catalogue DROP COLUMN doc;
ALTER TABLE office_records DROP COLUMN doc;

-- Every record's current JSON, for dashboards (docs/hub.md).
CREATE VIEW current_docs AS
    SELECT c.kind, c.id, convert_from(r.data, 'UTF8')::jsonb AS doc, c.conflict, c.changed_at
    FROM records c JOIN revisions r ON r.kind = c.kind AND r.id = c.id AND r.rev = c.rev AND r.hlc = c.hlc AND r.sha = c.sha;

-- The rows a report reads (storage/hub/report.go), joined on uuid keys.
CREATE VIEW r_people AS
    SELECT p.id, p.origin, p.region, p.created_at FROM people p
    WHERE NOT p.deleted AND NOT EXISTS (SELECT 1 FROM person_identity j WHERE j.id = p.id);
CREATE VIEW r_ideas AS
    SELECT i.id, i.origin, i.direction, i.region, i.status, i.archived_from, i.created_at, i.sdgs,
        i.tg_group, i.tg_planned, i.tg_reached
    FROM ideas i WHERE NOT i.deleted;
CREATE VIEW r_consultations AS
    SELECT c.origin, c.date, c.services, COALESCE(k.canonical, c.person_id) AS person,
        CASE WHEN i.id IS NOT NULL THEN i.region ELSE COALESCE(p.region, '') END AS place_region,
        CASE WHEN i.id IS NOT NULL THEN i.direction ELSE '' END AS place_direction
    FROM consultations c
    LEFT JOIN person_identity k ON k.id = c.person_id
    LEFT JOIN ideas i ON i.id = c.idea_id AND NOT i.deleted
    LEFT JOIN r_people p ON p.id = COALESCE(k.canonical, c.person_id) AND p.region <> ''
    WHERE NOT c.deleted AND NOT EXISTS (
        SELECT 1 FROM consultations s WHERE NOT s.deleted AND s.supersedes = c.id);
CREATE VIEW r_visits AS
    SELECT v.origin, v.date, v.anonymous, v.age_band, v.service, v.outcome, COALESCE(k.canonical, v.person_id) AS person,
        COALESCE(p.region, '') AS place_region, ''::text AS place_direction
    FROM visits v
    LEFT JOIN person_identity k ON k.id = v.person_id
    LEFT JOIN r_people p ON p.id = COALESCE(k.canonical, v.person_id) AND p.region <> ''
    WHERE NOT v.deleted;
CREATE VIEW r_hours AS
    SELECT h.origin, h.date, h.hours, COALESCE(k.canonical, h.person_id) AS person,
        CASE WHEN h.status = 'verified' AND EXISTS (
            SELECT 1 FROM hours_unverified u WHERE u.id = h.id AND u.hlc = h.hlc AND u.origin = h.origin)
            THEN 'pending' ELSE h.status END AS status,
        CASE WHEN i.id IS NOT NULL THEN i.region ELSE COALESCE(p.region, '') END AS place_region,
        CASE WHEN i.id IS NOT NULL THEN i.direction ELSE '' END AS place_direction
    FROM hours h
    LEFT JOIN person_identity k ON k.id = h.person_id
    LEFT JOIN ideas i ON i.id = h.idea_id AND NOT i.deleted
    LEFT JOIN r_people p ON p.id = COALESCE(k.canonical, h.person_id) AND p.region <> ''
    WHERE NOT h.deleted;

-- +goose Down
SELECT 'the hub cannot go back before 00004: load its bundles again into an empty database';
