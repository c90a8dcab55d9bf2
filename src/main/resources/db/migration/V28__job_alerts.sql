-- Saved job searches and job alerts (issue 15): a caregiver keeps a job board search under a name and
-- chooses to be emailed as soon as a matching role is posted, in a daily digest, or not at all. The
-- search is stored as its filters (the centre of a radius search resolved to coordinates when saved),
-- so a sweep matches every saved search against the few new postings in memory, without a query per
-- person or per posting. The unsubscribe token lets the alert's email turn it off without signing in.
create table saved_search (
    id                bigint primary key,
    version           bigint        not null,
    created_at        timestamp(6) with time zone not null,
    created_by        varchar(100)  not null,
    modified_at       timestamp(6) with time zone not null,
    modified_by       varchar(100)  not null,
    username          varchar(100)  not null,
    name              varchar(80)   not null,
    keywords          varchar(200),
    near              varchar(100),
    place_label       varchar(200),
    radius_miles      integer,
    centre_latitude   double precision,
    centre_longitude  double precision,
    category          varchar(200),
    employment_type   varchar(20),
    education         varchar(30),
    experience_years  integer,
    salary_at_least   numeric(12, 2),
    frequency         varchar(10)   not null,
    unsubscribe_token varchar(64)   not null,
    last_alerted_at   timestamp(6) with time zone,
    alerts_sent       integer       not null,
    constraint saved_search_token_uk unique (unsubscribe_token),
    constraint saved_search_centre_ck check (near is null or (centre_latitude is not null and centre_longitude is not null))
);
create index saved_search_owner_idx on saved_search (username);
create index saved_search_frequency_idx on saved_search (frequency, created_at);

-- The postings each kind of alert has already considered: a posting is told once per frequency, and a
-- corrected version of it is not news. The sweep row is locked while a sweep runs, so two servers
-- never send the same alert twice.
create table job_alert_sweep (
    frequency   varchar(10) primary key,
    last_run_at timestamp(6) with time zone
);
insert into job_alert_sweep (frequency) values ('IMMEDIATE');
insert into job_alert_sweep (frequency) values ('DAILY');

create table job_alert_posting (
    requisition_id bigint      not null references requisition (id),
    frequency      varchar(10) not null,
    swept_at       timestamp(6) with time zone not null,
    primary key (requisition_id, frequency)
);
