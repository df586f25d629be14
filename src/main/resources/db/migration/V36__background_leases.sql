-- Background work that must run on one node at a time (issue 18): storing the demo plans at the first
-- start, removing expired sessions, printing decided documents ahead of their readers. A node takes a
-- job's lease by writing its name and an end time into the job's row when the row is free or its
-- lease has run out, and renews it while it works; if the node dies, the lease runs out and another
-- node takes the job over. Times are the database's own clock, so nodes need not agree on theirs.
create table background_lease (
  job varchar(50) primary key,
  holder varchar(200),
  taken_at timestamp,
  expires_at timestamp,
  done_at timestamp
);
