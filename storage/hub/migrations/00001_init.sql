-- The regional hub's tables (docs/hub.md). Every revision a bundle brought
-- is in revisions; records names each record's winner (the same clock order
-- as an office's store: hlc, then origin, then the content's SHA-256); the
-- per-kind tables hold the winner's JSON and the columns reports need.

-- +goose Up
CREATE TABLE hub_meta (
    key   text PRIMARY KEY,
    value bytea NOT NULL
);

-- Offices whose keys the hub trusts (hub import --trust), and their last bundle.
CREATE TABLE offices (
    id          text COLLATE "C" PRIMARY KEY,
    name        text NOT NULL DEFAULT '',
    key         text NOT NULL,
    fingerprint text NOT NULL,
    trusted_at  timestamptz NOT NULL,
    last_import timestamptz,
    last_bundle timestamptz,
    last_sha256 text
);

-- Bundles loaded, by their trailer's hash.
CREATE TABLE bundles (
    sha256      text PRIMARY KEY,
    origin      text COLLATE "C" NOT NULL,
    created_at  timestamptz NOT NULL,
    imported_at timestamptz NOT NULL,
    records     integer NOT NULL
);

-- Every revision of every record: the history and the current ones.
CREATE TABLE revisions (
    kind     text COLLATE "C" NOT NULL,
    id       uuid NOT NULL,
    rev      bigint NOT NULL,
    base_rev bigint NOT NULL,
    hlc      bigint NOT NULL,
    origin   text COLLATE "C" NOT NULL,
    sha      bytea NOT NULL, -- SHA-256 of the revision's canonical JSON as it first arrived
    deleted  boolean NOT NULL,
    data     bytea NOT NULL, -- the canonical JSON (erased in place after a withdrawal)
    PRIMARY KEY (kind, id, rev, hlc, sha)
);

-- Each record's winning revision, and whether it is in conflict.
CREATE TABLE records (
    kind       text COLLATE "C" NOT NULL,
    id         uuid NOT NULL,
    rev        bigint NOT NULL,
    base_rev   bigint NOT NULL,
    hlc        bigint NOT NULL,
    origin     text COLLATE "C" NOT NULL,
    sha        bytea NOT NULL,
    conflict   boolean NOT NULL DEFAULT false,
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX records_changed ON records (changed_at);
CREATE INDEX records_conflict ON records (kind, id) WHERE conflict;

CREATE TABLE people (
    id                uuid PRIMARY KEY,
    origin            text COLLATE "C" NOT NULL,
    deleted           boolean NOT NULL,
    region            text NOT NULL,
    created_at        timestamptz,
    phone             text NOT NULL,
    iin               text NOT NULL,
    merged_into       text NOT NULL,
    consent_withdrawn text NOT NULL,
    doc               jsonb NOT NULL
);
CREATE INDEX people_region ON people (region) WHERE NOT deleted;
CREATE INDEX people_phone ON people (phone) WHERE phone <> '';
CREATE INDEX people_iin ON people (iin) WHERE iin <> '';

CREATE TABLE ideas (
    id            uuid PRIMARY KEY,
    origin        text COLLATE "C" NOT NULL,
    deleted       boolean NOT NULL,
    direction     text NOT NULL,
    region        text NOT NULL,
    status        text NOT NULL,
    archived_from text NOT NULL,
    created_at    timestamptz,
    doc           jsonb NOT NULL
);
CREATE INDEX ideas_region ON ideas (region) WHERE NOT deleted;

CREATE TABLE consultations (
    id         uuid PRIMARY KEY,
    origin     text COLLATE "C" NOT NULL,
    deleted    boolean NOT NULL,
    date       text NOT NULL,
    person_id  text NOT NULL,
    idea_id    text NOT NULL,
    supersedes text NOT NULL,
    doc        jsonb NOT NULL
);
CREATE INDEX consultations_supersedes ON consultations (supersedes) WHERE supersedes <> '' AND NOT deleted;

CREATE TABLE visits (
    id        uuid PRIMARY KEY,
    origin    text COLLATE "C" NOT NULL,
    deleted   boolean NOT NULL,
    date      text NOT NULL,
    person_id text NOT NULL,
    doc       jsonb NOT NULL
);

CREATE TABLE hours (
    id        uuid PRIMARY KEY,
    origin    text COLLATE "C" NOT NULL,
    deleted   boolean NOT NULL,
    hlc       bigint NOT NULL,
    person_id text NOT NULL,
    idea_id   text NOT NULL,
    date      text NOT NULL,
    hours     double precision NOT NULL,
    status    text NOT NULL,
    doc       jsonb NOT NULL
);
CREATE INDEX hours_person ON hours (person_id) WHERE NOT deleted;

CREATE TABLE catalogue (
    id      uuid PRIMARY KEY,
    origin  text COLLATE "C" NOT NULL,
    deleted boolean NOT NULL,
    doc     jsonb NOT NULL
);

-- The office records the bundles carry (name, region), beside the keys.
CREATE TABLE office_records (
    id      uuid PRIMARY KEY,
    origin  text COLLATE "C" NOT NULL,
    deleted boolean NOT NULL,
    name    text NOT NULL,
    region  text NOT NULL,
    doc     jsonb NOT NULL
);

-- One person across offices (model.Group): every joined record that is not
-- its group's earliest, and the earliest it counts under.
CREATE TABLE person_identity (
    id        uuid PRIMARY KEY,
    canonical uuid NOT NULL
);
-- Pairs on one phone under two different IINs, for a consultant to look at.
CREATE TABLE possible_duplicates (
    a uuid NOT NULL,
    b uuid NOT NULL,
    PRIMARY KEY (a, b)
);

-- Hours verified at another office whose revision came listed as not
-- verified there: while it is the entry's current revision it counts as pending.
CREATE TABLE hours_unverified (
    id     uuid PRIMARY KEY,
    hlc    bigint NOT NULL,
    origin text COLLATE "C" NOT NULL
);

-- +goose Down
DROP TABLE hours_unverified, possible_duplicates, person_identity, office_records, catalogue, hours, visits,
    consultations, ideas, people, records, revisions, bundles, offices, hub_meta;
