-- The population SCB gives per region, sex and single-year age and year (issue 17), as the needs
-- forecast takes it: the outcome (the population at year end, table TAB638) or SCB's forecast
-- (TAB6008), each kind kept once per region and year, with the table it came from, where it was
-- fetched from and when. sex is '1' men, '2' women or 'T' both together (where SCB gives no sex);
-- age 100 is 100 and over. A count SCB gives as null is stored as null, never as zero. Shared by
-- every municipality: public statistics, not plans.
create table scb_population (
  region varchar(4) not null,
  kind varchar(8) not null check (kind in ('outcome', 'forecast')),
  stat_year integer not null,
  sex char(1) not null check (sex in ('1', '2', 'T')),
  age integer not null check (age between 0 and 100),
  persons bigint,
  scb_table varchar(40) not null,
  fetched_from varchar(500) not null,
  fetched_at timestamp with time zone not null,
  primary key (region, kind, stat_year, sex, age)
);
