-- The queue is done once the refreshed events are in (same transaction).
delete from events_to_refresh
