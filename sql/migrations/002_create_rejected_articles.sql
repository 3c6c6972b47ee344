-- rejected_articles: every input the pipeline refused, with a reason a person understands.
create table if not exists rejected_articles (
    rejection_id varchar primary key,
    source_file  varchar not null,
    record       varchar,
    reason       varchar not null,
    rejected_at  timestamp not null
);

comment on table rejected_articles is 'Inputs that could not become articles (no publication date, empty, binary, malformed ...). Nothing is dropped silently: every refusal is a row here.';
comment on column rejected_articles.rejection_id is 'Hash of file content, record and reason: the same refusal is recorded once however often it is retried.';
comment on column rejected_articles.source_file is 'Inbox file the input came from.';
comment on column rejected_articles.record is 'Position inside a multi-article file (row, entry or line); NULL for the whole file.';
comment on column rejected_articles.reason is 'Why the input was refused, in one sentence.';
comment on column rejected_articles.rejected_at is 'When the refusal was first recorded (UTC).';
