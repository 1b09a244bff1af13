-- A revision names the one it started from by clock too (base_hlc, in its
-- JSON; docs/bundle.md): the conflict rule of storage/sync_lineage.go, here
-- for the hub. A record is in conflict when a revision other than its
-- winner is neither on the winner's lineage nor covered by it. The number
-- rule (a revision above the winner's base_rev) stays in the statements
-- that set the flag, where it is a key look-up; lineage_conflict adds the
-- rest, and only for a winner whose JSON names its base by clock.

-- +goose Up
-- +goose StatementBegin
-- base_hlc is a revision's base_hlc, 0 when its JSON has none. The key can
-- only be a key: a quote inside a JSON string is escaped.
CREATE FUNCTION base_hlc(data bytea) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT COALESCE((regexp_match(convert_from(data, 'UTF8'), '"base_hlc":([0-9]+)'))[1]::bigint, 0)
$$;
-- +goose StatementEnd

-- +goose StatementBegin
-- lineage_conflict tells whether record (k, i), whose winner started from
-- rev brev and has the JSON wdata, has a revision at or below brev that is
-- neither on the winner's lineage nor covered by it. The walk goes through
-- the record's revisions while one names its base by clock; a parent the
-- hub does not hold covers the revisions below it; one that names its base
-- by number only covers every revision up to that number.
CREATE FUNCTION lineage_conflict(k text, i uuid, brev bigint, wdata bytea) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
DECLARE
    revs   bigint[] := '{}';
    hlcs   bigint[] := '{}';
    at_rev bigint := brev;
    at_hlc bigint := base_hlc(wdata);
    below  bigint;
    cover  bigint;
    p_rev  bigint;
    p_data bytea;
BEGIN
    IF at_hlc = 0 THEN
        RETURN false; -- the number rule alone, which the caller applied
    END IF;
    SELECT min(r.rev) INTO below FROM revisions r WHERE r.kind = k AND r.id = i;
    LOOP
        revs := revs || at_rev;
        hlcs := hlcs || at_hlc;
        IF below IS NULL OR at_rev <= below THEN
            cover := 0; -- nothing lower left to place
            EXIT;
        END IF;
        SELECT r.base_rev, r.data INTO p_rev, p_data FROM revisions r
        WHERE r.kind = k AND r.id = i AND r.rev = at_rev AND r.hlc = at_hlc LIMIT 1;
        IF NOT FOUND THEN
            cover := at_rev - 1; -- known by its number and clock only
            EXIT;
        END IF;
        at_hlc := base_hlc(p_data);
        IF at_hlc = 0 OR p_rev >= at_rev THEN
            cover := least(p_rev, at_rev - 1);
            EXIT;
        END IF;
        at_rev := p_rev;
    END LOOP;
    RETURN EXISTS (SELECT 1 FROM revisions r
        WHERE r.kind = k AND r.id = i AND r.rev > cover AND r.rev <= brev
        AND NOT EXISTS (SELECT 1 FROM unnest(revs, hlcs) AS l(rev, hlc) WHERE l.rev = r.rev AND l.hlc = r.hlc));
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION lineage_conflict(text, uuid, bigint, bytea);
DROP FUNCTION base_hlc(bytea);
