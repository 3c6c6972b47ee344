-- Drop the mentions of the articles being re-extracted (runs in the same transaction as the insert).
delete from event_mentions
where article_id in (select article_id from staged_extractions)
