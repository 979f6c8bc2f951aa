create schema if not exists training;

-- The fictional training data set as a whole (each module marks its own fictional records in its own tables): one
-- row once it was first loaded, so that a set the administration removed is not loaded again at the next start.
create table training.state (
    id         integer primary key default 1 check (id = 1),
    loaded_at  timestamptz,
    loaded_by  text,
    removed_at timestamptz,
    removed_by text
);
