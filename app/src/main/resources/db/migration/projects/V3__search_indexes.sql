-- Narrow, covering indexes for the project list and its facets, so that a search matching thousands of projects
-- reads index pages instead of the wide project rows (titles, descriptions, search document: ~120 MB for 100,000
-- projects, more than the server's buffer cache).

-- what the list and the facets read of every listed project: its id, dates, status and modality
create index project_listed on projects.project (id)
    include (actual_start, planned_start, actual_end, planned_end, status, modality)
    where merged_into is null and entry_state = 'PUBLISHED';

-- funders of a project (facet counts, the list's funder column) without visiting the participant rows
create index participant_funding on projects.participant (project_id) include (name) where role = 'FUNDING';

-- the projects of a country or a theme (filters) without visiting the rows
create index recipient_country_iso2_project on projects.recipient_country (iso2, project_id);
create index theme_theme_project on projects.theme (theme, project_id);
