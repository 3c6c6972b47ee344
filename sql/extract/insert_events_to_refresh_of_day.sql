-- Mark the events of one publication day's stored mentions for refreshing (before the day is
-- replaced, so events that lose mentions are refreshed too).
insert into events_to_refresh
select distinct event_id
from event_mentions
where published = $day
