-- Budget changes decided during the year, reported at a follow-up occasion (ADR 0014): money given
-- to an area, taken from one, or moved between two, with the decision and its reason. The areas'
-- full-year budgets are the plan's with these changes. Entered only while the occasion is open (V22).
create table follow_up_budget_change (
  occasion_id bigint not null references follow_up_occasion (id),
  position int not null,
  from_area varchar(100),
  to_area varchar(100),
  amount numeric(21, 6) not null,
  decided date not null,
  paragraph varchar(100),
  reason varchar(2000) not null,
  primary key (occasion_id, position),
  constraint follow_up_budget_change_area check (from_area is not null or to_area is not null)
);
