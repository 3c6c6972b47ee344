-- Store newly seen articles; an article already stored (same content hash) keeps its first row.
insert or ignore into articles by name
select
    article_id,
    title,
    text,
    published,
    published_at,
    source,
    url,
    source_file,
    record,
    n_chars,
    ingested_at
from staged_articles
