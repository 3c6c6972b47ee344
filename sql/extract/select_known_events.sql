-- The known events a publication day's new mentions (the relation day_mentions) may join, as
-- matching sees them. Only candidates are read, so a day's cost does not grow with history:
-- events with a mention whose dates meet a new mention's (nesting dates and a publication day
-- inside an event's dates both imply that), and, for each undated reference such as "the
-- invasion", the established day-dated happening of its kind between the same two parties.
-- The day being replaced has already been deleted in the same transaction. $general_modes lists
-- the modes matching treats as none (event_types.yaml), as canonical.specific_mode does;
-- $theatre_guess matches the names of recipients guessed from the theatre (events/targets.py).
with new_mentions as (
    -- Typed here: a column that is empty on a quiet day arrives without a type.
    select
        cast(event_type as varchar) as event_type,
        case
            when not list_contains($general_modes, cast(event_mode as varchar))
                then cast(event_mode as varchar)
        end as event_mode,
        cast(date_start as date) as date_start,
        cast(date_end as date) as date_end,
        cast(published as date) as published,
        coalesce(cast(is_reference as boolean), false) as is_reference,
        cast(date_basis as varchar) = 'publication-date fallback' as undated,
        cast(actor_code as varchar) as actor_code,
        cast(recipient_code as varchar) as recipient_code,
        case
            when cast(modality as varchar) in ('asserted', 'claimed') then 'factual'
            else cast(modality as varchar)
        end as family
    from day_mentions
),

stored as (
    -- Only the columns matching reads: the evidence and other wide columns stay on disk.
    select
        event_id,
        event_type,
        event_mode,
        modality,
        date_start,
        date_end,
        actor_code,
        recipient_code,
        case when length(actor_code) = 6 then left(actor_code, 3) else actor_code end
            as actor_stem,
        -- As canonical.row_actors: a recipient guessed from the theatre alone ties nothing.
        case
            when recipient_name like $theatre_guess then null
            when length(recipient_code) = 6 then left(recipient_code, 3)
            else recipient_code
        end as recipient_stem,
        -- As canonical.place_key: a country is no place, only the country of one.
        case
            when place_precision <> 'country'
                then coalesce(cast(place_geonames_id as varchar), place_region_code)
        end as place,
        place_country,
        article_id,
        char_start,
        published,
        date_basis <> 'publication-date fallback' and not coalesce(is_reference, false) as dated,
        case when modality in ('asserted', 'claimed') then 'factual' else modality end as family
    from event_mentions
    where event_type in (select event_type from new_mentions)
),

meeting as (
    select distinct stored.event_id
    from stored
    inner join (
        -- Dates wider than a month nest with nothing (see canonical.py), so they seek no one.
        select distinct event_type, date_start, date_end
        from new_mentions
        where undated or date_end - date_start <= 31
    ) as spans
        on stored.event_type = spans.event_type
        and stored.date_start <= spans.date_end
        and stored.date_end >= spans.date_start
),

day_dated as (
    select distinct event_id
    from stored
    where dated and date_start = date_end
        and event_type in (select event_type from new_mentions where is_reference)
),

summaries as (
    select
        event_id,
        any_value(event_type) as event_type,
        max(event_mode) filter (where not list_contains($general_modes, event_mode))
            as event_mode,
        coalesce(bool_or(list_contains($general_modes, event_mode)), false) as general,
        -- As canonical.is_domestic: one side meeting itself (actor and recipient one country).
        coalesce(bool_or(actor_stem = recipient_stem), false) as domestic,
        any_value(modality) as modality,
        any_value(family) as family,
        coalesce(max(date_start) filter (where dated), max(date_start)) as date_start,
        coalesce(min(date_end) filter (where dated), min(date_end)) as date_end,
        bool_or(dated) as dated,
        count(*) filter (where dated) as n_dated,
        -- As canonical.actor_stem: RUSGOV and RUSMIL are both Russia.
        list_distinct(
            list_filter(flatten(list([actor_stem, recipient_stem])), stem -> stem is not null)
        ) as actor_stems,
        -- The place of the earliest mention that has one, as matching keeps the first place it
        -- sees (any_value would vary from run to run, and so would the merges).
        arg_min(place, (published, article_id, char_start)) filter (where place is not null)
            as place,
        arg_min(place_country, (published, article_id, char_start))
            filter (where place_country is not null) as country,
        min(published) as first_reported
    from stored
    where event_id in (select event_id from meeting union select event_id from day_dated)
    group by event_id
),

references_made as (
    select distinct
        event_type,
        event_mode,
        family,
        published,
        [
            case when length(actor_code) = 6 then left(actor_code, 3) else actor_code end,
            case when length(recipient_code) = 6 then left(recipient_code, 3)
                else recipient_code end
        ] as parties
    from new_mentions
    where is_reference and actor_code is not null and recipient_code is not null
),

referred as (
    select
        arg_min(
            summaries.event_id,
            (-summaries.n_dated, summaries.date_start, summaries.event_id)
        ) as event_id
    from references_made
    inner join summaries
        on summaries.event_type = references_made.event_type
        and summaries.event_mode is not distinct from references_made.event_mode
        and summaries.family = references_made.family
        and summaries.dated
        and summaries.date_start = summaries.date_end
        and summaries.date_start <= references_made.published
        and list_has_all(summaries.actor_stems, references_made.parties)
    group by references_made.event_type, references_made.event_mode, references_made.family,
        references_made.published, references_made.parties
)

select
    event_id,
    event_type,
    event_mode,
    modality,
    date_start,
    date_end,
    dated,
    n_dated,
    actor_stems,
    place,
    country,
    general,
    domestic,
    first_reported
from summaries
where event_id in (select event_id from meeting union select event_id from referred)
order by first_reported, event_id
