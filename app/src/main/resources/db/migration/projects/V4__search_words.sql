-- Cheaper writes for large imports: no trigram index over every project's text, and no index that no query needs.

-- Typos are forgiven through a vocabulary instead (PostgreSQL's documented approach, pg_trgm "Text search
-- integration"): the distinct words of titles and descriptions, accents folded and lower-cased, with a trigram index.
-- A search word that full text does not find is replaced by the nearest word of the vocabulary, and full text runs
-- again. Words stay when the projects that had them change; a word no project has any more only costs a correction
-- that finds nothing. No unique key: a key would make a writer wait for any other transaction that added the same new
-- word until that one ends (an import holds its transaction for the whole file); writers add only words they do not
-- see (an import's two writers share what they added), so a word appears twice only when two transactions add it at
-- the same moment, which corrections do not mind.
create table projects.search_word (
    word text not null check (length(word) between 3 and 40)
);
create index search_word_word on projects.search_word (word);
create index search_word_trgm on projects.search_word using gin (word gin_trgm_ops);

-- a word is a run of letters a-z once accents are folded and letters lower-cased (as SearchWords finds them)
insert into projects.search_word (word)
select distinct w.word
from projects.project p,
     regexp_split_to_table(lower(public.unaccent(concat_ws(' ',
         p.title->>'es', p.title->>'en', p.title->>'fr', p.title->>'pt',
         p.description->>'es', p.description->>'en', p.description->>'fr', p.description->>'pt'))), '[^a-z]+') w(word)
where length(w.word) between 3 and 40;

drop index projects.project_plain_trgm;
alter table projects.project drop column search_plain;

-- V3's (iso2, project_id) and (theme, project_id) serve every lookup by country or theme
drop index projects.recipient_country_iso2;
drop index projects.theme_theme;
-- no query looks projects up by status (lists and facets read project_listed) or by another identifier
drop index projects.project_status;
drop index projects.other_identifier_ref;
-- looked up by a value that imported rows do not have: index only the rows that have it
drop index projects.participant_organisation;
create index participant_organisation on projects.participant (organisation_id) where organisation_id is not null;
drop index projects.project_merged;
create index project_merged on projects.project (merged_into) where merged_into is not null;
drop index projects.project_entered_for;
create index project_entered_for on projects.project (entered_for, entry_state) where entered_for is not null;
