-- The candidate review grid filters by requisition and stage and sorts by submission; keep each
-- page one index range scan at a million applications.
create index job_application_requisition_stage_idx on job_application (requisition_id, stage, submitted_at);
create index job_application_stage_idx on job_application (stage, submitted_at);
