-- Version stamps of data that a node keeps things computed from (issue 18): what a node computed
-- from a decided plan and the national data (pages, documents) is kept per stamp, and the stamp is
-- read from here, so a change stored through any node is seen by every node.
create table cache_stamp (
  name varchar(50) primary key,
  revision bigint not null
);

insert into cache_stamp (name, revision) values ('national', 0);
