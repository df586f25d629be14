-- National data fetched from Kolada (issue 17): the KPI catalogue, municipalities and their
-- groups, and KPI values per municipality (or organisational unit), year and gender, each with
-- where it was fetched from and when. A value Kolada gives as null is stored as null (missing or
-- confidential), never as zero. These tables are shared by every municipality: they hold public
-- statistics, not plans.
create table kolada_kpi (
  id varchar(6) primary key,
  title varchar(2000) not null,
  description text,
  operating_area varchar(2000),
  municipality_type varchar(10),
  divided_by_gender boolean not null,
  has_ou_data boolean not null,
  publication_date date,
  publ_period varchar(100),
  fetched_from varchar(500) not null,
  fetched_at timestamp with time zone not null
);

create table kolada_municipality (
  id varchar(4) primary key,
  title varchar(500) not null,
  type varchar(10),
  fetched_at timestamp with time zone not null
);

create table kolada_unit (
  id varchar(20) primary key,
  title varchar(1000) not null,
  municipality varchar(4) not null,
  fetched_at timestamp with time zone not null
);

create table kolada_group (
  id varchar(20) primary key,
  title varchar(2000) not null,
  fetched_at timestamp with time zone not null
);

create table kolada_group_member (
  group_id varchar(20) not null references kolada_group (id) on delete cascade,
  municipality varchar(4) not null,
  primary key (group_id, municipality)
);

-- Comparison data: every municipality's values of a KPI for a year and gender, as Kolada gave them,
-- kept together as one row (the unit relative targets rank within, and what a fetch replaces):
-- "code=value" entries separated by ';', sorted by code; an empty value is one Kolada has none of
-- (missing or confidential), never zero. fetched_from / fetched_at: the latest fetch that changed it.
create table kolada_comparison (
  kpi varchar(6) not null,
  period integer not null,
  gender char(1) not null,
  entries integer not null,
  municipality_values text not null,
  fetched_from varchar(500) not null,
  fetched_at timestamp with time zone not null,
  primary key (kpi, period, gender)
);

-- Values of organisational units (one nursing home, one home-care group), one row each.
create table kolada_unit_value (
  kpi varchar(6) not null,
  ou varchar(20) not null,
  period integer not null,
  gender char(1) not null,
  kpi_value numeric(38, 12),
  status varchar(100),
  fetched_from varchar(500) not null,
  fetched_at timestamp with time zone not null,
  primary key (kpi, ou, period, gender)
);
