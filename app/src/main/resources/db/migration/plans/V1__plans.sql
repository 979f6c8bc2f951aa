create schema if not exists plans;

-- Multilingual text columns hold {"original":"fr","fr":"…","en":"…"} (see MultilingualTextJson).
-- Organisations are the directory's (ids from directory.organisation); networks are named by their directory key.

create table plans.plan (
    id           bigint generated always as identity primary key,
    key          text    not null unique check (key ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
    name         jsonb   not null,
    description  jsonb,
    kind         text    not null check (kind in ('STRATEGIC_PLAN', 'OPERATIONAL_PLAN', 'WORK_PLAN', 'PLAN_OF_ACTION',
                             'IMPLEMENTATION_PLAN', 'RECOMMENDATIONS')),
    status       text    not null check (status in ('DRAFT', 'ACTIVE', 'CLOSED')),
    -- some sources state no period; then none is recorded rather than one invented
    period_start date,
    period_end   date,
    -- where the plan comes from (e.g. the annex of a governing-body document)
    source_note  jsonb,
    -- the names of the tree's levels, top first, as multilingual texts: [{"original":"fr","fr":"Résultat"}, …]
    levels       jsonb   not null,
    version      integer not null default 0,
    check (period_end >= period_start),
    check ((period_start is null) = (period_end is null))
);

create table plans.plan_owner (
    plan_id         bigint not null references plans.plan on delete cascade,
    organisation_id bigint,
    network_key     text,
    position        integer not null default 0,
    check ((organisation_id is null) <> (network_key is null))
);
create index plan_owner_plan on plans.plan_owner (plan_id);

create table plans.element (
    id          bigint generated always as identity primary key,
    plan_id     bigint  not null references plans.plan on delete cascade,
    parent_id   bigint references plans.element on delete cascade,
    level       integer not null check (level >= 0),
    number      text check (length(number) <= 20),
    title       jsonb   not null,
    description jsonb,
    -- some sources report per element (an OAS organ): its calendar, what it carried out and what it plans
    calendar_text jsonb,
    carried_out jsonb,
    planned     jsonb,
    position    integer not null,
    version     integer not null default 0
);
create index element_plan on plans.element (plan_id, position);
create index element_parent on plans.element (parent_id);

create table plans.indicator (
    id             bigint generated always as identity primary key,
    element_id     bigint  not null references plans.element on delete cascade,
    number         text check (length(number) <= 20),
    name           jsonb   not null,
    measure        text    not null check (measure in ('NUMBER', 'PERCENTAGE', 'YES_NO', 'QUALITATIVE')),
    baseline       numeric,
    baseline_text  jsonb,
    baseline_year  integer check (baseline_year between 1900 and 2100),
    source         jsonb,
    comment        jsonb,
    position       integer not null,
    version        integer not null default 0
);
create index indicator_element on plans.indicator (element_id, position);

-- a target or a value for one period; a value may be broken down by sex, age group, country and constituency
create table plans.indicator_target (
    id           bigint generated always as identity primary key,
    indicator_id bigint  not null references plans.indicator on delete cascade,
    period_start date    not null,
    period_end   date    not null,
    amount       numeric,
    text_value   text check (length(text_value) <= 2000),
    check (period_end >= period_start)
);
create index indicator_target_indicator on plans.indicator_target (indicator_id, period_start);

create table plans.indicator_value (
    id           bigint generated always as identity primary key,
    indicator_id bigint      not null references plans.indicator on delete cascade,
    period_start date        not null,
    period_end   date        not null,
    amount       numeric,
    text_value   text check (length(text_value) <= 2000),
    sex          text check (sex in ('FEMALE', 'MALE')),
    age_group    text check (length(age_group) <= 30),
    country_iso2 char(2),
    constituency text check (constituency in ('GOVERNMENT', 'EMPLOYERS', 'WORKERS')),
    source       text check (length(source) <= 500),
    comment      text check (length(comment) <= 2000),
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now(),
    check (period_end >= period_start)
);
create index indicator_value_indicator on plans.indicator_value (indicator_id, period_start);

create table plans.activity (
    id                  bigint generated always as identity primary key,
    plan_id             bigint  not null references plans.plan on delete cascade,
    element_id          bigint  not null references plans.element on delete cascade,
    number              text check (length(number) <= 20),
    title               jsonb   not null,
    description         jsonb,
    -- the calendar as the source writes it ("continu", "by September 2000"), with dates when they are known
    calendar_text       jsonb,
    calendar_kind       text    not null check (calendar_kind in ('DATES', 'BY_DATE', 'CONTINUOUS', 'ANNUAL', 'PERIODIC',
                                    'TO_BE_DECIDED', 'TEXT')),
    start_date          date,
    end_date            date,
    -- null when the source states no status
    status              text check (status in ('PLANNED', 'ONGOING', 'COMPLETED', 'DELAYED', 'POSTPONED',
                                    'CANCELLED', 'CONTINUOUS')),
    constituency        text check (constituency in ('GOVERNMENT', 'EMPLOYERS', 'WORKERS')),
    resources_available jsonb,
    resources_missing   jsonb,
    carried_out         jsonb,
    planned             jsonb,
    -- a cooperation project named by the projects module's id or identifier; no foreign key across modules
    project_ref         text check (length(project_ref) <= 100),
    position            integer not null,
    version             integer not null default 0,
    check (end_date is null or start_date is null or end_date >= start_date)
);
create index activity_plan on plans.activity (plan_id, position);
create index activity_element on plans.activity (element_id);

create table plans.activity_responsible (
    activity_id     bigint  not null references plans.activity on delete cascade,
    organisation_id bigint,
    network_key     text,
    lead            boolean not null default false,
    position        integer not null default 0,
    check ((organisation_id is null) <> (network_key is null))
);
create index activity_responsible_activity on plans.activity_responsible (activity_id);
create index activity_responsible_organisation on plans.activity_responsible (organisation_id);

-- accounts that report for an organisation (an OAS organ's officer, a secretariat unit); focal points report for
-- the organisations of their country and constituency without being listed here
create table plans.reporter (
    username        text   not null,
    organisation_id bigint not null,
    primary key (username, organisation_id)
);

create table plans.reporting_cycle (
    id         bigint generated always as identity primary key,
    plan_id    bigint      not null references plans.plan on delete cascade,
    as_of      date        not null,
    due        date        not null,
    state      text        not null check (state in ('OPEN', 'CLOSED')),
    opened_by  text        not null,
    opened_at  timestamptz not null default now(),
    version    integer     not null default 0,
    check (due >= as_of)
);
create index reporting_cycle_plan on plans.reporting_cycle (plan_id, as_of desc);

-- who must report in a cycle: one row per activity to report on
create table plans.cycle_assignment (
    cycle_id    bigint not null references plans.reporting_cycle on delete cascade,
    activity_id bigint not null references plans.activity on delete cascade,
    primary key (cycle_id, activity_id)
);

create table plans.progress_update (
    id             bigint generated always as identity primary key,
    -- an update reports on an activity, or on an element as a whole (an issue's state of work)
    activity_id    bigint references plans.activity on delete cascade,
    element_id     bigint references plans.element on delete cascade,
    cycle_id       bigint references plans.reporting_cycle on delete set null,
    as_of          date        not null,
    text           jsonb       not null,
    status         text check (status in ('PLANNED', 'ONGOING', 'COMPLETED', 'DELAYED', 'POSTPONED',
                                   'CANCELLED', 'CONTINUOUS')),
    state          text        not null check (state in ('SUBMITTED', 'RETURNED', 'APPROVED')),
    submitted_by   text        not null,
    submitted_at   timestamptz not null default now(),
    reviewed_by    text,
    reviewed_at    timestamptz,
    review_comment text check (length(review_comment) <= 2000),
    version        integer     not null default 0,
    check ((activity_id is null) <> (element_id is null))
);
create index progress_update_element on plans.progress_update (element_id, as_of desc);
create index progress_update_activity on plans.progress_update (activity_id, as_of desc);
create index progress_update_cycle on plans.progress_update (cycle_id);

create table plans.reminder (
    id          bigint generated always as identity primary key,
    cycle_id    bigint      not null references plans.reporting_cycle on delete cascade,
    activity_id bigint      not null references plans.activity on delete cascade,
    sent_by     text        not null,
    sent_at     timestamptz not null default now()
);
create index reminder_activity on plans.reminder (activity_id, sent_at desc);
