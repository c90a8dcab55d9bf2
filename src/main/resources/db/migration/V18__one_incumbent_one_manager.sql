-- A seat has one incumbent and one solid-line manager at a time (issue 11). Every change to a seat
-- locks it and checks the version its editor saw (OrgChartService), so changes never overlap; the
-- database adds what it can enforce alike on H2 and PostgreSQL: two incumbencies, or two solid lines,
-- of one seat never start on the same day. Neither database has a partial unique index the other
-- understands, so the solid line's key is a column of its own, null for dotted lines (unique keys
-- let any number of nulls through).
alter table position_incumbency add constraint position_incumbency_start_uk unique (position_id, effective_from);

alter table reporting_line add column solid_subordinate_id bigint;
update reporting_line set solid_subordinate_id = subordinate_position_id where kind = 'SOLID';
alter table reporting_line add constraint reporting_line_solid_start_uk unique (solid_subordinate_id, effective_from);
