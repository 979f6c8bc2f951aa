-- The sub-national territories an activity works in, as ISO 3166-2 style codes (country, hyphen, territory code:
-- PE-CUS), which the risk maps set beside the territories at highest risk. The country is the code's first two letters.
create table plans.activity_territory (
    activity_id bigint  not null references plans.activity on delete cascade,
    code        text    not null check (code ~ '^[A-Z]{2}-[A-Z0-9]([A-Z0-9.-]{0,28}[A-Z0-9])?$'),
    position    integer not null,
    primary key (activity_id, code)
);
create index activity_territory_code on plans.activity_territory (code text_pattern_ops);
