-- Internal control results reported at a follow-up occasion (ADR 0014): per control of the plan's
-- internal control plan, whether it was performed, its outcome, what was found, and the actions.
-- Entered only while the occasion is open (V17).
create table follow_up_control (
  occasion_id bigint not null references follow_up_occasion (id),
  control_key varchar(100) not null,
  position int not null,
  performed boolean not null,
  outcome varchar(20),
  found varchar(4000),
  primary key (occasion_id, control_key),
  constraint follow_up_control_outcome check (outcome in ('NO_DEVIATION', 'DEVIATION')),
  constraint follow_up_control_performed check (performed = (outcome is not null))
);

create table follow_up_control_action (
  occasion_id bigint not null,
  control_key varchar(100) not null,
  position int not null,
  description varchar(2000) not null,
  owner varchar(200),
  due date,
  primary key (occasion_id, control_key, position),
  constraint follow_up_control_action_control foreign key (occasion_id, control_key)
    references follow_up_control (occasion_id, control_key)
);
