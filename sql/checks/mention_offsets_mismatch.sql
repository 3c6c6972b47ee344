-- Mentions whose offsets do not reproduce their evidence (or trigger) from the article text.
select
    m.mention_id,
    m.article_id,
    m.char_start,
    m.char_end,
    left(m.evidence, 60) as evidence
from event_mentions as m
inner join articles as a on m.article_id = a.article_id
where (
        substr(a.text, m.char_start + 1, m.char_end - m.char_start) <> m.evidence
        or substr(a.text, m.trigger_start + 1, m.trigger_end - m.trigger_start) <> m.trigger_text
    )
    -- The run's publication days, or every day when none is given (on both sides, so a day
    -- run reads only its own articles' text).
    and m.published between coalesce(cast($first_day as date), date '0001-01-01')
        and coalesce(cast($last_day as date), date '9999-12-31')
    and a.published between coalesce(cast($first_day as date), date '0001-01-01')
        and coalesce(cast($last_day as date), date '9999-12-31')
