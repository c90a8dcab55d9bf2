-- Scorecards: who reviews which application (the assignment is also the reviewer's scorecard),
-- their 1-5 ratings per criterion with notes and an overall recommendation, the per-requisition
-- blind first pass, and the submitted scorecards' average kept on the application so the review
-- grid can sort and filter by score at a million applications. Runs unchanged on H2 and PostgreSQL.

create table review_settings (
    requisition_id    bigint primary key references requisition (id),
    blind_first_pass  boolean      not null,
    changed_by        varchar(100) not null,
    changed_at        timestamp(6) with time zone not null
);

create table scorecard (
    id              bigint primary key,
    version         bigint        not null,
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(100)  not null,
    modified_at     timestamp(6) with time zone not null,
    modified_by     varchar(100)  not null,
    application_id  bigint        not null references job_application (id),
    reviewer        varchar(100)  not null,
    assigned_by     varchar(100)  not null,
    assigned_at     timestamp(6) with time zone not null,
    status          varchar(20)   not null,
    recommendation  varchar(20),
    submitted_at    timestamp(6) with time zone,
    constraint scorecard_uk unique (application_id, reviewer)
);
-- "My reviews": one range scan per reviewer.
create index scorecard_reviewer_idx on scorecard (reviewer, application_id);

create table scorecard_rating (
    scorecard_id  bigint        not null references scorecard (id),
    ordinal       integer       not null,
    criterion     varchar(200)  not null,
    rating        integer,
    notes         varchar(4000),
    primary key (scorecard_id, ordinal),
    constraint scorecard_rating_ck check (rating is null or (rating between 1 and 5))
);

alter table job_application add column score_avg numeric(3, 2);
alter table job_application add column score_count integer default 0 not null;
-- "Score at least X" alone and within one requisition, and best scores first (the grid sorts
-- unscored applications last, so the index is ordered the same way).
create index job_application_score_idx on job_application (score_avg desc nulls last, id);
create index job_application_requisition_score_idx on job_application (requisition_id, score_avg desc nulls last);
