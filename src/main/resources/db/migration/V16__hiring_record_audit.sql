-- Audit events about candidates (applications, offers, scorecards, candidate records, blind-review
-- settings, refusals) are candidate data: they name applicants, scores and offer amounts. They carry
-- the hiring record they belong to, so the trail shows them only to people who may read that
-- requisition's candidates (issue 11).
alter table audit_event add column hiring_record boolean default false not null;
alter table audit_event add column requisition_id bigint;
alter table audit_event add column application_id bigint;

update audit_event set hiring_record = true
 where entity_type in ('JobApplication', 'JobOffer', 'Scorecard', 'Candidate', 'ReviewSettings');

update audit_event set application_id = cast(entity_id as bigint)
 where entity_type = 'JobApplication';
update audit_event set application_id = (select o.application_id from job_offer o where o.id = cast(audit_event.entity_id as bigint))
 where entity_type = 'JobOffer';
update audit_event set application_id = (select s.application_id from scorecard s where s.id = cast(audit_event.entity_id as bigint))
 where entity_type = 'Scorecard';
update audit_event set requisition_id = (select a.requisition_id from job_application a where a.id = audit_event.application_id)
 where application_id is not null;
update audit_event set requisition_id = cast(entity_id as bigint)
 where entity_type = 'ReviewSettings';

create index audit_event_hiring_idx on audit_event (requisition_id, application_id);
