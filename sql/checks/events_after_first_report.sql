-- Events dated after their first report, unless a report before that date framed the event
-- as not yet fact (a prediction, demand, hypothesis, denial or negation): "talks will be held
-- on June 5" (June 1) and "talks were held on June 5" (June 6) are one event, rightly dated
-- after its first report. What remains is a date a report could not have known.
with forecast as (
    select distinct event_mentions.event_id
    from event_mentions
    inner join events on event_mentions.event_id = events.event_id
    where event_mentions.published < events.date_start
        and event_mentions.modality in ('predicted', 'hypothetical', 'demanded', 'denied', 'negated')
)

select event_id, event_type, date_start, first_reported, modality, left(title, 60) as title
from events
where date_start > first_reported
    and event_id not in (select event_id from forecast)
