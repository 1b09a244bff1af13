-- The report's sums kept at load time (issue 22: hub report over 200
-- offices in under 2 s): for each office, the counts the report adds up,
-- kept by statement triggers on the tables they count, in the transaction
-- that changes the rows (a bundle's COPY, merge, erasure or upsert alike).
-- storage/hub/report.go reads them when the report's filter allows (no
-- dates; consultations and visits also no region or direction) and the full
-- query otherwise. What they cannot keep is taken off at report time from
-- the few rows concerned: people joined into another (person_identity),
-- consultations superseded by a correction. A row's count may fall to 0;
-- the report leaves such rows out.

-- +goose Up
CREATE TABLE s_people (
    origin text COLLATE "C" NOT NULL,
    region text NOT NULL,
    n      bigint NOT NULL,
    PRIMARY KEY (origin, region)
);
CREATE TABLE s_ideas (
    origin        text COLLATE "C" NOT NULL,
    direction     text NOT NULL,
    region        text NOT NULL,
    status        text NOT NULL,
    archived_from text NOT NULL,
    n             bigint NOT NULL,
    PRIMARY KEY (origin, direction, region, status, archived_from)
);
CREATE TABLE s_idea_sdgs (
    origin    text COLLATE "C" NOT NULL,
    direction text NOT NULL,
    region    text NOT NULL,
    sdg       text NOT NULL,
    n         bigint NOT NULL,
    PRIMARY KEY (origin, direction, region, sdg)
);
CREATE TABLE s_idea_groups (
    origin    text COLLATE "C" NOT NULL,
    direction text NOT NULL,
    region    text NOT NULL,
    grp       text NOT NULL,
    n         bigint NOT NULL,
    planned   bigint NOT NULL,
    reached   bigint NOT NULL,
    PRIMARY KEY (origin, direction, region, grp)
);
CREATE TABLE s_consultations (
    origin text COLLATE "C" PRIMARY KEY,
    n      bigint NOT NULL
);
CREATE TABLE s_consultation_services (
    origin  text COLLATE "C" NOT NULL,
    service text NOT NULL,
    n       bigint NOT NULL,
    PRIMARY KEY (origin, service)
);
CREATE TABLE s_visits (
    origin    text COLLATE "C" NOT NULL,
    anonymous boolean NOT NULL,
    age_band  text NOT NULL,
    service   text NOT NULL,
    outcome   text NOT NULL,
    n         bigint NOT NULL,
    PRIMARY KEY (origin, anonymous, age_band, service, outcome)
);

-- Each function takes the rows a statement removed (old_rows, -1) and
-- those it wrote (new_rows, +1); an UPDATE does both. A bundle of records
-- all new to the hub is counted by its loader instead (frontoffice.sums
-- set to 'loader' for its COPYs: report_sums_load.go).
-- +goose StatementBegin
CREATE FUNCTION s_people_keep() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF current_setting('frontoffice.sums', true) = 'loader' THEN
        RETURN NULL; -- counted by the loader (report_sums_load.go)
    END IF;
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO s_people AS s SELECT origin, region, -count(*) FROM old_rows WHERE NOT deleted GROUP BY 1, 2
            ON CONFLICT (origin, region) DO UPDATE SET n = s.n + EXCLUDED.n;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO s_people AS s SELECT origin, region, count(*) FROM new_rows WHERE NOT deleted GROUP BY 1, 2
            ON CONFLICT (origin, region) DO UPDATE SET n = s.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION s_ideas_keep() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF current_setting('frontoffice.sums', true) = 'loader' THEN
        RETURN NULL; -- counted by the loader (report_sums_load.go)
    END IF;
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO s_ideas AS s SELECT origin, direction, region, status, archived_from, -count(*)
            FROM old_rows WHERE NOT deleted GROUP BY 1, 2, 3, 4, 5
            ON CONFLICT (origin, direction, region, status, archived_from) DO UPDATE SET n = s.n + EXCLUDED.n;
        INSERT INTO s_idea_sdgs AS s SELECT origin, direction, region, g, -count(*)
            FROM old_rows, unnest(sdgs) AS g WHERE NOT deleted GROUP BY 1, 2, 3, 4
            ON CONFLICT (origin, direction, region, sdg) DO UPDATE SET n = s.n + EXCLUDED.n;
        INSERT INTO s_idea_groups AS s SELECT origin, direction, region, COALESCE(t.g, ''), -count(*),
                -COALESCE(sum(t.p), 0), -COALESCE(sum(t.x), 0)
            FROM old_rows, unnest(tg_group, tg_planned, tg_reached) AS t(g, p, x) WHERE NOT deleted GROUP BY 1, 2, 3, 4
            ON CONFLICT (origin, direction, region, grp) DO UPDATE
            SET n = s.n + EXCLUDED.n, planned = s.planned + EXCLUDED.planned, reached = s.reached + EXCLUDED.reached;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO s_ideas AS s SELECT origin, direction, region, status, archived_from, count(*)
            FROM new_rows WHERE NOT deleted GROUP BY 1, 2, 3, 4, 5
            ON CONFLICT (origin, direction, region, status, archived_from) DO UPDATE SET n = s.n + EXCLUDED.n;
        INSERT INTO s_idea_sdgs AS s SELECT origin, direction, region, g, count(*)
            FROM new_rows, unnest(sdgs) AS g WHERE NOT deleted GROUP BY 1, 2, 3, 4
            ON CONFLICT (origin, direction, region, sdg) DO UPDATE SET n = s.n + EXCLUDED.n;
        INSERT INTO s_idea_groups AS s SELECT origin, direction, region, COALESCE(t.g, ''), count(*),
                COALESCE(sum(t.p), 0), COALESCE(sum(t.x), 0)
            FROM new_rows, unnest(tg_group, tg_planned, tg_reached) AS t(g, p, x) WHERE NOT deleted GROUP BY 1, 2, 3, 4
            ON CONFLICT (origin, direction, region, grp) DO UPDATE
            SET n = s.n + EXCLUDED.n, planned = s.planned + EXCLUDED.planned, reached = s.reached + EXCLUDED.reached;
    END IF;
    RETURN NULL;
