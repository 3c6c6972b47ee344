-- articles: one row per distinct article (id = content hash), as ingested from the inbox.
create table if not exists articles (
    article_id   varchar primary key,
    title        varchar not null,
    text         varchar not null,
    published    date not null,
    published_at timestamp,
    source       varchar,
    url          varchar,
    source_file  varchar not null,
    record       varchar,
    n_chars      integer not null,
    ingested_at  timestamp not null
);

comment on table articles is 'One row per distinct article. article_id is a content hash, so the same article arriving twice (in any format) is stored once.';
comment on column articles.article_id is 'First 16 hex digits of sha256 over the whitespace-normalized title and text.';
comment on column articles.title is 'Headline as given by the source.';
comment on column articles.text is 'Main text; every character offset in event_mentions refers to this string.';
comment on column articles.published is 'Publication date (the report date, not an event date).';
comment on column articles.published_at is 'Publication timestamp in UTC when the source gives a time, else NULL.';
comment on column articles.source is 'Publisher or feed the article came from, when known.';
comment on column articles.url is 'Original address of the article, when known.';
comment on column articles.source_file is 'Inbox file the article was read from (first arrival).';
comment on column articles.record is 'Position inside a multi-article file (row, entry or line); NULL for one-article files.';
comment on column articles.n_chars is 'Length of text in characters.';
comment on column articles.ingested_at is 'When the pipeline first stored the article (UTC).';
