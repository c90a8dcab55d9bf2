-- Applications: candidates (internal caregivers now, external people later), their applications to
-- posted requisitions with the credentials they declared, the stage history and the uploaded
-- documents (kept in the database, never on the web root). Runs unchanged on H2 and PostgreSQL.

create table candidate (
    id           bigint primary key,
    version      bigint        not null,
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(100)  not null,
    modified_at  timestamp(6) with time zone not null,
    modified_by  varchar(100)  not null,
    employee_id  bigint references employee (id),
    given_name   varchar(100),
    family_name  varchar(100),
    email        varchar(200),
    phone        varchar(40),
    constraint candidate_employee_uk unique (employee_id)
);

create table job_application (
    id                  bigint primary key,
    version             bigint        not null,
    created_at          timestamp(6) with time zone not null,
    created_by          varchar(100)  not null,
    modified_at         timestamp(6) with time zone not null,
    modified_by         varchar(100)  not null,
    candidate_id        bigint        not null references candidate (id),
    requisition_id      bigint        not null references requisition (id),
    reference           varchar(20)   not null,
    title               varchar(200)  not null,
    stage               varchar(20)   not null,
    source              varchar(20)   not null,
    submitted_at        timestamp(6) with time zone not null,
    stage_changed_at    timestamp(6) with time zone not null,
    withdrawn_at        timestamp(6) with time zone,
    closing_reason      varchar(1000),
    npi                 varchar(10),
    clinical_years      integer,
    leadership_years    integer,
    managed_care_years  integer,
    constraint job_application_uk unique (requisition_id, candidate_id),
    constraint job_application_years_ck check ((clinical_years is null or clinical_years >= 0)
        and (leadership_years is null or leadership_years >= 0) and (managed_care_years is null or managed_care_years >= 0))
);
create index job_application_candidate_idx on job_application (candidate_id, submitted_at);
create index job_application_requisition_idx on job_application (requisition_id, stage);

create table application_degree (
    application_id bigint      not null references job_application (id),
    degree         varchar(20) not null,
    primary key (application_id, degree)
);

create table application_board_certification (
    application_id bigint       not null references job_application (id),
    ordinal        integer      not null,
    specialty      varchar(200) not null,
    board          varchar(200) not null,
    expires_on     date,
    primary key (application_id, ordinal)
);

create table application_license (
    application_id bigint       not null references job_application (id),
    ordinal        integer      not null,
    state          varchar(2)   not null,
    number         varchar(40)  not null,
    status         varchar(20)  not null,
    expires_on     date,
    primary key (application_id, ordinal)
);

create table application_stage_change (
    id             bigint primary key,
    version        bigint        not null,
    created_at     timestamp(6) with time zone not null,
    created_by     varchar(100)  not null,
    modified_at    timestamp(6) with time zone not null,
    modified_by    varchar(100)  not null,
    application_id bigint        not null references job_application (id),
    from_stage     varchar(20),
    to_stage       varchar(20)   not null,
    changed_by     varchar(100)  not null,
    changed_at     timestamp(6) with time zone not null,
    reason         varchar(1000)
);
create index application_stage_change_idx on application_stage_change (application_id, changed_at);

-- bytea is PostgreSQL's binary type and an alias of H2's BINARY VARYING: one spelling for both.
create table application_document (
    id             bigint primary key,
    version        bigint        not null,
    created_at     timestamp(6) with time zone not null,
    created_by     varchar(100)  not null,
    modified_at    timestamp(6) with time zone not null,
    modified_by    varchar(100)  not null,
    application_id bigint        not null references job_application (id),
    kind           varchar(20)   not null,
    filename       varchar(255)  not null,
    content_type   varchar(100)  not null,
    size_bytes     bigint        not null,
    content        bytea         not null,
    constraint application_document_uk unique (application_id, kind)
);
