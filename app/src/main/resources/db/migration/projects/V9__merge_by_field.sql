-- A merge takes each field from the record the reader chose and writes the result into the kept record. So that
-- undoing it restores both records exactly, the merge keeps the kept record as it was (its project, as JSON, and its
-- text on what the sources say) and the version the merge left it at: an undo is refused once the record changed
-- since. It also keeps the reader's choice per field, the source records each field's value came from (provenance
-- ids, for the project page's notes), and the projects that had been merged into the merged one and now follow it.
-- Merges made before this keep nulls here: undoing them only clears the pointer, as it did.
alter table projects.merge
    add column kept_before       jsonb,
    add column kept_facts_before jsonb,
    add column kept_version      integer,
    add column choices           jsonb,
    add column field_sources     jsonb,
    add column followers         bigint[] not null default '{}';
