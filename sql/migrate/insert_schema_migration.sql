-- Record one applied migration (same transaction as the migration itself).
insert into schema_migrations (version, applied_at) values ($version, $applied_at)
