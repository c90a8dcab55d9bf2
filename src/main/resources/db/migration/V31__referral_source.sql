-- A referral is a source of the application (issue 15): the referrer's name is kept on the application
-- it was linked to, so the candidate grid shows and filters "Referral" without reading the referrals.
alter table job_application add column referred_by varchar(200);
create index job_application_referred_idx on job_application (requisition_id, referred_by);
