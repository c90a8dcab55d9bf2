-- Work that must run once however many instances start or tick together (creating the first administrator
-- and the default approval chains at start-up, the demo's data, the nightly terminations) takes a row lock
-- here first (ClusterLock): a second instance waits for the first to commit, then sees what it did.
-- A row per name, inserted by the first instance that needs it.
create table cluster_lock (
    name varchar(50) primary key
);
