-- What is known about a country's use of the risk model outside LabourHub's runs (a pilot's experience as a source
-- document reports it), in several languages ({"original":"fr","fr":"…","en":"…"}, see MultilingualTextJson), with
-- the document it comes from.
create table riskmaps.country_note (
    id       bigint generated always as identity primary key,
    country  text    not null check (country ~ '^[A-Z]{2}$'),
    position integer not null default 0,
    text     jsonb   not null,
    source   jsonb   not null
);
create index country_note_country on riskmaps.country_note (country, position);
