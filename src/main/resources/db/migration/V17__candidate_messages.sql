-- What the candidate reads when HR moves or rejects their application (issue 11): the internal
-- reason stays with the hiring team; this optional message is the one HR chose to send.
alter table application_stage_change add column candidate_message varchar(2000);
