-- A municipality's template for new plans (issue 16): the parts every committee's plan shares
-- (goal levels, quality areas, assessment rules, the document's headings, the standard tables
-- without rows), kept as the canonical plan-file YAML of a plan holding only those, made from one
-- of the municipality's plans. One template per municipality; saving another replaces it (the
-- change log keeps who did it and from which plan).
create table plan_template (
  municipality_code char(4) primary key references municipality (code),
  document text not null,
  made_from varchar(500) not null,
  saved_by varchar(200) not null,
  saved_at timestamp with time zone not null
);
