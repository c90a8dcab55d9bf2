-- External candidates and further documents (issue 5).
--
-- An external person is one candidate row per email address, compared case-insensitively: HR adding
-- the same email again reuses that candidate, so job_application_uk (requisition_id, candidate_id)
-- already refuses the same person twice on one requisition, also when two recruiters add them at
-- the same moment. email_key is the lower-cased email (set by the application, checked here); H2
-- has no index on an expression, so the key is a column of its own. Internal candidates keep it
-- null (they are identified by employee_id), and unique constraints let any number of nulls through.
alter table candidate add column email_key varchar(200);
alter table candidate add constraint candidate_email_key_ck check (email_key is null or email_key = lower(email));
alter table candidate add constraint candidate_email_uk unique (email_key);

-- Documents: a CV and a cover letter stay one per application (HR may replace them), while reference
-- letters and other files may be attached several times. single_kind repeats the kind for the
-- one-per-application kinds and is null for the others, so the unique key below holds only the
-- former (neither database has a partial unique index that the other understands).
alter table application_document add column single_kind varchar(20);
update application_document set single_kind = kind;
alter table application_document drop constraint application_document_uk;
alter table application_document add constraint application_document_single_uk unique (application_id, single_kind);
alter table application_document add constraint application_document_single_ck
    check (single_kind is null or single_kind = kind);
