-- Mark the timeline months of one publication day's stored mentions (before they are replaced).
insert into timeline_months_to_write
select distinct
    year(date_start) as year,
    month(date_start) as month
from event_mentions
where published = $day
