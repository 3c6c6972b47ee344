-- Mark the timeline months of the events being refreshed (run before the delete for their old
-- dates and after the insert for their new ones).
insert into timeline_months_to_write
select distinct
    year(date_start) as year,
    month(date_start) as month
from events
where event_id in (select event_id from events_to_refresh)
