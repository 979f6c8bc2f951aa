-- Acronyms differ by language (OIT/ILO/OIT/OIT, OEA/OAS/OEA/OEA), so an organisation's and a network's acronym
-- become multilingual text like their names: {"original":"fr","fr":"OIT","en":"ILO",...}. An acronym written
-- before keeps its one form in every language, with the name's original language as the acronym's original.

alter table directory.organisation drop constraint organisation_acronym_check;
alter table directory.organisation alter column acronym type jsonb using case when acronym is null then null else
    jsonb_build_object('original', name ->> 'original', 'es', acronym, 'en', acronym, 'fr', acronym, 'pt', acronym) end;
alter table directory.organisation add constraint organisation_acronym_object
    check (acronym is null or (jsonb_typeof(acronym) = 'object' and acronym ->> 'original' is not null));

alter table directory.network drop constraint network_acronym_check;
alter table directory.network alter column acronym type jsonb using case when acronym is null then null else
    jsonb_build_object('original', name ->> 'original', 'es', acronym, 'en', acronym, 'fr', acronym, 'pt', acronym) end;
alter table directory.network add constraint network_acronym_object
    check (acronym is null or (jsonb_typeof(acronym) = 'object' and acronym ->> 'original' is not null));
