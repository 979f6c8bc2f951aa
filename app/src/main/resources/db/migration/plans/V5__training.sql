-- The plan of the fictional training data set is marked, so that the administration counts and removes it (with its
-- tree, indicators, values, cycles and updates) without touching any real plan.
alter table plans.plan add column training boolean not null default false;
