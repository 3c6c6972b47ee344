-- Drop the extraction records of the publication days being loaded (same transaction as their
-- replacement).
delete from article_extractions
where article_id in (select article_id from articles where published in (select unnest($days)))
