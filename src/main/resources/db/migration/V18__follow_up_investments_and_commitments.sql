-- Investment projects and commitments followed up at an occasion (ADR 0014): per project of the
-- plan's investment budget the outcome to date, forecast and comment (in the investment budget's own
-- unit, kept on the occasion); per activity, assignment, priority direction or action plan item its
-- status and comment. Entered only while the occasion is open (V19).
alter table follow_up_occasion add column investment_unit varchar(40);

create table follow_up_project (
  occasion_id bigint not null references follow_up_occasion (id),
  project_key varchar(100) not null,
  position int not null,
  name varchar(400),
  budget numeric(21, 6),
  outcome_to_date numeric(21, 6),
  forecast numeric(21, 6),
  comment varchar(8000),
  changed_by varchar(100),
  changed_at timestamp,
  primary key (occasion_id, project_key)
);

create table follow_up_commitment (
  occasion_id bigint not null references follow_up_occasion (id),
  kind varchar(20) not null,
  item_key varchar(201) not null,
  position int not null,
  status varchar(20) not null,
  comment varchar(8000),
  changed_by varchar(100),
  changed_at timestamp,
  primary key (occasion_id, kind, item_key),
  constraint follow_up_commitment_kind check (kind in ('ACTIVITY', 'ASSIGNMENT', 'DIRECTION', 'ACTION_ITEM')),
  constraint follow_up_commitment_status check (status in ('PLANNED', 'ONGOING', 'DONE', 'POSTPONED', 'CANCELLED'))
);
