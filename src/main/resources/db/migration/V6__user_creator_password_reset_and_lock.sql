-- Who created a local account (the administrator's username; null for the first administrator and for
-- users known from an OIDC provider), so that a municipality's administrator manages only the
-- grantless users they created themselves. And the last reset of a user's password by an
-- administrator (who and when), which the user is shown when they choose their new password.
alter table app_user add column created_by varchar(100);
alter table app_user add column password_reset_by varchar(100);
alter table app_user add column password_reset_at timestamp;

-- Until when an account is locked after too many wrong passwords in a row (null: not locked). An
-- administrator may lift the lock before.
alter table app_user add column locked_until timestamp;
