-- Store newly seen articles; an article already stored (same content hash) keeps its first row.
-- A MERGE rather than INSERT OR IGNORE: a DuckLake table has no primary key to conflict on.
merge into articles
using (
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
    qualify row_number() over (partition by article_id order by source_file, record) = 1
) as staged
on articles.article_id = staged.article_id
when not matched then insert by name
