-- Styr's database roles on PostgreSQL. Run once, as a superuser, in the database Styr is to use:
--
--   psql -U postgres -d styr -f src/main/resources/db/setup/postgresql-roles.sql
--   psql -U postgres -c "alter role styr_owner password '...'" -c "alter role styr_app password '...'"
--
-- styr_owner owns the schema and runs the migrations (Flyway: STYR_DB_OWNER); styr_app is the role
-- the application signs in as (STYR_DB_USER). styr_app owns nothing: it may read and write rows, but
-- not truncate, not alter or drop a table, not switch a trigger off, and not change or delete an
-- audit entry; neither role is a superuser (a superuser could switch the database's own rules off).
-- The script may be run again: it creates only what is missing.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'styr_owner') then
    create role styr_owner login nosuperuser nocreatedb nocreaterole noinherit nobypassrls;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'styr_app') then
    create role styr_app login nosuperuser nocreatedb nocreaterole noinherit nobypassrls;
  end if;
  execute format('grant connect, create on database %I to styr_owner', current_database());
  execute format('grant connect on database %I to styr_app', current_database());
end $$;

grant usage, create on schema public to styr_owner;
grant usage on schema public to styr_app;

-- What styr_owner creates (tables, their identity sequences), styr_app may use row by row. The audit
-- log's UPDATE and DELETE are taken back after each migration (db/vendor/postgresql/afterMigrate.sql).
alter default privileges for role styr_owner grant select, insert, update, delete on tables to styr_app;
alter default privileges for role styr_owner grant usage, select on sequences to styr_app;
