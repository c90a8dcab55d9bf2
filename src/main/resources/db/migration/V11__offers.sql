-- Offers on applications: the terms (annual base at the offered FTE, its admin/clinical split,
-- start date), the posted range they were checked against (a snapshot, so a later change of the
-- requisition does not rewrite history), the CMO office's exception decision and the candidate's
-- answer. open_application_id is the application's id while the offer is open (pending exception
-- or extended) and null once it is closed: its unique key keeps one open offer per application on
-- H2 and PostgreSQL alike (both allow many nulls in a unique key).

create table job_offer (
    id                          bigint primary key,
    version                     bigint        not null,
    created_at                  timestamp(6) with time zone not null,
    created_by                  varchar(100)  not null,
    modified_at                 timestamp(6) with time zone not null,
    modified_by                 varchar(100)  not null,
    application_id              bigint        not null references job_application (id),
    open_application_id         bigint,
    requisition_id              bigint        not null references requisition (id),
    status                      varchar(20)   not null,
    amount                      numeric(12, 2) not null,
    fte                         numeric(4, 2) not null,
    admin_fte                   numeric(4, 2) not null,
    start_date                  date          not null,
    note                        varchar(1000),
    range_min                   numeric(12, 2) not null,
    range_max                   numeric(12, 2) not null,
    adjusted_for_fte            boolean       not null,
    offered_by                  varchar(100)  not null,
    offered_at                  timestamp(6) with time zone not null,
    exception_justification     varchar(1000),
    exception_requested_by      varchar(100),
    exception_requested_at      timestamp(6) with time zone,
    exception_decided_by        varchar(100),
    exception_decided_at        timestamp(6) with time zone,
    exception_decision_reason   varchar(1000),
    responded_by                varchar(100),
    responded_at                timestamp(6) with time zone,
    response_reason             varchar(1000),
    seat_code                   varchar(40),
    constraint job_offer_open_uk unique (open_application_id),
    constraint job_offer_terms_ck check (amount > 0 and fte > 0 and fte <= 1 and admin_fte >= 0 and admin_fte <= fte)
);
create index job_offer_application_idx on job_offer (application_id, offered_at);
-- The CMO office's queue reads the pending exceptions oldest first; hires are counted per requisition.
create index job_offer_status_idx on job_offer (status, exception_requested_at);
create index job_offer_requisition_idx on job_offer (requisition_id, status);
