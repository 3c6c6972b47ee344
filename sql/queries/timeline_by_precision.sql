-- What happened when, and how precisely do we know the date?
select
    date_label,
    date_precision,
    date_basis,
    event_type,
    actor_name,
    left(title, 60) as title
from timeline
where date_basis <> 'publication-date fallback'
order by date_start, event_type
limit 10;
