-- The employee directory kept in step with the HR system (issue 14): what HR's nightly file says about each
-- employee beyond the name, and the dated termination: the day HR gives, and whether the portal has carried
-- it out (seat vacated, account disabled) — a future day is carried out on that day.
alter table employee add column fte numeric(4, 2);
alter table employee add column manager_employee_number varchar(20);
alter table employee add column termination_date date;
alter table employee add column terminated boolean default false not null;
create index employee_due_termination_idx on employee (termination_date);
