-- Rows in the events table (compared with the Parquet timeline when it has no file yet).
select count(*) as n_events from events
