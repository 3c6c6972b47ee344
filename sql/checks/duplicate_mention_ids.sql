-- Mention ids stored more than once, among the mentions of the run's publication days (every
-- day when none is given). Loading deletes a day before inserting it; this proves no id is left
-- twice, here or on another day.
with checked as (
    select distinct mention_id
    from event_mentions
    where published between coalesce(cast($first_day as date), date '0001-01-01')
        and coalesce(cast($last_day as date), date '9999-12-31')
)

select event_mentions.mention_id, count(*) as n_rows, min(published) as first_published
from event_mentions
inner join checked on event_mentions.mention_id = checked.mention_id
group by event_mentions.mention_id
having count(*) > 1
