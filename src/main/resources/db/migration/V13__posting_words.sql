-- The job board's keyword index: the distinct words of each published version (title and text, as
-- PostingWords reads them). A keyword filter becomes one primary-key lookup per word instead of a
-- LIKE scan through every posting's 12,000 characters. Versions published before this migration are
-- indexed by the Java migration V13_1 that follows. Runs unchanged on H2 and PostgreSQL.
create table posting_word (
    word       varchar(60) not null,
    version_id bigint      not null references posting_version (id),
    primary key (word, version_id)
);
create index posting_word_version_idx on posting_word (version_id);
