-- Reporting relationships have three kinds (issue 15): SOLID (primary), DOTTED (a secondary or matrix
-- relationship, consulted on approvals) and DYAD: two peers, a physician leader and an administrator,
-- who lead together. A dyad is stored once, from the seat it was added on, and read from both seats.
alter table reporting_line drop constraint reporting_line_kind_ck;
alter table reporting_line add constraint reporting_line_kind_ck check (kind in ('SOLID', 'DOTTED', 'DYAD'));
