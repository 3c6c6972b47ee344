-- The Parquet mentions timeline against the event_mentions table: counts and duplicates.
with parquet as (
    select mention_id from read_parquet($pattern, hive_partitioning = true)
)

select
    (select count(*) from parquet) as parquet_rows,
    (select count(distinct mention_id) from parquet) as parquet_distinct_ids,
    (select count(*) from event_mentions) as table_rows
