-- Operational measures counted at a follow-up occasion (verksamhetsmått, per period) and the
-- follow-up of private providers (when, what, outcome, deviations) (ADR 0014). Entered only while
-- the occasion is open (V24).
create table follow_up_measure_count (
  occasion_id bigint not null references follow_up_occasion (id),
  measure_key varchar(100) not null,
  period varchar(7) not null,
  position int not null,
  figure numeric(21, 6),
  missing boolean not null,
  reason varchar(2000),
  primary key (occasion_id, measure_key, period),
  constraint follow_up_measure_count_given check (missing = (figure is null))
);

create table follow_up_provider (
  occasion_id bigint not null references follow_up_occasion (id),
  provider_key varchar(100) not null,
  checked date not null,
  position int not null,
  what varchar(2000),
  outcome varchar(20) not null,
  deviations varchar(4000),
  primary key (occasion_id, provider_key, checked),
  constraint follow_up_provider_outcome check (outcome in ('NO_DEVIATION', 'DEVIATION'))
);
