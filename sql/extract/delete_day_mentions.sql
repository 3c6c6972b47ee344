-- Drop one publication day's mentions (same transaction as the insert that replaces them).
delete from event_mentions
where published = $day
