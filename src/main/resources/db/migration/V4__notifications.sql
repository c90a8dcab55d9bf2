-- In-app notifications (the bell in the navigation bar); each is also emailed once, after the
-- transaction that raised it commits. Runs unchanged on H2 and PostgreSQL.

create table notification (
    id          bigint primary key,
    version     bigint        not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100)  not null,
    modified_at timestamp(6) with time zone not null,
    modified_by varchar(100)  not null,
    -- The user name of the account it is for (app_user.username); no foreign key, so removing an
    -- account never has to wait for its notifications.
    recipient   varchar(100)  not null,
    subject     varchar(200)  not null,
    body        varchar(4000) not null,
    -- An application route such as "approvals" or "requisitions/42"; null when there is nothing to open.
    link        varchar(300),
    read_at     timestamp(6) with time zone
);
create index notification_recipient_idx on notification (recipient, read_at);
