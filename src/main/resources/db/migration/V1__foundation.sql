-- Foundation schema: accounts, employees, the org chart and the audit trail.
-- Runs unchanged on H2 (embedded default) and PostgreSQL (production).

create sequence entity_id_seq start with 1 increment by 50;
create sequence audit_event_id_seq start with 1 increment by 50;

create table audit_event (
    id           bigint primary key,
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(100) not null,
    entity_type  varchar(60)  not null,
    entity_id    varchar(60)  not null,
    action       varchar(60)  not null,
    before_state varchar(4000),
    after_state  varchar(4000)
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at);
create index audit_event_occurred_idx on audit_event (occurred_at);

create table employee (
    id              bigint primary key,
    version         bigint       not null,
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(100) not null,
    modified_at     timestamp(6) with time zone not null,
    modified_by     varchar(100) not null,
    employee_number varchar(20)  not null,
    given_name      varchar(100) not null,
    family_name     varchar(100) not null,
    post_nominals   varchar(60),
    email           varchar(200) not null,
    work_location   varchar(200),
    hire_date       date,
    constraint employee_number_uk unique (employee_number),
    constraint employee_email_uk unique (email)
);
create index employee_family_name_idx on employee (family_name, given_name);

create table app_user (
    id            bigint primary key,
    version       bigint       not null,
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(100) not null,
    modified_at   timestamp(6) with time zone not null,
    modified_by   varchar(100) not null,
    username      varchar(100) not null,
    password_hash varchar(200) not null,
    display_name  varchar(200) not null,
    employee_id   bigint references employee (id),
    enabled       boolean      not null,
    constraint app_user_username_uk unique (username)
);

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(40) not null,
    primary key (user_id, role)
);

create table organisation (
    id          bigint primary key,
    version     bigint       not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100) not null,
    modified_at timestamp(6) with time zone not null,
    modified_by varchar(100) not null,
    code        varchar(20)  not null,
    name        varchar(200) not null,
    city        varchar(100),
    state       varchar(2),
    constraint organisation_code_uk unique (code)
);

create table org_position (
    id              bigint primary key,
    version         bigint        not null,
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(100)  not null,
    modified_at     timestamp(6) with time zone not null,
    modified_by     varchar(100)  not null,
    code            varchar(40)   not null,
    title           varchar(200)  not null,
    organisation_id bigint        not null references organisation (id),
    department      varchar(200),
    location_city   varchar(100),
    location_state  varchar(2),
    fte             numeric(3, 2) not null,
    admin_fte       numeric(3, 2) not null,
    -- The seat exists from active_from (inclusive) until retired_from (exclusive).
    active_from     date          not null,
    retired_from    date,
    retirement_risk boolean       not null,
    succession_note varchar(500),
    constraint org_position_code_uk unique (code),
    constraint org_position_fte_ck check (fte > 0 and fte <= 1 and admin_fte >= 0 and admin_fte <= fte),
    constraint org_position_dates_ck check (retired_from is null or retired_from > active_from)
);
create index org_position_organisation_idx on org_position (organisation_id);
create index org_position_title_idx on org_position (title);

-- Who holds a seat, from when until when: the chart can be read as of any day.
create table position_incumbency (
    id             bigint primary key,
    version        bigint       not null,
    created_at     timestamp(6) with time zone not null,
    created_by     varchar(100) not null,
    modified_at    timestamp(6) with time zone not null,
    modified_by    varchar(100) not null,
    position_id    bigint       not null references org_position (id),
    employee_id    bigint       not null references employee (id),
    effective_from date         not null,
    effective_to   date,
    constraint position_incumbency_dates_ck check (effective_to is null or effective_to > effective_from)
);
create index position_incumbency_position_idx on position_incumbency (position_id, effective_from);
create index position_incumbency_employee_idx on position_incumbency (employee_id, effective_from);

create table succession_candidate (
    position_id bigint      not null references org_position (id),
    employee_id bigint      not null references employee (id),
    readiness   varchar(20) not null,
    primary key (position_id, employee_id),
    constraint succession_candidate_readiness_ck check (readiness in ('READY_NOW', 'READY_1_2_YEARS', 'READY_3_PLUS_YEARS'))
);

create table reporting_line (
    id                      bigint primary key,
    version                 bigint       not null,
    created_at              timestamp(6) with time zone not null,
    created_by              varchar(100) not null,
    modified_at             timestamp(6) with time zone not null,
    modified_by             varchar(100) not null,
    subordinate_position_id bigint       not null references org_position (id),
    superior_position_id    bigint       not null references org_position (id),
    kind                    varchar(10)  not null,
    label                   varchar(100),
    effective_from          date         not null,
    effective_to            date,
    constraint reporting_line_kind_ck check (kind in ('SOLID', 'DOTTED')),
    constraint reporting_line_not_self_ck check (subordinate_position_id <> superior_position_id),
    constraint reporting_line_label_ck check (kind = 'SOLID' or label is not null),
    constraint reporting_line_dates_ck check (effective_to is null or effective_to > effective_from)
);
create index reporting_line_up_idx on reporting_line (subordinate_position_id, kind, effective_from);
create index reporting_line_down_idx on reporting_line (superior_position_id, kind, effective_from);
