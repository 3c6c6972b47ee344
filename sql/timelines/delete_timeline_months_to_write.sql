-- The queue is done once the new timeline version is in place.
delete from timeline_months_to_write
