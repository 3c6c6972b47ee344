-- Mark the events of the stored mentions of the days being loaded for refreshing (before the
-- days are replaced, so events that lose mentions are refreshed too).
insert into events_to_refresh
select distinct event_id
from event_mentions
where published in (select unnest($days))
