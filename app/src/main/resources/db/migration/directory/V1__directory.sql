create schema if not exists directory;

-- Multilingual text columns hold {"original":"fr","fr":"…","en":"…"} (see MultilingualTextJson).

create table directory.country (
    iso2               char(2) primary key check (iso2 ~ '^[A-Z]{2}$'),
    iso3               char(3) not null unique check (iso3 ~ '^[A-Z]{3}$'),
    name               jsonb   not null,
    oas_member         boolean not null default false,
    region             text    not null check (region in
                           ('NORTH_AMERICA', 'CENTRAL_AMERICA', 'CARIBBEAN', 'SOUTH_AMERICA', 'EUROPE', 'AFRICA', 'ASIA',
                            'OCEANIA')),
    -- the profile a focal point of the country keeps current
    summary            jsonb,
    labour_ministry_id bigint,
    version            integer not null default 0
);

create table directory.organisation (
    id           bigint generated always as identity primary key,
    key          text    not null unique check (key ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
    type         text    not null check (type in ('MINISTRY_OF_LABOUR', 'OTHER_MINISTRY', 'EMPLOYERS', 'WORKERS',
                             'INTERNATIONAL', 'DONOR_AGENCY', 'CIVIL_SOCIETY', 'ACADEMIA')),
    acronym      text check (length(acronym) <= 30),
    name         jsonb   not null,
    description  jsonb,
    country_iso2 char(2) references directory.country,
    parent_id    bigint references directory.organisation,
    website      text check (length(website) <= 300),
    version      integer not null default 0
);
create index organisation_country on directory.organisation (country_iso2);
create index organisation_parent on directory.organisation (parent_id);

alter table directory.country
    add constraint country_labour_ministry foreign key (labour_ministry_id) references directory.organisation;

create table directory.network (
    id          bigint generated always as identity primary key,
    key         text    not null unique check (key ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
    acronym     text check (length(acronym) <= 30),
    name        jsonb   not null,
    description jsonb,
    version     integer not null default 0
);

-- a member is either a country or an organisation
create table directory.network_member (
    id              bigint generated always as identity primary key,
    network_id      bigint  not null references directory.network on delete cascade,
    country_iso2    char(2) references directory.country,
    organisation_id bigint references directory.organisation,
    role            text    not null default 'MEMBER' check (length(role) <= 40),
    since           integer check (since between 1900 and 2100),
    version         integer not null default 0,
    check ((country_iso2 is null) <> (organisation_id is null))
);
create index network_member_network on directory.network_member (network_id);
create index network_member_country on directory.network_member (country_iso2);
create index network_member_organisation on directory.network_member (organisation_id);

-- people are known by their position; names and contact details are optional
create table directory.person (
    id              bigint generated always as identity primary key,
    name            text check (length(name) <= 200),
    position        jsonb   not null,
    organisation_id bigint references directory.organisation,
    country_iso2    char(2) references directory.country,
    languages       text[]  not null default '{}',
    email           text check (length(email) <= 200),
    phone           text check (length(phone) <= 50),
    version         integer not null default 0
);
create index person_country on directory.person (country_iso2);
create index person_organisation on directory.person (organisation_id);

create table directory.focal_point (
    id           bigint generated always as identity primary key,
    person_id    bigint  not null references directory.person on delete cascade,
    country_iso2 char(2) not null references directory.country,
    constituency text    not null check (constituency in ('GOVERNMENT', 'EMPLOYERS', 'WORKERS')),
    network_id   bigint references directory.network,
    since        integer check (since between 1900 and 2100),
    version      integer not null default 0
);
create index focal_point_country on directory.focal_point (country_iso2, constituency);
create index focal_point_person on directory.focal_point (person_id);

-- the roster of experts (seed 003): known by area and position, not by name
create table directory.expert (
    id              bigint generated always as identity primary key,
    area            jsonb   not null,
    position        jsonb,
    country_iso2    char(2) references directory.country,
    languages       text[]  not null default '{}',
    organisation_id bigint references directory.organisation,
    version         integer not null default 0
);
create index expert_country on directory.expert (country_iso2);
