-- Records of the fictional training data set are marked, so that the administration counts and removes them without
-- touching any real record: the fictional projects (their parts go with them) and the exchange rates that convert
-- their currencies (a rate the secretariat changes stops being fictional). Their provenance names the training set.
alter table projects.project add column training boolean not null default false;
create index project_training on projects.project (id) where training;
alter table projects.exchange_rate add column training boolean not null default false;
alter table projects.provenance drop constraint provenance_source_check;
alter table projects.provenance add constraint provenance_source_check
    check (source in ('IATI', 'ILO_INVENTORY', 'OAS_PORTFOLIO', 'COUNTRY', 'SPREADSHEET', 'TRAINING'));
