-- The candidate grid filters by job reference (kept on each application so the grid needs no join);
-- at a million applications that filter must be an index range like the requisition id's.
create index job_application_reference_stage_idx on job_application (reference, stage, submitted_at);