END $$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION s_consultations_keep() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF current_setting('frontoffice.sums', true) = 'loader' THEN
        RETURN NULL; -- counted by the loader (report_sums_load.go)
    END IF;
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO s_consultations AS s SELECT origin, -count(*) FROM old_rows WHERE NOT deleted GROUP BY 1
            ON CONFLICT (origin) DO UPDATE SET n = s.n + EXCLUDED.n;
        INSERT INTO s_consultation_services AS s SELECT origin, v, -count(*)
            FROM old_rows, unnest(services) AS v WHERE NOT deleted GROUP BY 1, 2
            ON CONFLICT (origin, service) DO UPDATE SET n = s.n + EXCLUDED.n;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO s_consultations AS s SELECT origin, count(*) FROM new_rows WHERE NOT deleted GROUP BY 1
            ON CONFLICT (origin) DO UPDATE SET n = s.n + EXCLUDED.n;
        INSERT INTO s_consultation_services AS s SELECT origin, v, count(*)
            FROM new_rows, unnest(services) AS v WHERE NOT deleted GROUP BY 1, 2
            ON CONFLICT (origin, service) DO UPDATE SET n = s.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION s_visits_keep() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF current_setting('frontoffice.sums', true) = 'loader' THEN
        RETURN NULL; -- counted by the loader (report_sums_load.go)
    END IF;
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO s_visits AS s SELECT origin, anonymous, age_band, service, outcome, -count(*)
            FROM old_rows WHERE NOT deleted GROUP BY 1, 2, 3, 4, 5
            ON CONFLICT (origin, anonymous, age_band, service, outcome) DO UPDATE SET n = s.n + EXCLUDED.n;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO s_visits AS s SELECT origin, anonymous, age_band, service, outcome, count(*)
            FROM new_rows WHERE NOT deleted GROUP BY 1, 2, 3, 4, 5
            ON CONFLICT (origin, anonymous, age_band, service, outcome) DO UPDATE SET n = s.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;
-- +goose StatementEnd

CREATE TRIGGER s_people_ins AFTER INSERT ON people REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION s_people_keep();
CREATE TRIGGER s_people_upd AFTER UPDATE ON people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION s_people_keep();
CREATE TRIGGER s_people_del AFTER DELETE ON people REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION s_people_keep();
CREATE TRIGGER s_ideas_ins AFTER INSERT ON ideas REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION s_ideas_keep();
CREATE TRIGGER s_ideas_upd AFTER UPDATE ON ideas REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION s_ideas_keep();
CREATE TRIGGER s_ideas_del AFTER DELETE ON ideas REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION s_ideas_keep();
CREATE TRIGGER s_consultations_ins AFTER INSERT ON consultations REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION s_consultations_keep();
CREATE TRIGGER s_consultations_upd AFTER UPDATE ON consultations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION s_consultations_keep();
CREATE TRIGGER s_consultations_del AFTER DELETE ON consultations REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION s_consultations_keep();
CREATE TRIGGER s_visits_ins AFTER INSERT ON visits REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION s_visits_keep();
CREATE TRIGGER s_visits_upd AFTER UPDATE ON visits REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION s_visits_keep();
CREATE TRIGGER s_visits_del AFTER DELETE ON visits REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION s_visits_keep();

-- The sums of what a hub already holds (the triggers keep them from here).
INSERT INTO s_people SELECT origin, region, count(*) FROM people WHERE NOT deleted GROUP BY 1, 2;
INSERT INTO s_ideas SELECT origin, direction, region, status, archived_from, count(*) FROM ideas WHERE NOT deleted
    GROUP BY 1, 2, 3, 4, 5;
INSERT INTO s_idea_sdgs SELECT origin, direction, region, g, count(*) FROM ideas, unnest(sdgs) AS g WHERE NOT deleted
    GROUP BY 1, 2, 3, 4;
INSERT INTO s_idea_groups SELECT origin, direction, region, COALESCE(t.g, ''), count(*), COALESCE(sum(t.p), 0),
    COALESCE(sum(t.x), 0) FROM ideas, unnest(tg_group, tg_planned, tg_reached) AS t(g, p, x) WHERE NOT deleted
    GROUP BY 1, 2, 3, 4;
INSERT INTO s_consultations SELECT origin, count(*) FROM consultations WHERE NOT deleted GROUP BY 1;
INSERT INTO s_consultation_services SELECT origin, v, count(*) FROM consultations, unnest(services) AS v
    WHERE NOT deleted GROUP BY 1, 2;
INSERT INTO s_visits SELECT origin, anonymous, age_band, service, outcome, count(*) FROM visits WHERE NOT deleted
    GROUP BY 1, 2, 3, 4, 5;

-- +goose Down
DROP TABLE s_people, s_ideas, s_idea_sdgs, s_idea_groups, s_consultations, s_consultation_services, s_visits;
DROP FUNCTION s_people_keep, s_ideas_keep, s_consultations_keep, s_visits_keep CASCADE;
