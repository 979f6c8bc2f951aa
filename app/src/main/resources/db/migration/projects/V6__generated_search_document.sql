-- Cheaper writes for large imports, and a search document no writer can leave stale.

-- What search reads of a project: titles (weight A) and descriptions (weight B), each stemmed in its own language
-- with accents folded; the IATI identifier and the participating organisations' names (weight C), accents folded,
-- not stemmed. Until now every writer computed it in its INSERT … SELECT from a staging table; as a stored generated
-- column the database computes it from the row itself whenever the row is written, so an import copies new projects
-- straight into the table (bench/projects/README.md, 2026-11-23). The organisations' names it needs are kept on the
-- row, written with the participants.
create text search configuration projects.simple (copy = pg_catalog.simple);
alter text search configuration projects.simple alter mapping for hword, hword_part, word with public.unaccent, simple;

alter table projects.project add column organisation_names text;
update projects.project p set organisation_names = (select string_agg(pa.name, ' ') from projects.participant pa where pa.project_id = p.id);

drop index projects.project_search;
alter table projects.project drop column search_document;
alter table projects.project add column search_document tsvector generated always as (
    setweight(to_tsvector('projects.es', coalesce(title->>'es', '')), 'A')
    || setweight(to_tsvector('projects.es', coalesce(description->>'es', '')), 'B')
    || setweight(to_tsvector('projects.en', coalesce(title->>'en', '')), 'A')
    || setweight(to_tsvector('projects.en', coalesce(description->>'en', '')), 'B')
    || setweight(to_tsvector('projects.fr', coalesce(title->>'fr', '')), 'A')
    || setweight(to_tsvector('projects.fr', coalesce(description->>'fr', '')), 'B')
    || setweight(to_tsvector('projects.pt', coalesce(title->>'pt', '')), 'A')
    || setweight(to_tsvector('projects.pt', coalesce(description->>'pt', '')), 'B')
    || setweight(to_tsvector('projects.simple', coalesce(iati_identifier, '') || ' ' || coalesce(organisation_names, '')), 'C')
) stored;
create index project_search on projects.project using gin (search_document);

-- Every lookup by organisation name is a lookup of a funder: index the funding participants only (half the rows).
drop index projects.participant_funder;
create index participant_funder on projects.participant (name) where role = 'FUNDING';
