-- One canonical event per event_id in events_to_refresh (the events whose mentions changed). Its date is the narrowest
-- interval its dated mentions agree on; mentions dated only by their publication day and
-- references back to it ("the invasion") never narrow it. Its place is the best supported one.
insert into events by name
with mentions as (
    select
        event_mentions.*,
        coalesce(articles.source, event_mentions.article_id) as source_key,
        event_mentions.date_basis <> 'publication-date fallback'
            and not coalesce(event_mentions.is_reference, false) as dated,
        case event_mentions.date_basis
            when 'explicit' then 0
            when 'relative-to-publication' then 1
            else 2
        end as basis_rank,
        -- The event's place: one finer than a country, the one most of its mentions name,
        -- then the finest (a lone stray settlement does not outvote a region named five times).
        (
            coalesce(event_mentions.place_precision, 'country') <> 'country',
            count(event_mentions.place_name) over (
                partition by event_mentions.event_id, event_mentions.place_name
            ),
            case event_mentions.place_precision
                when 'settlement' then 3 when 'district' then 2 when 'region' then 1 else 0
            end,
            event_mentions.mention_id
        ) as place_rank
    from event_mentions
    inner join articles on event_mentions.article_id = articles.article_id
    where event_mentions.event_id in (select event_id from events_to_refresh)
),

grouped as (
    select
        event_id,
        coalesce(
            any_value(merge_key) filter (where merge_reason = 'founded'), any_value(merge_key)
        ) as merge_key,
        any_value(event_type) as event_type,
        -- The specific mode ("aerial") over a general one ("attack"): $general_modes.
        coalesce(
            max(event_mode) filter (where not list_contains($general_modes, event_mode)),
            max(event_mode)
        ) as event_mode,
        -- The CAMEO root of a mention of the event's own mode, the same one on every run.
        arg_max(
            cameo_root,
            (
                coalesce(not list_contains($general_modes, event_mode), false),
                coalesce(event_mode, ''),
                mention_id
            )
        ) as cameo_root,
        -- The title: the most informative mention (dated, both parties named, one readable
        -- sentence), then the most confident, the earliest sentence, and the mention id so
        -- that ties cannot pick differently from one run to the next.
        arg_max(
            evidence,
            (
                dated::int + (actor_code is not null)::int + (recipient_code is not null)::int
                + (length(evidence) between 40 and 200)::int,
                confidence,
                -sentence_index,
                mention_id
            )
        ) as best_evidence,
        arg_max(actor_code, (confidence, mention_id)) as actor_code,
        arg_max(actor_name, (confidence, mention_id)) as actor_name,
        arg_max(recipient_code, (confidence, mention_id)) as recipient_code,
        arg_max(recipient_name, (confidence, mention_id)) as recipient_name,
        coalesce(max(date_start) filter (where dated), max(date_start)) as date_start,
        coalesce(min(date_end) filter (where dated), min(date_end)) as date_end,
        coalesce(
            arg_min(date_precision, date_end - date_start) filter (where dated),
            any_value(date_precision)
        ) as date_precision,
        arg_min(date_basis, basis_rank) as date_basis,
        -- Every place column from the one best-ranked mention that has a place.
        arg_max(
            {
                'name': place_name,
                'geonames_id': place_geonames_id,
                'region_code': place_region_code,
                'country': place_country,
                'latitude': place_latitude,
                'longitude': place_longitude,
                'precision': place_precision
            },
            place_rank
        ) filter (where place_name is not null) as best_place,
        -- Asserted if any mention asserts it; else one framing, the same on every run.
        arg_min(modality, (modality <> 'asserted', modality)) as modality,
        count(*) as n_mentions,
        count(distinct article_id) as n_articles,
        count(distinct source_key) as n_sources,
        min(published) as first_reported,
        max(published) as last_reported
    from mentions
    group by event_id
)

select
    * exclude (best_evidence, best_place),
    best_place.name as place_name,
    best_place.geonames_id as place_geonames_id,
    best_place.region_code as place_region_code,
    best_place.country as place_country,
    best_place.latitude as place_latitude,
    best_place.longitude as place_longitude,
    best_place.precision as place_precision,
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
