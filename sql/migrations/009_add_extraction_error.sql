-- An article the extractor failed on is recorded, not lost, and does not stop its day.
alter table article_extractions add column if not exists extraction_error varchar;

comment on column article_extractions.extraction_error is 'Why extraction failed on this article (an extractor bug to report), else NULL; the article stays in articles.';
