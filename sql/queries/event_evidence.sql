-- Which article and sentence stand behind each dated event (the audit trail)?
select
    e.date_label,
    e.event_type,
    a.title as article,
    m.sentence_index,
    m.date_text,
    left(m.evidence, 60) as evidence
from timeline as e
inner join event_mentions as m on e.event_id = m.event_id
inner join articles as a on m.article_id = a.article_id
where m.date_text is not null
order by e.date_start, m.sentence_index
limit 8;
