-- Typed requirements that real postings state (issue 15): degrees preferred but not required ("MBA or
-- MHA preferred" next to "MD or DO required"), and years of clinical, educational and administrative
-- experience counted together. Screening shows a preferred degree as a plus, never as a failure.
create table posting_preferred_degree (
    posting_id bigint      not null references posting (id),
    degree     varchar(20) not null,
    primary key (posting_id, degree)
);
alter table posting add column combined_years integer;
alter table posting add constraint posting_combined_years_ck check (combined_years is null or combined_years >= 0);

-- A completed ACGME-accredited (or AOA-accredited) residency, asked by the posting and declared by the
-- applicant (null: not declared).
alter table posting add column residency_required boolean default false not null;
alter table job_application add column residency_completed boolean;
