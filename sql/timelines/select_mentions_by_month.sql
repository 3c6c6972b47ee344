-- The event_mentions table as the Parquet timeline stores it, with its hive partition keys
-- (the month of the event's date, as for events).
select
    *,
    year(date_start) as year,
    month(date_start) as month
from event_mentions
-- All months on a first write; afterwards only the months queued as changed.
where $all_months
    or exists (
        select 1
        from timeline_months_to_write as queued
        where queued.year = year(date_start) and queued.month = month(date_start)
    )
order by date_start, event_id, mention_id
