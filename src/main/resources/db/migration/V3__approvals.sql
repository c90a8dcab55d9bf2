-- Approvals: configurable chains per requisition kind, the steps of every approval round with a
-- snapshot of what the approvers decide on, and delegations. Runs unchanged on H2 and PostgreSQL.

create table approval_chain (
    id          bigint primary key,
    version     bigint       not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100) not null,
    modified_at timestamp(6) with time zone not null,
    modified_by varchar(100) not null,
    kind        varchar(20)  not null,
    constraint approval_chain_kind_uk unique (kind)
);

-- One configured step: a role or a named person, optionally only above a salary maximum.
create table approval_chain_step (
    chain_id     bigint        not null references approval_chain (id) on delete cascade,
    step_index   integer       not null,
    label        varchar(100)  not null,
    role         varchar(40),
    username     varchar(100),
    salary_above numeric(12, 2),
    primary key (chain_id, step_index),
    constraint approval_chain_step_who_ck check ((role is null) <> (username is null))
);

-- What the approvers see, frozen when the round starts: they never need the requester's rights.
create table approval_request (
    id                    bigint primary key,
    version               bigint         not null,
    created_at            timestamp(6) with time zone not null,
    created_by            varchar(100)   not null,
    modified_at           timestamp(6) with time zone not null,
    modified_by           varchar(100)   not null,
    requisition_id        bigint         not null,
    round                 integer        not null,
    reference             varchar(20),
    kind                  varchar(20)    not null,
    title                 varchar(200)   not null,
    organisation_code     varchar(20),
    organisation_name     varchar(200),
    department            varchar(200),
    location              varchar(200),
    fte                   numeric(3, 2),
    admin_fte             numeric(3, 2),
    salary_min            numeric(12, 2),
    salary_max            numeric(12, 2),
    adjusted_for_fte      boolean        not null,
    openings              integer        not null,
    budget_min            numeric(14, 2),
    budget_max            numeric(14, 2),
    justification         varchar(4000),
    requested_by          varchar(100)   not null,
    requested_by_name     varchar(200),
    hiring_manager        varchar(100),
    hiring_manager_name   varchar(200),
    position_code         varchar(40),
    manager_position_code varchar(40),
    submitted_at          timestamp(6) with time zone not null,
    constraint approval_request_round_uk unique (requisition_id, round)
);

create table approval_request_dotted_line (
    request_id     bigint       not null references approval_request (id) on delete cascade,
    line_index     integer      not null,
    position_code  varchar(40)  not null,
    position_title varchar(200),
    label          varchar(100),
    primary key (request_id, line_index)
);

create table approval_step (
    id                 bigint primary key,
    version            bigint        not null,
    created_at         timestamp(6) with time zone not null,
    created_by         varchar(100)  not null,
    modified_at        timestamp(6) with time zone not null,
    modified_by        varchar(100)  not null,
    request_id         bigint        not null references approval_request (id),
    requisition_id     bigint        not null,
    round              integer       not null,
    sequence           integer       not null,
    label              varchar(100)  not null,
    role               varchar(40),
    username           varchar(100),
    approver_name      varchar(200)  not null,
    consulted          boolean       not null,
    state              varchar(20)   not null,
    note               varchar(500),
    activated_at       timestamp(6) with time zone,
    decided_at         timestamp(6) with time zone,
    decided_by         varchar(100),
    decided_by_name    varchar(200),
    on_behalf_of       varchar(100),
    on_behalf_of_name  varchar(200),
    comment            varchar(2000),
    constraint approval_step_sequence_uk unique (request_id, sequence),
    constraint approval_step_state_ck check (state in ('PENDING', 'WAITING', 'APPROVED', 'CONSULTED', 'REJECTED',
        'CHANGES_REQUESTED', 'SKIPPED', 'NOT_REACHED', 'SUPERSEDED', 'WITHDRAWN'))
);
create index approval_step_waiting_idx on approval_step (state, activated_at);
create index approval_step_requisition_idx on approval_step (requisition_id, round, sequence);

create table approval_delegation (
    id          bigint primary key,
    version     bigint       not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100) not null,
    modified_at timestamp(6) with time zone not null,
    modified_by varchar(100) not null,
    delegator   varchar(100) not null,
    delegate    varchar(100) not null,
    valid_from  date         not null,
    valid_to    date         not null,
    constraint approval_delegation_dates_ck check (valid_to >= valid_from),
    constraint approval_delegation_self_ck check (delegator <> delegate)
);
create index approval_delegation_delegate_idx on approval_delegation (delegate, valid_from);
create index approval_delegation_delegator_idx on approval_delegation (delegator, valid_from);

-- The default chains are created at start-up by DefaultApprovalChains (decision 5): ids come from the
-- shared pooled sequence, which only Hibernate may draw from.
