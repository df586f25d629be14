-- A committee's ledger mapping for a plan year as changed beside the plan (ADR 0015): how the
-- accounting system's accounts and objects map to the plan's areas and investment projects. Every
-- change is a new version, never an update; the latest is the one ledger imports of that year use,
-- and until the first the plan file's own mapping counts. The mapping is kept as the canonical YAML
-- of the plan file's followUp → ledger section.
create table ledger_mapping (
  plan_id bigint not null references plan (id),
  version int not null,
  mapping text not null,
  changed_by varchar(200) not null,
  changed_at timestamp with time zone not null,
  reason varchar(2000),
  primary key (plan_id, version),
  constraint ledger_mapping_version_positive check (version >= 1)
);
