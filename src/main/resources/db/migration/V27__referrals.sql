-- Referrals (issue 15): a person refers a colleague (an employee) or someone outside (a name and an email,
-- kept in lower case) to a posted job. A referral is linked to the application the referred person makes
-- afterwards; the referrer then hears of its progress, never of the reasons. One referral per person per job.
create table referral (
    id                   bigint primary key,
    version              bigint        not null,
    created_at           timestamp(6) with time zone not null,
    created_by           varchar(100)  not null,
    modified_at          timestamp(6) with time zone not null,
    modified_by          varchar(100)  not null,
    requisition_id       bigint        not null references requisition (id),
    reference            varchar(20)   not null,
    title                varchar(200)  not null,
    referrer             varchar(100)  not null,
    referred_employee_id bigint references employee (id),
    referred_name        varchar(200)  not null,
    referred_email       varchar(200),
    note                 varchar(1000),
    application_id       bigint references job_application (id),
    progress             varchar(30)   not null,
    constraint referral_who_ck check (referred_employee_id is not null or referred_email is not null),
    constraint referral_employee_uk unique (requisition_id, referred_employee_id),
    constraint referral_email_uk unique (requisition_id, referred_email)
);
create index referral_referrer_idx on referral (referrer, created_at);
create index referral_application_idx on referral (application_id);
