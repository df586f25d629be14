-- Council goals and frames written once per municipality and year (issue 16): the council's own
-- plan (committee kommunfullmaktige) holds them, and a committee's draft that follows it takes the
-- council's goal levels and goals from the council plan's latest version each time it is read. When
-- such a draft is decided, the goals it then showed are written into it and the council plan
-- version they came from is kept here, so the decided version stays as it was decided.
alter table plan_version add column follows_council boolean default false not null;
alter table plan_version add column council_version_id bigint references plan_version (id);
