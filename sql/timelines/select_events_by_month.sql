-- The events table as the Parquet timeline stores it, with its hive partition keys.
select
    *,
    year(date_start) as year,
    month(date_start) as month
from events
order by date_start, date_end, event_id
