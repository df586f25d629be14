-- Goals and indicators assessed by a person at a follow-up occasion (ADR 0014): the result, who,
-- when and why, for the occasion's year, in place of the plan's own assessment of the same subject.
-- Indicator values that are a yes or no ('true', 'false') or a count out of a set ('3/5') are kept
-- as the plan file writes them (answer); numbers stay in figure. Entered only while the occasion
-- is open (V26).
create table follow_up_assessment (
  occasion_id bigint not null references follow_up_occasion (id),
  subject_kind varchar(10) not null,
  subject_key varchar(100) not null,
  position int not null,
  result varchar(20) not null,
  assessed_by varchar(200) not null,
  assessed_on date,
  justification varchar(4000) not null,
  primary key (occasion_id, subject_kind, subject_key),
  constraint follow_up_assessment_kind check (subject_kind in ('GOAL', 'INDICATOR')),
  constraint follow_up_assessment_result
    check (result in ('MET', 'PARTLY_MET', 'NOT_MET', 'NOT_ASSESSED'))
);

alter table follow_up_indicator add column answer varchar(20);
alter table follow_up_indicator drop constraint follow_up_indicator_given_or_missing;
alter table follow_up_indicator add constraint follow_up_indicator_given_or_missing
  check (missing = (figure is null and answer is null) and (figure is null or answer is null));
