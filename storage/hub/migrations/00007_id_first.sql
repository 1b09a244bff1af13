-- The primary keys of revisions and records with the id first (issue 22):
-- a bulk load builds them by sorting every row, and a sort led by the kind
-- (a handful of values) compares most rows column by column, while one led
-- by the uuid is decided by its first bytes (abbreviated keys): the build
-- of revisions' key took a quarter of the server time it did. Every look-up
-- names both kind and id, so either order serves it. A bulk load stopped
-- with the keys dropped (hub_meta 'bulk_indexes') gets the new order when
-- it is finished.

-- +goose Up
-- +goose StatementBegin
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'revisions_pkey' AND conrelid = 'revisions'::regclass) THEN
        ALTER TABLE revisions DROP CONSTRAINT revisions_pkey;
        ALTER TABLE revisions ADD CONSTRAINT revisions_pkey PRIMARY KEY (id, kind, rev, hlc, sha);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'records_pkey' AND conrelid = 'records'::regclass) THEN
        ALTER TABLE records DROP CONSTRAINT records_pkey;
        ALTER TABLE records ADD CONSTRAINT records_pkey PRIMARY KEY (id, kind);
    END IF;
    UPDATE hub_meta SET value = convert_to(replace(replace(convert_from(value, 'UTF8'),
        'PRIMARY KEY (kind, id, rev, hlc, sha)', 'PRIMARY KEY (id, kind, rev, hlc, sha)'),
        'PRIMARY KEY (kind, id)', 'PRIMARY KEY (id, kind)'), 'UTF8')
    WHERE key = 'bulk_indexes';
END $$;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'revisions_pkey' AND conrelid = 'revisions'::regclass) THEN
        ALTER TABLE revisions DROP CONSTRAINT revisions_pkey;
        ALTER TABLE revisions ADD CONSTRAINT revisions_pkey PRIMARY KEY (kind, id, rev, hlc, sha);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'records_pkey' AND conrelid = 'records'::regclass) THEN
        ALTER TABLE records DROP CONSTRAINT records_pkey;
        ALTER TABLE records ADD CONSTRAINT records_pkey PRIMARY KEY (kind, id);
    END IF;
    UPDATE hub_meta SET value = convert_to(replace(replace(convert_from(value, 'UTF8'),
        'PRIMARY KEY (id, kind, rev, hlc, sha)', 'PRIMARY KEY (kind, id, rev, hlc, sha)'),
        'PRIMARY KEY (id, kind)', 'PRIMARY KEY (kind, id)'), 'UTF8')
    WHERE key = 'bulk_indexes';
END $$;
-- +goose StatementEnd
