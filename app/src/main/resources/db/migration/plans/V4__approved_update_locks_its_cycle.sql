-- An approved update locks its reporting cycle for its activity until the secretariat reopens it: who, when, why.
alter table plans.progress_update
    add column reopened_by   text,
    add column reopened_at   timestamptz,
    add column reopen_reason text check (length(reopen_reason) between 1 and 2000),
    add constraint progress_update_reopening_whole
        check ((reopened_by is null) = (reopened_at is null) and (reopened_at is null) = (reopen_reason is null)),
    add constraint progress_update_reopens_approved check (reopened_at is null or state = 'APPROVED');

-- At most one approved, not reopened, update per activity and cycle: two approvals racing cannot both stand.
create unique index progress_update_one_locking on plans.progress_update (cycle_id, activity_id)
    where state = 'APPROVED' and reopened_at is null and cycle_id is not null;

-- What an activity reports in a cycle moves on with every submission, approval and reopening; each of them is
-- written only if nobody else moved it on since it was read, so that an approval racing another approval or a
-- new submission cannot both succeed.
alter table plans.cycle_assignment add column version integer not null default 0;
