-- Targets and values become editable; a version lets a stale edit form be refused instead of overwriting.
alter table plans.indicator_target add column version integer not null default 0;
alter table plans.indicator_value add column version integer not null default 0;
