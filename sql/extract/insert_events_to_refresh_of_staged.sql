-- Mark the events the freshly loaded mentions joined or founded.
insert into events_to_refresh
select distinct event_id
from staged_mentions
