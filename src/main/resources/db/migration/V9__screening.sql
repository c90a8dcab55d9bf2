-- Screening and internal applicants' confidentiality: the facts the candidate grid filters by at a
-- million applications, kept on each application so no query re-reads credentials.
--
-- criteria_met: every screening criterion of the posting is met by a credential valid on the day
--   of evaluation (expiry ignored); null = not evaluated (applications submitted before this
--   version: they are evaluated again when their posting is next published).
-- credentials_expire_on: the earliest expiry among the credentials that meet a criterion (null when
--   none expires or a criterion is not met). With today's date it gives the outcome without a batch
--   job: not met = not criteria_met or expired before today; expiring = expires on or before today
--   + portal.screening.expiring-within-days; met otherwise.
-- criteria_summary: one line per criterion for the grid's tooltip.
-- applicant_manager_employee_id: the internal applicant's solid-line manager when they applied
--   (the incumbent of the seat above theirs); that person does not see the application unless they
--   are on the requisition's hiring team.
alter table job_application add column criteria_met boolean;
alter table job_application add column credentials_expire_on date;
alter table job_application add column criteria_summary varchar(2000);
alter table job_application add column applicant_manager_employee_id bigint;

-- The grid's "credential match" filter with a requisition: one index range per outcome.
create index job_application_match_idx on job_application (requisition_id, criteria_met, credentials_expire_on);

-- "Does anyone's application name me as their manager?": one probe before the grid applies the
-- confidentiality rule, so viewers who manage no applicant pay nothing more.
create index job_application_manager_idx on job_application (applicant_manager_employee_id);
