create schema if not exists platform;

-- long work (imports, model runs, report builds) that survives a restart and can be shared by several app nodes
create table platform.job (
    id          bigint generated always as identity primary key,
    kind        text        not null check (kind ~ '^[a-z][a-z0-9.-]{1,60}$'),
    owner       text        not null,
    status      text        not null default 'QUEUED'
                            check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    done        bigint      not null default 0 check (done >= 0),
    total       bigint      not null default 0 check (total >= 0),
    message     text,
    parameters  jsonb       not null default '{}',
    result      jsonb,
    attempts    integer     not null default 0,
    node        text,
    created_at  timestamptz not null default now(),
    started_at  timestamptz,
    finished_at timestamptz,
    heartbeat   timestamptz
);
create index job_queue on platform.job (id) where status = 'QUEUED';
create index job_running on platform.job (heartbeat) where status = 'RUNNING';
create index job_owner on platform.job (owner, created_at desc);
