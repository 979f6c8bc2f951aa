-- IATI 2.03 as publishers write it (issue 13): every transaction type, amounts as written, geography on
-- transactions, sectors of every vocabulary, longer organisation names, locations, and each imported activity kept
-- as its source wrote it, with the problems found in it.

-- all thirteen transaction types of the standard
alter table projects.transaction drop constraint transaction_type_check;
alter table projects.transaction add constraint transaction_type_check check (type in ('INCOMING_FUNDS', 'COMMITMENT',
    'DISBURSEMENT', 'EXPENDITURE', 'INTEREST_PAYMENT', 'LOAN_REPAYMENT', 'REIMBURSEMENT', 'PURCHASE_OF_EQUITY',
    'SALE_OF_EQUITY', 'CREDIT_GUARANTEE', 'INCOMING_COMMITMENT', 'OUTGOING_PLEDGE', 'INCOMING_PLEDGE'));

-- amounts are decimals as the source wrote them, not rounded to cents (the importer checks their size first)
alter table projects.transaction alter column amount type numeric;
alter table projects.budget alter column amount type numeric;

-- a transaction's own recipient country or region, which IATI allows instead of the activity's
alter table projects.transaction add column recipient_country char(2) check (recipient_country ~ '^[A-Z]{2}$');
alter table projects.transaction add column recipient_region text check (length(recipient_region) <= 80);
alter table projects.transaction add column recipient_region_vocabulary text check (length(recipient_region_vocabulary) <= 10);
alter table projects.transaction alter column description type text;
alter table projects.transaction drop constraint if exists transaction_description_check;
alter table projects.transaction add constraint transaction_description_check check (length(description) <= 4000);

-- countries named only on transactions are listed with the project too (to find it by country), marked as such
alter table projects.recipient_country add column on_transactions boolean not null default false;

-- sectors of every vocabulary; the same code may come twice (two vocabularies, or two shares)
alter table projects.sector drop constraint sector_pkey;
alter table projects.sector drop constraint sector_code_check;
alter table projects.sector add column vocabulary text not null default '1' check (length(vocabulary) <= 10);
alter table projects.sector add column vocabulary_uri text check (length(vocabulary_uri) <= 1000);
alter table projects.sector add constraint sector_code_check check (length(code) between 1 and 100);
create index sector_project on projects.sector (project_id, vocabulary, code);

-- organisation names as long as publishers write them
alter table projects.participant drop constraint participant_name_check;
alter table projects.participant add constraint participant_name_check check (length(name) between 1 and 2000);
alter table projects.project drop constraint project_reporting_org_name_check;
alter table projects.project add constraint project_reporting_org_name_check check (length(reporting_org_name) <= 2000);
alter table projects.project add column reporting_org_type text check (length(reporting_org_type) <= 10);

-- where the project works: IATI locations with their administrative areas and point
create table projects.location (
    project_id     bigint  not null,
    position       integer not null,
    ref            text    check (length(ref) <= 200),
    name           jsonb,
    -- [{"vocabulary": "G1", "level": 1, "code": "…"}, …]
    administrative jsonb   not null default '[]',
    latitude       double precision check (latitude between -90 and 90),
    longitude      double precision check (longitude between -180 and 180),
    primary key (project_id, position)
);

-- an imported IATI activity as its source wrote it (one element a line), whether it was valid against the 2.03
-- schema, its last-updated-datetime and the problems found in it (errors and warnings: it was imported flagged)
create table projects.iati_record (
    project_id     bigint primary key,
    activity_xml   text    not null,
    schema_valid   boolean not null,
    last_updated   text    check (length(last_updated) <= 40),
    problems       jsonb   not null default '[]',
    errors         integer not null default 0,
    warnings       integer not null default 0,
    file_name      text    check (length(file_name) <= 300),
    read_at        timestamptz not null default now()
);
create index iati_record_flagged on projects.iati_record (project_id) where errors > 0 or warnings > 0;

do $$
declare
    part text;
begin
    foreach part in array array['location', 'iati_record'] loop
        execute format('create trigger %I after insert on projects.%I referencing new table as new_rows
            for each statement execute function projects.check_parents(''project'', ''project_id'')', part || '_project_inserted', part);
        execute format('create trigger %I after update on projects.%I referencing new table as new_rows
            for each statement execute function projects.check_parents(''project'', ''project_id'')', part || '_project_updated', part);
    end loop;
end $$;

drop trigger project_deleted on projects.project;
create trigger project_deleted after delete on projects.project referencing old table as old_rows
    for each statement execute function projects.delete_parts('project_id', 'other_identifier', 'participant',
        'recipient_country', 'recipient_region', 'sector', 'theme', 'sdg_target', 'budget', 'transaction', 'document',
        'result', 'provenance', 'location', 'iati_record');

-- shares as written, not rounded to two decimals
alter table projects.recipient_country alter column percentage type numeric;
alter table projects.recipient_region alter column percentage type numeric;
alter table projects.sector alter column percentage type numeric;
