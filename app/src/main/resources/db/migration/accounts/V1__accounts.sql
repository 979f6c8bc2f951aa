create schema if not exists accounts;

create table accounts.account (
    id            bigint generated always as identity primary key,
    username      text        not null unique check (username ~ '^[a-z0-9._-]{3,60}$'),
    display_name  text        not null check (length(display_name) between 1 and 200),
    password_hash text        not null,
    role          text        not null check (role in ('ADMIN', 'SECRETARIAT', 'FOCAL_POINT', 'ANALYST')),
    country_code  char(2),
    constituency  text check (constituency in ('GOVERNMENT', 'EMPLOYERS', 'WORKERS')),
    enabled       boolean     not null default true,
    version       integer     not null default 0,
    created_at    timestamptz not null default now(),
    check ((role = 'FOCAL_POINT') = (country_code is not null and constituency is not null))
);

-- failed sign-ins, kept for the throttling window; shared by every app node
create table accounts.login_failure (
    username  text        not null,
    client_ip text        not null,
    at        timestamptz not null default now()
);
create index login_failure_username on accounts.login_failure (username, at);
create index login_failure_ip on accounts.login_failure (client_ip, at);

-- every write, by whom, when, to which record, with the record before and after
create table accounts.audit_event (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    actor       text        not null,
    action      text        not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    record_type text        not null,
    record_id   text        not null,
    before      jsonb,
    after       jsonb
);
create index audit_event_record on accounts.audit_event (record_type, record_id, at desc);
create index audit_event_at on accounts.audit_event (at desc);

-- HTTP sessions live in the database so that app nodes hold no state
create table accounts.spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null unique,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create index spring_session_expiry on accounts.spring_session (expiry_time);
create index spring_session_principal on accounts.spring_session (principal_name);

create table accounts.spring_session_attributes (
    session_primary_id char(36)     not null references accounts.spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
