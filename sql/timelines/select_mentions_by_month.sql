-- The event_mentions table as the Parquet timeline stores it, with its hive partition keys
-- (the month of the event's date, as for events).
select
    *,
    year(date_start) as year,
    month(date_start) as month
from event_mentions
order by date_start, event_id, mention_id
