-- article_extractions: which extractor version last processed each article.
create table if not exists article_extractions (
    article_id        varchar primary key,
    extractor_version varchar not null,
    n_timexes         integer not null,
    n_mentions        integer not null,
    extracted_at      timestamp not null
);

comment on table article_extractions is 'One row per article the extractor has processed, including articles that yielded no event; an article is re-extracted when the extractor version changes.';
comment on column article_extractions.article_id is 'The article (articles.article_id).';
comment on column article_extractions.extractor_version is 'Version of the rules and code that produced the article''s event mentions.';
comment on column article_extractions.n_timexes is 'Temporal expressions found in the article.';
comment on column article_extractions.n_mentions is 'Event mentions found in the article.';
comment on column article_extractions.extracted_at is 'When the extraction ran (UTC).';
