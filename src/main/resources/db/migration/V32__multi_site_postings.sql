-- Multi-site roles (issue 15): a posting lists the other places it is based at besides the requisition's
-- ("City, ST"), and each published version keeps them with coordinates, so a radius search finds the
-- posting near any of its places.
create table posting_location (
    posting_id bigint       not null references posting (id),
    ordinal    integer      not null,
    place      varchar(100) not null,
    primary key (posting_id, ordinal)
);

create table posting_version_location (
    version_id bigint       not null references posting_version (id),
    ordinal    integer      not null,
    place      varchar(100) not null,
    latitude   double precision,
    longitude  double precision,
    primary key (version_id, ordinal)
);
create index posting_version_location_geo_idx on posting_version_location (latitude, longitude);
