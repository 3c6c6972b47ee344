-- Where a refused file went, and which bytes were refused.
alter table rejected_articles add column if not exists quarantined_to varchar;
alter table rejected_articles add column if not exists file_sha256 varchar;

comment on column rejected_articles.quarantined_to is 'Where the refused file was moved (relative to the data folder) when the whole file was refused; NULL when only some records of it were.';
comment on column rejected_articles.file_sha256 is 'sha256 of the file''s bytes: the same file refused twice is one row, a changed file a new one.';
