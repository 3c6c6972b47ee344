-- Drop the mentions of the publication days being loaded (same transaction as the insert that
-- replaces them).
delete from event_mentions
where published in (select unnest($days))
