-- After every migration on PostgreSQL: when the application role styr_app exists (see
-- db/setup/postgresql-roles.sql), it may use the schema Styr was migrated into, read and write the
-- rows of its tables, and only read and add to the audit log. Without that role (one role for
-- everything, as on a developer's machine) nothing is done.
do $$
begin
  if exists (select 1 from pg_roles where rolname = 'styr_app') then
    execute format('grant usage on schema %I to styr_app', current_schema());
    execute format('grant select, insert, update, delete on all tables in schema %I to styr_app', current_schema());
    execute format('grant usage, select on all sequences in schema %I to styr_app', current_schema());
    execute format('revoke update, delete, truncate on %I.audit_entry from styr_app', current_schema());
    execute format('revoke truncate, references, trigger on all tables in schema %I from styr_app', current_schema());
    execute format('revoke all on %I.flyway_schema_history from styr_app', current_schema());
  end if;
end $$;
