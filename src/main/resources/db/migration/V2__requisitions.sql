-- Requisitions: the request to fill a leadership seat, and the dotted lines a new seat is proposed with.
-- Runs unchanged on H2 and PostgreSQL.

-- Job references continue the health system's numbering (seed 004 carries 102619).
create sequence job_reference_seq start with 102600 increment by 1;

create table requisition (
    id                 bigint primary key,
    version            bigint        not null,
    created_at         timestamp(6) with time zone not null,
    created_by         varchar(100)  not null,
    modified_at        timestamp(6) with time zone not null,
    modified_by        varchar(100)  not null,
    reference          varchar(20)   not null,
    kind               varchar(20)   not null,
    status             varchar(30)   not null,
    title              varchar(200)  not null,
    organisation_code  varchar(20)   not null,
    department         varchar(200)  not null,
    category           varchar(200)  not null,
    address_line       varchar(200),
    city               varchar(100)  not null,
    state              varchar(2)    not null,
    postal_code        varchar(10),
    work_arrangement   varchar(20)   not null,
    days_on_site       integer,
    employment_type    varchar(20)   not null,
    job_type           varchar(20)   not null,
    fte                numeric(4, 2) not null,
    admin_fte          numeric(4, 2) not null,
    salary_min         numeric(12, 2),
    salary_max         numeric(12, 2),
    adjusted_for_fte   boolean       not null,
    justification      varchar(4000) not null,
    hiring_manager     varchar(100)  not null,
    recruiter          varchar(100)  not null,
    requested_by       varchar(100)  not null,
    target_start       date,
    openings           integer       not null,
    cost_center        varchar(40)   not null,
    position_code      varchar(40),
    manager_position_code varchar(40),
    approval_round     integer       not null,
    submitted_at       timestamp(6) with time zone,
    status_changed_at  timestamp(6) with time zone not null,
    held_from_status   varchar(30),
    closing_reason     varchar(1000),
    constraint requisition_reference_uk unique (reference),
    constraint requisition_fte_ck check (fte > 0 and fte <= 1.5 and admin_fte >= 0 and admin_fte <= fte),
    constraint requisition_openings_ck check (openings >= 1)
);
create index requisition_status_idx on requisition (status, status_changed_at);
create index requisition_hiring_manager_idx on requisition (hiring_manager, status);
create index requisition_requested_by_idx on requisition (requested_by, status);
create index requisition_recruiter_idx on requisition (recruiter, status);
create index requisition_organisation_idx on requisition (organisation_code, department);
create index requisition_position_idx on requisition (position_code, status);
create index requisition_created_idx on requisition (created_at);

create table requisition_dotted_line (
    requisition_id bigint       not null references requisition (id),
    ordinal        integer      not null,
    position_code  varchar(40)  not null,
    label          varchar(100) not null,
    primary key (requisition_id, ordinal)
);
