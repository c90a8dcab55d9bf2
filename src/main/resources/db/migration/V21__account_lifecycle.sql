-- Administrators issue temporary passwords (new accounts, resets); whoever signs in with one must
-- choose their own before anything else (issue 12).
alter table app_user add column must_change_password boolean default false not null;
