-- One person is one candidate (issue 11): HR is warned when the person they add has the same name and
-- NPI as someone who applied before, which is looked up by the NPI.
create index job_application_npi_idx on job_application (npi);
