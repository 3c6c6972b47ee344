-- Events dated after their first report that are not framed as a prediction, demand,
-- hypothesis or negation (the extractor marks dated-future factual statements as predicted).
select event_id, event_type, date_start, first_reported, modality, left(title, 60) as title
from events
where date_start > first_reported
    and modality not in ('predicted', 'hypothetical', 'demanded', 'negated')
