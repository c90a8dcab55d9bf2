-- Postings: what HR writes for an approved requisition (sections and typed requirements), and every
-- published version exactly as caregivers saw it. Runs unchanged on H2 and PostgreSQL.

create table posting (
    id                 bigint primary key,
    version            bigint        not null,
    created_at         timestamp(6) with time zone not null,
    created_by         varchar(100)  not null,
    modified_at        timestamp(6) with time zone not null,
    modified_by        varchar(100)  not null,
    requisition_id     bigint        not null references requisition (id),
    education_minimum  varchar(30),
    clinical_years     integer,
    leadership_years   integer,
    managed_care_years integer,
    board_certification_required boolean not null,
    visibility         varchar(20)   not null,
    internal_days      integer,
    open_date          date,
    close_date         date,
    published_version  integer       not null,
    unpublished_changes boolean      not null,
    constraint posting_requisition_uk unique (requisition_id),
    constraint posting_dates_ck check (open_date is null or close_date is null or close_date > open_date),
    constraint posting_years_ck check ((clinical_years is null or clinical_years >= 0)
        and (leadership_years is null or leadership_years >= 0) and (managed_care_years is null or managed_care_years >= 0))
);

-- Sections in order: kind, heading and a sanitised Markdown body (seed 002 is about 12,000 characters in all).
create table posting_section (
    posting_id bigint         not null references posting (id),
    ordinal    integer        not null,
    kind       varchar(30)    not null,
    heading    varchar(300)   not null,
    body       varchar(100000) not null,
    primary key (posting_id, ordinal)
);

create table posting_degree (
    posting_id bigint      not null references posting (id),
    degree     varchar(20) not null,
    primary key (posting_id, degree)
);

create table posting_licence_state (
    posting_id bigint     not null references posting (id),
    state      varchar(2) not null,
    primary key (posting_id, state)
);

create table posting_competency (
    posting_id bigint       not null references posting (id),
    ordinal    integer      not null,
    name       varchar(200) not null,
    primary key (posting_id, ordinal)
);

-- A published version: the rendered document and the key facts as they were shown. Never updated.
create table posting_version (
    id                 bigint primary key,
    version            bigint        not null,
    created_at         timestamp(6) with time zone not null,
    created_by         varchar(100)  not null,
    modified_at        timestamp(6) with time zone not null,
    modified_by        varchar(100)  not null,
    posting_id         bigint        not null references posting (id),
    requisition_id     bigint        not null references requisition (id),
    number             integer       not null,
    reference          varchar(20)   not null,
    title              varchar(200)  not null,
    location           varchar(400)  not null,
    work_arrangement   varchar(100)  not null,
    employment         varchar(200)  not null,
    fte                numeric(4, 2) not null,
    admin_fte          numeric(4, 2) not null,
    salary_min         numeric(12, 2) not null,
    salary_max         numeric(12, 2) not null,
    adjusted_for_fte   boolean       not null,
    pay_range          varchar(200)  not null,
    reports_to         varchar(300),
    dotted_line_to     varchar(1000),
    visibility         varchar(20)   not null,
    internal_days      integer,
    open_date          date,
    close_date         date,
    document           varchar(400000) not null,
    constraint posting_version_number_uk unique (posting_id, number)
);
create index posting_version_requisition_idx on posting_version (requisition_id, number);
