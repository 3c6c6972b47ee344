-- Mark the timeline months of the stored mentions of the days being loaded (before they are
-- replaced).
insert into timeline_months_to_write
select distinct
    year(date_start) as year,
    month(date_start) as month
from event_mentions
where published in (select unnest($days))
