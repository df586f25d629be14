-- Indicator values reported at a follow-up occasion (ADR 0014): per indicator and period, a value
-- or that it is missing and why. Entered only while the occasion is open (V15).
create table follow_up_indicator (
  occasion_id bigint not null references follow_up_occasion (id),
  indicator_key varchar(100) not null,
  period varchar(10) not null,
  position int not null,
  printed varchar(200),
  figure numeric(21, 6),
  missing boolean not null default false,
  reason varchar(2000),
  source varchar(400),
  measured_on date,
  primary key (occasion_id, indicator_key, period),
  constraint follow_up_indicator_given_or_missing check (missing = (figure is null))
);
