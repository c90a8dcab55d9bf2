-- Interviews of an application in the Interview or Finalist stage (issue 15): when (an instant and the time
-- zone it was planned in), how long, where (a place, a video link or both), who sits on the panel, and what
-- became of it. uid and sequence are the calendar event's (RFC 5545): an update or a cancellation is sent
-- with the same uid and a higher sequence, so Outlook and Google replace the event instead of adding one.
create table interview (
    id              bigint primary key,
    version         bigint        not null,
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(100)  not null,
    modified_at     timestamp(6) with time zone not null,
    modified_by     varchar(100)  not null,
    application_id  bigint        not null references job_application (id),
    requisition_id  bigint        not null references requisition (id),
    starts_at       timestamp(6) with time zone not null,
    minutes         integer       not null,
    time_zone       varchar(40)   not null,
    location        varchar(200),
    video_link      varchar(500),
    status          varchar(20)   not null,
    status_note     varchar(500),
    uid             varchar(100)  not null,
    sequence        integer       not null,
    constraint interview_uid_uk unique (uid),
    constraint interview_minutes_ck check (minutes between 15 and 480),
    constraint interview_where_ck check (location is not null or video_link is not null),
    constraint interview_status_ck check (status in ('SCHEDULED', 'DONE', 'CANCELLED', 'NO_SHOW'))
);
create index interview_application_idx on interview (application_id, starts_at);
create index interview_starts_idx on interview (starts_at);

create table interview_panelist (
    interview_id bigint       not null references interview (id),
    username     varchar(100) not null,
    constraint interview_panelist_pk primary key (interview_id, username)
);
create index interview_panelist_user_idx on interview_panelist (username);
