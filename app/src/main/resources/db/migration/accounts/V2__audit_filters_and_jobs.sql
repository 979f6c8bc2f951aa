-- The audit trail read by person, module, record and date, and background jobs (imports) audited: one entry for the
-- job with its counts (action JOB), each record change it wrote linked to that entry by batch_id.
alter table accounts.audit_event
    add column module      text,
    add column record_name text,
    add column batch_id      bigint references accounts.audit_event (id);

-- kept as written, fields in the record's own order, for the comparison field by field (jsonb sorts them)
alter table accounts.audit_event alter column before type json using before::json,
                                 alter column after type json using after::json;

alter table accounts.audit_event drop constraint audit_event_action_check;
alter table accounts.audit_event add constraint audit_event_action_check
    check (action in ('CREATE', 'UPDATE', 'DELETE', 'JOB'));

-- the module of the entries written so far: "<module>.<kind>" types, the accounts' own, and the plans' short ones
update accounts.audit_event set module = case
    when record_type like '%.%' then split_part(record_type, '.', 1)
    when record_type = 'account' then 'accounts'
    else 'plans' end;
alter table accounts.audit_event alter column module set not null;

-- the name the record had, in every language it was written in, for the search by name
update accounts.audit_event set record_name = left(coalesce(
        coalesce(after, before) ->> 'name', coalesce(after, before) ->> 'title',
        coalesce(after, before) -> 'project' ->> 'title', coalesce(after, before) ->> 'displayName',
        coalesce(after, before) ->> 'username', coalesce(after, before) ->> 'key'), 1000);

drop index accounts.audit_event_record;
create index audit_event_record on accounts.audit_event (record_type, record_id, id);
create index audit_event_actor on accounts.audit_event (actor, id desc);
create index audit_event_module on accounts.audit_event (module, id desc);
create index audit_event_batch on accounts.audit_event (batch_id, id) where batch_id is not null;
