-- Rewrite the first recorded migration's row as it is: two transactions doing so conflict at
-- commit in a DuckLake, which serialises processes applying the same migration.
update schema_migrations
set applied_at = applied_at
where version = (select min(version) from schema_migrations)
