-- Rows in the event_mentions table (compared with the Parquet timeline when it has no file yet).
select count(*) as n_mentions from event_mentions
