-- The events table as the Parquet timeline stores it, with its hive partition keys.
select
    *,
    year(date_start) as year,
    month(date_start) as month
from events
-- All months on a first write; afterwards only the months queued as changed.
where $all_months
    or exists (
        select 1
        from timeline_months_to_write as queued
        where queued.year = year(date_start) and queued.month = month(date_start)
    )
order by date_start, date_end, event_id
