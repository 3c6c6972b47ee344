-- The events new mentions may join, as matching sees them (built from their mentions; the
-- publication day being replaced has already been deleted in the same transaction).
with evidenced as (
    select
        *,
        date_basis <> 'publication-date fallback' and not coalesce(is_reference, false) as dated
    from event_mentions
    where event_type in (select unnest($event_types))
)

select
    event_id,
    any_value(event_type) as event_type,
    max(event_mode) as event_mode,
    any_value(modality) as modality,
    coalesce(max(date_start) filter (where dated), max(date_start)) as date_start,
    coalesce(min(date_end) filter (where dated), min(date_end)) as date_end,
    bool_or(dated) as dated,
    count(*) filter (where dated) as n_dated,
    list_distinct(flatten(list([actor_code, recipient_code]))) as actor_codes,
    coalesce(any_value(cast(place_geonames_id as varchar)), any_value(place_region_code)) as place,
    min(published) as first_reported,
    list_distinct(list(article_id)) as article_ids
from evidenced
group by event_id
order by first_reported, event_id
