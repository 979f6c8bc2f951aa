-- A government focal point's change of its country's profile, kept apart from the published profile (the columns
-- of directory.country) until the secretariat validates and publishes it: draft → submitted → validated →
-- published, or sent back to draft with a comment. The secretariat's own edits publish directly.
create table directory.country_revision (
    id                 bigint generated always as identity primary key,
    country_iso2       char(2)     not null references directory.country on delete cascade,
    summary            jsonb,
    labour_ministry_id bigint,
    state              text        not null check (state in ('DRAFT', 'SUBMITTED', 'VALIDATED', 'PUBLISHED')),
    -- the version of the published profile the change was written against
    based_on           integer     not null,
    written_by         text        not null,
    written_at         timestamptz not null default now(),
    submitted_at       timestamptz,
    reviewed_by        text,
    reviewed_at        timestamptz,
    review_comment     text check (length(review_comment) between 1 and 2000),
    version            integer     not null default 0
);
-- one change at a time per country: the one a focal point is writing or the secretariat is validating
create unique index country_revision_one_open on directory.country_revision (country_iso2)
    where state <> 'PUBLISHED';
create index country_revision_state on directory.country_revision (state, submitted_at);
