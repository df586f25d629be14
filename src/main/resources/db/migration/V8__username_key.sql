-- Two usernames that differ only in case (or in compatibility form: full-width letters) are one
-- name: username_key holds it in its compatibility form and lower case (se.styr.security.Usernames);
-- a new user whose key is taken is refused, and signing in finds the user by it.
alter table app_user add column username_key varchar(100);
update app_user set username_key = lower(username);
create index app_user_by_key on app_user (username_key);
