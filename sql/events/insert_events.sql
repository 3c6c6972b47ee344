-- One canonical event per merge key; counts and report dates come from its mentions.
insert into events by name
with mentions as (
    select
        event_mentions.*,
        coalesce(articles.source, event_mentions.article_id) as source_key,
        case event_mentions.date_basis
            when 'explicit' then 0
            when 'relative-to-publication' then 1
            else 2
        end as basis_rank
    from event_mentions
    inner join articles on event_mentions.article_id = articles.article_id
),

grouped as (
    select
        event_id,
        any_value(merge_key) as merge_key,
        any_value(event_type) as event_type,
        any_value(event_mode) as event_mode,
        any_value(cameo_root) as cameo_root,
        arg_max(evidence, confidence * 1000000 - sentence_index) as best_evidence,
        any_value(actor_code) as actor_code,
        any_value(actor_name) as actor_name,
        any_value(recipient_code) as recipient_code,
        any_value(recipient_name) as recipient_name,
        min(date_start) as date_start,
        max(date_end) as date_end,
        any_value(date_precision) as date_precision,
        arg_min(date_basis, basis_rank) as date_basis,
        any_value(place_name) as place_name,
        any_value(place_geonames_id) as place_geonames_id,
        any_value(place_region_code) as place_region_code,
        any_value(place_country) as place_country,
        any_value(place_latitude) as place_latitude,
        any_value(place_longitude) as place_longitude,
        any_value(place_precision) as place_precision,
        any_value(modality) as modality,
        count(*) as n_mentions,
        count(distinct article_id) as n_articles,
        count(distinct source_key) as n_sources,
        min(published) as first_reported,
        max(published) as last_reported
    from mentions
    group by event_id
)

select
    * exclude (best_evidence),
    case
        when date_start > first_reported then 'future'
        when date_end < first_reported - 7 then 'historical'
        else 'current'
    end as temporal_status,
    case
        when length(best_evidence) > 160 then left(best_evidence, 157) || '...'
        else best_evidence
    end as title
from grouped
