-- The parts of a project (and a result's indicators, a project's provenance) refer to their parent through
-- statement-level triggers instead of foreign keys. PostgreSQL checks a foreign key once per row (an index lookup
-- and a lock on the parent, ~5 µs of CPU per row here); an import writes about eleven part rows per project with one
-- COPY per table and batch, so its ~1.1 M checks per 100,000 activities cost 6–8 s of the server's 20–23 s
-- (bench/projects/README.md, 2026-11-23). The triggers below check once per statement, each distinct parent once,
-- with the same guarantees, kept by the database whoever writes:
-- - after each INSERT or UPDATE statement on a part table, its parents are locked set-wise with FOR KEY SHARE (the
--   lock a foreign-key check takes, so a concurrent delete of a parent waits, or the check sees the parent gone)
--   and a part whose parent is missing fails the statement with SQLSTATE 23503 (foreign_key_violation);
-- - after each DELETE statement on a project (or a result), its parts (or indicators) are deleted set-wise, as
--   ON DELETE CASCADE did;
-- - a project's id never changes (a foreign key would have refused that while parts referred to it), and neither
--   a project nor a result is truncated (TRUNCATE fires no delete trigger).
-- PostgreSQL allows transition tables only on triggers of a single event: one trigger per event.

-- Fails when a parent of the inserted or updated rows is missing: arguments parent table (schema projects), column.
-- Each distinct parent is looked up by its key and locked (a lock in a subquery keeps it from being turned into a
-- join, so each parent is one index probe); the first one missing ends the statement.
create function projects.check_parents() returns trigger language plpgsql as $$
declare
    missing bigint;
begin
    execute format($sql$
        select k.id from (select distinct %2$I as id from new_rows where %2$I is not null) k
        where not exists (select from projects.%1$I p where p.id = k.id for key share)
        limit 1$sql$, tg_argv[0], tg_argv[1]) into missing;
    if missing is not null then
        raise foreign_key_violation using
            message = format('insert or update on table "%s" violates foreign key to "%s"', tg_table_name, tg_argv[0]),
            detail = format('Key (%s)=(%s) is not present in table "%s".', tg_argv[1], missing, tg_argv[0]),
            schema = tg_table_schema, table = tg_table_name, column = tg_argv[1];
    end if;
    return null;
end $$;

-- Deletes the parts of the deleted rows: arguments the parts' column, then the part tables (schema projects).
create function projects.delete_parts() returns trigger language plpgsql as $$
declare
    part text;
begin
    foreach part in array tg_argv[1:] loop
        execute format('delete from projects.%I where %I in (select id from old_rows)', part, tg_argv[0]);
    end loop;
    return null;
end $$;

create function projects.keep_id() returns trigger language plpgsql as $$
begin
    raise foreign_key_violation using message = format('the id of a row of "%s" does not change (%s)', tg_table_name, old.id),
        schema = tg_table_schema, table = tg_table_name, column = 'id';
end $$;

create trigger project_id_kept before update of id on projects.project
    for each row when (old.id is distinct from new.id) execute function projects.keep_id();

-- TRUNCATE fires no delete triggers: refused for the parents, as their foreign keys refused it
create function projects.refuse_truncate() returns trigger language plpgsql as $$
begin
    raise foreign_key_violation using message = format('"%s" has parts: delete its rows instead', tg_table_name),
        schema = tg_table_schema, table = tg_table_name;
end $$;

create trigger project_not_truncated before truncate on projects.project
    for each statement execute function projects.refuse_truncate();
create trigger result_not_truncated before truncate on projects.result
    for each statement execute function projects.refuse_truncate();

do $$
declare
    part text;
begin
    foreach part in array array['other_identifier', 'participant', 'recipient_country', 'recipient_region', 'sector',
            'theme', 'sdg_target', 'budget', 'transaction', 'document', 'result', 'provenance'] loop
        execute format('alter table projects.%I drop constraint %I', part, part || '_project_id_fkey');
        execute format('create trigger %I after insert on projects.%I referencing new table as new_rows
            for each statement execute function projects.check_parents(''project'', ''project_id'')', part || '_project_inserted', part);
        execute format('create trigger %I after update on projects.%I referencing new table as new_rows
            for each statement execute function projects.check_parents(''project'', ''project_id'')', part || '_project_updated', part);
    end loop;
end $$;

alter table projects.indicator drop constraint indicator_result_id_fkey;
create trigger indicator_result_inserted after insert on projects.indicator referencing new table as new_rows
    for each statement execute function projects.check_parents('result', 'result_id');
create trigger indicator_result_updated after update on projects.indicator referencing new table as new_rows
    for each statement execute function projects.check_parents('result', 'result_id');

create trigger project_deleted after delete on projects.project referencing old table as old_rows
    for each statement execute function projects.delete_parts('project_id', 'other_identifier', 'participant',
        'recipient_country', 'recipient_region', 'sector', 'theme', 'sdg_target', 'budget', 'transaction', 'document',
        'result', 'provenance');
create trigger result_deleted after delete on projects.result referencing old table as old_rows
    for each statement execute function projects.delete_parts('result_id', 'indicator');
