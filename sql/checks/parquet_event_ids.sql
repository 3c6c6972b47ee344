-- The Parquet events timeline against the events table: counts and duplicates.
with parquet as (
    select event_id from read_parquet($pattern, hive_partitioning = true)
)

select
    (select count(*) from parquet) as parquet_rows,
    (select count(distinct event_id) from parquet) as parquet_distinct_ids,
    (select count(*) from events) as table_rows
