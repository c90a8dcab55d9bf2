-- Messages to candidates (issue 15): one HR-editable template per kind, with merge fields in braces
-- ({candidate}, {role}, {reference}, {interview}, {recruiter}), and every message sent, kept on the
-- application's timeline as the candidate received it.
create table message_template (
    kind         varchar(30)   primary key,
    version      bigint        not null,
    subject      varchar(200)  not null,
    body         varchar(4000) not null,
    modified_at  timestamp(6) with time zone not null,
    modified_by  varchar(100)  not null
);

insert into message_template (kind, version, subject, body, modified_at, modified_by) values
    ('ACKNOWLEDGEMENT', 0, 'We received your application for {role}',
     'Dear {candidate},' || chr(10) || chr(10) || 'Thank you for applying for {role} (job {reference}). We review every application against the posting''s requirements and will tell you of the next step.' || chr(10) || chr(10) || 'Kind regards,' || chr(10) || '{recruiter}',
     current_timestamp, 'system'),
    ('INTERVIEW_INVITATION', 0, 'Interview for {role}',
     'Dear {candidate},' || chr(10) || chr(10) || 'We would like to meet you for {role} (job {reference}). Your interview: {interview}. The calendar invitation follows separately.' || chr(10) || chr(10) || 'Kind regards,' || chr(10) || '{recruiter}',
     current_timestamp, 'system'),
    ('NOT_SELECTED', 0, 'Your application for {role}',
     'Dear {candidate},' || chr(10) || chr(10) || 'Thank you for your interest in {role} (job {reference}) and for the time you gave us. After careful consideration we will not take your application further.' || chr(10) || chr(10) || 'We hope to see you apply again.' || chr(10) || chr(10) || 'Kind regards,' || chr(10) || '{recruiter}',
     current_timestamp, 'system'),
    ('OFFER', 0, 'Your offer for {role}',
     'Dear {candidate},' || chr(10) || chr(10) || 'We are delighted to offer you the role of {role} (job {reference}). The offer and its terms are in the Staffing Portal under My applications; {recruiter} will walk you through them.' || chr(10) || chr(10) || 'Kind regards,' || chr(10) || '{recruiter}',
     current_timestamp, 'system');

create table candidate_message (
    id              bigint primary key,
    version         bigint        not null,
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(100)  not null,
    modified_at     timestamp(6) with time zone not null,
    modified_by     varchar(100)  not null,
    application_id  bigint        not null references job_application (id),
    kind            varchar(30)   not null,
    recipient       varchar(200),
    subject         varchar(200)  not null,
    body            varchar(4000) not null
);
create index candidate_message_application_idx on candidate_message (application_id, created_at);
