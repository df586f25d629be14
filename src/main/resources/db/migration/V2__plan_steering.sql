-- The goal chain and commitments of a plan version (goals, indicators with targets and values,
-- assessment rules, activities, assignments, internal control, reservations ...), kept as the
-- canonical plan-file YAML of those sections; see docs/adr/0004-steering-stored-as-document.md.
create table plan_steering (
  plan_version_id bigint primary key references plan_version (id) on delete cascade,
  format varchar(40) not null,
  document text not null
);
