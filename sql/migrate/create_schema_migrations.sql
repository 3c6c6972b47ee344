-- Which migration files have been applied to this database, and when.
create table if not exists schema_migrations (
    version    varchar primary key,
    applied_at timestamp not null
);
