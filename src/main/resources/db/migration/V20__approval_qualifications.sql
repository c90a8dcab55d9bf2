-- Approvers see the typed qualifications before deciding (issue 11): the posting draft's minimum
-- qualifications in words, as they were when the round started.
alter table approval_request add column qualifications varchar(2000);
