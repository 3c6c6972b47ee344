-- Canonical events with no mention behind them.
select e.event_id, e.event_type, e.n_mentions
from events as e
left join event_mentions as m on e.event_id = m.event_id
group by e.event_id, e.event_type, e.n_mentions
having count(m.mention_id) = 0 or count(m.mention_id) <> e.n_mentions
