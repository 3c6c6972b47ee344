-- Drop one publication day's extraction records (same transaction as their replacement).
delete from article_extractions
where article_id in (select article_id from articles where published = $day)
