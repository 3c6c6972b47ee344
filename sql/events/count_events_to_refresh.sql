-- How many events this refresh rebuilds or drops.
select count(distinct event_id) from events_to_refresh
