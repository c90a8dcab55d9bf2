-- Sign-in through the health system's directory (issue 14): where each account comes from (LOCAL,
-- OIDC, LDAP, SCIM), the directory identity it is bound to (issuer + subject, or the LDAP entry's DN),
-- so a later sign-in cannot be matched to another person's account, and when its owner last signed in.
alter table app_user add column source varchar(10) default 'LOCAL' not null;
alter table app_user add column external_id varchar(400);
alter table app_user add column last_sign_in_at timestamp(6) with time zone;
alter table app_user add constraint app_user_external_id_uk unique (external_id);
