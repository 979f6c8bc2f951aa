-- Records of the fictional training data set (fictional funders) are marked, so that the administration counts and
-- removes them without touching any real record.
alter table directory.organisation add column training boolean not null default false;
create index organisation_training on directory.organisation (id) where training;
