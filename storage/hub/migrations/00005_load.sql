-- Loading at bulk speed (issue 22): the phone and IIN indexes of people
-- served no query (identity joins on key_phone and key_iin), and each cost
-- every person loaded two more index entries.

-- +goose Up
DROP INDEX IF EXISTS people_phone;
DROP INDEX IF EXISTS people_iin;

-- +goose Down
CREATE INDEX people_phone ON people (phone) WHERE phone <> '';
CREATE INDEX people_iin ON people (iin) WHERE iin <> '';
