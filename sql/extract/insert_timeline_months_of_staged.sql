-- Mark the timeline months of the freshly loaded mentions.
insert into timeline_months_to_write
select distinct
    year(date_start) as year,
    month(date_start) as month
from staged_mentions
