-- event_sources: every article and sentence behind each event (the audit trail).
create or replace view event_sources as
select
    events.event_id,
    events.event_type,
    events.date_start,
    events.date_end,
    events.date_precision,
    articles.article_id,
    articles.title as article_title,
    articles.source,
    articles.url,
    articles.published,
    event_mentions.mention_id,
    event_mentions.sentence_index,
    event_mentions.char_start,
    event_mentions.char_end,
    event_mentions.date_text,
    event_mentions.modality,
    event_mentions.evidence
from events
inner join event_mentions on events.event_id = event_mentions.event_id
inner join articles on event_mentions.article_id = articles.article_id
order by events.date_start, events.event_id, articles.published, event_mentions.sentence_index;

comment on view event_sources is 'One row per mention: the event, the article (title, source, url, date) and the sentence behind it.';
comment on column event_sources.article_title is 'Headline of the article behind the mention.';
