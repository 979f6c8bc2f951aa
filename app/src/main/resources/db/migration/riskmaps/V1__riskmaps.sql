create schema if not exists riskmaps;

-- Countries are ISO 3166-1 alpha-2 codes (the directory's); people are usernames (the accounts module's).
-- Territory codes are the data's own codes, compared as text (first-level units in the demo: ISO 3166-2).

-- A file of microdata or of territory indicators, kept in the data folder until its uploader or the secretariat
-- deletes it; its variables' summary and its checksum stay, so that runs made from it remain described.
create table riskmaps.dataset (
    id            bigint generated always as identity primary key,
    country       text        not null check (country ~ '^[A-Z]{2}$'),
    kind          text        not null check (kind in ('SURVEY', 'CENSUS', 'INDICATORS', 'OBSERVED')),
    name          text        not null check (length(name) between 1 and 200),
    round         text,
    format        text        not null check (format in ('CSV', 'XLSX', 'DTA', 'SAV')),
    original_name text        not null,
    -- where the uploaded file lies, relative to the datasets folder; null once the microdata is deleted
    stored_file   text,
    -- the file converted to the engine's CSV (UTF-8, comma), relative to the datasets folder
    engine_file   text,
    bytes         bigint      not null check (bytes >= 0),
    sha256        text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    rows          bigint      not null check (rows >= 0),
    -- [{name, label, kind, missing, examples[], min, max, valueLabels{}}] as read from the file
    variables     jsonb       not null,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null default now(),
    deleted_by    text,
    deleted_at    timestamptz,
    version       integer     not null default 0,
    check ((deleted_at is null) = (deleted_by is null)),
    check (deleted_at is null or (stored_file is null and engine_file is null))
);
create index dataset_country on riskmaps.dataset (country, kind);

-- Which variable of a file plays which part in the model; saved by name per country to be used again with the next
-- round of the same survey or census.
create table riskmaps.mapping (
    id         bigint generated always as identity primary key,
    country    text        not null check (country ~ '^[A-Z]{2}$'),
    kind       text        not null check (kind in ('SURVEY', 'CENSUS')),
    name       text        not null check (length(name) between 1 and 200),
    -- {"role": "variable", …} for the single roles; {"male": "1", "female": "2"} codes of sex
    roles      jsonb       not null,
    -- [{"variable", "categorical", "reference", "profile", "labels": {"es": …}}] in the model's order
    covariates jsonb       not null,
    saved_by   text        not null,
    saved_at   timestamptz not null default now(),
    version    integer     not null default 0,
    unique (country, kind, name)
);

-- A country's statistical definition of child labour, named and saved; the ILO values are the defaults.
create table riskmaps.definition (
    id               bigint generated always as identity primary key,
    country          text          not null check (country ~ '^[A-Z]{2}$'),
    name             text          not null check (length(name) between 1 and 200),
    min_age          integer       not null,
    young_max_age    integer       not null,
    middle_max_age   integer       not null,
    max_age          integer       not null,
    young_min_hours  numeric(5, 2) not null,
    middle_min_hours numeric(5, 2) not null,
    oldest_max_hours numeric(5, 2) not null,
    count_chores     boolean       not null,
    chores_max_hours numeric(5, 2) not null,
    saved_by         text          not null,
    saved_at         timestamptz   not null default now(),
    version          integer       not null default 0,
    unique (country, name),
    check (0 <= min_age and min_age <= young_max_age and young_max_age < middle_max_age and middle_max_age < max_age)
);

-- Boundary files: one set per upload, its territories' simplified geometries as GeoJSON geometry objects.
create table riskmaps.boundary_set (
    id            bigint generated always as identity primary key,
    country       text        not null check (country ~ '^[A-Z]{2}$'),
    name          text        not null check (length(name) between 1 and 200),
    code_property text        not null,
    name_property text,
    -- where the boundaries come from and under which licence, as shown beside the map
    source        text,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null default now(),
    version       integer     not null default 0
);

create table riskmaps.boundary (
    set_id   bigint           not null references riskmaps.boundary_set on delete cascade,
    code     text             not null,
    name     text,
    geometry text             not null,
    min_lon  double precision not null,
    min_lat  double precision not null,
    max_lon  double precision not null,
    max_lat  double precision not null,
    primary key (set_id, code)
);

-- A model run: what went in (files by checksum, mappings, definition, options, engine version), so it can be made
-- again; its state; who may see it. Results are written only when the whole run succeeded, in one transaction.
create table riskmaps.run (
    id              bigint generated always as identity primary key,
    country         text        not null check (country ~ '^[A-Z]{2}$'),
    title           text        not null check (length(title) between 1 and 200),
    survey_id       bigint      references riskmaps.dataset,
    census_id       bigint      references riskmaps.dataset,
    boundary_set_id bigint      references riskmaps.boundary_set on delete set null,
    -- {"survey": {...mapping}, "census": {...}, "definition": {...}, "options": {...}, "inputs": {"survey":
    -- {"sha256", "rows", "name"}, ...}, "engine": "version"}
    inputs          jsonb       not null,
    state           text        not null check (state in ('QUEUED', 'RUNNING', 'CHECKED', 'FAILED', 'FINISHED')),
    stage           text,
    job_id          bigint,
    -- why a run failed or stopped: a message key of the module and its arguments
    problem_key     text,
    problem_args    jsonb,
    visibility      text        not null default 'PRIVATE' check (visibility in ('PRIVATE', 'SHARED', 'PUBLISHED')),
    started_by      text        not null,
    started_at      timestamptz not null default now(),
    finished_at     timestamptz,
    shared_at       timestamptz,
    published_at    timestamptz,
    -- everything but the territories: survey summary, direct estimates, model, harmonisation, diagnostics, levels
    summary         jsonb,
    synthetic       boolean     not null default false,
    version         integer     not null default 0,
    check (state <> 'FINISHED' or summary is not null),
    check (visibility = 'PRIVATE' or state = 'FINISHED')
);
create index run_country on riskmaps.run (country, state);
-- one run at a time for the same inputs: a second start while the first is queued or running is refused
create unique index run_once on riskmaps.run (country, md5(inputs::text)) where state in ('QUEUED', 'RUNNING');

create table riskmaps.territory (
    run_id        bigint           not null references riskmaps.run on delete cascade,
    code          text             not null,
    region        text,
    children      double precision not null,
    expected      double precision not null,
    rate          double precision not null,
    rate_low      double precision not null,
    rate_high     double precision not null,
    rank          integer          not null,
    rank_low      double precision not null,
    rank_high     double precision not null,
    level         integer          not null,
    p_high        double precision,
    few_children  boolean          not null,
    wide_interval boolean          not null,
    -- rates by sex and age band, the covariate profile and the decomposition of the difference from the national rate
    details       jsonb            not null,
    primary key (run_id, code)
);
create index territory_level on riskmaps.territory (run_id, level);
