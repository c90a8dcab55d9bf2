-- Two facts the dashboard (issue 16) reads at a million applications without replaying their history.
-- Stages only move one step forward, so how far an application got is its stage while it is live and
-- the stage it ended from once rejected or withdrawn; kept on the row at every move.
alter table job_application add column furthest_stage varchar(20);
update job_application set furthest_stage = stage where stage not in ('REJECTED', 'WITHDRAWN');
update job_application set furthest_stage = coalesce((select max(c.from_stage) from application_stage_change c
    where c.application_id = job_application.id and c.to_stage = job_application.stage), 'APPLIED')
    where furthest_stage is null;
alter table job_application alter column furthest_stage set not null;
-- The funnel and the sources read only these columns of the applications submitted in a period.
create index job_application_funnel_idx on job_application (submitted_at, requisition_id, furthest_stage, stage, source);

-- When the application entered the stage a move leaves: time in stage without pairing rows.
alter table application_stage_change add column from_stage_since timestamp(6) with time zone;
update application_stage_change c set from_stage_since = (select max(p.changed_at) from application_stage_change p
    where p.application_id = c.application_id and p.to_stage = c.from_stage)
    where c.from_stage is not null;
create index application_stage_change_time_idx on application_stage_change (changed_at, from_stage);

-- The dashboard's periods: approval decisions and offers by when they happened.
create index approval_step_decided_idx on approval_step (decided_at);
create index job_offer_responded_idx on job_offer (responded_at);
create index job_offer_offered_idx on job_offer (offered_at);
