-- events: canonical events, one row per happening however many articles report it.
create table if not exists events (
    event_id          varchar primary key,
    event_type        varchar not null,
    event_mode        varchar,
    cameo_root        varchar not null,
    title             varchar not null,
    actor_code        varchar,
    actor_name        varchar,
    recipient_code    varchar,
    recipient_name    varchar,
    date_start        date not null,
    date_end          date not null,
    date_precision    varchar not null,
    date_basis        varchar not null,
    place_name        varchar,
    place_geonames_id bigint,
    place_region_code varchar,
    place_country     varchar,
    place_latitude    double,
    place_longitude   double,
    place_precision   varchar,
    modality          varchar not null,
    n_mentions        integer not null,
    n_articles        integer not null,
    n_sources         integer not null,
    first_reported    date not null,
    last_reported     date not null,
    merge_key         varchar not null
);

comment on table events is 'Canonical events: mentions describing the same happening share one row. Every row has at least one event_mentions row behind it.';
comment on column events.event_id is 'Stable id: a hash of merge_key, so re-runs and unrelated new articles never change it.';
comment on column events.event_type is 'PLOVER event type, or STATEMENT for public statements (CAMEO 01).';
comment on column events.event_mode is 'PLOVER-style mode where one applies.';
comment on column events.cameo_root is 'CAMEO root code (two digits).';
comment on column events.title is 'Short title: the evidence sentence of the most informative mention, shortened.';
comment on column events.actor_code is 'Who acted (ISO3 + sector, or an organisation code).';
comment on column events.actor_name is 'Canonical name of the actor.';
comment on column events.recipient_code is 'Who the event was done to.';
comment on column events.recipient_name is 'Canonical name of the recipient.';
comment on column events.date_start is 'First day the event may have happened.';
comment on column events.date_end is 'Last day the event may have happened (inclusive).';
comment on column events.date_precision is 'day, week, month, quarter, season, half-year, year, decade or century.';
comment on column events.date_basis is 'explicit, relative-to-publication or publication-date fallback (the best basis among its mentions).';
comment on column events.place_name is 'Resolved place name.';
comment on column events.place_geonames_id is 'GeoNames id of the place.';
comment on column events.place_region_code is 'ISO 3166-2 region code of the place.';
comment on column events.place_country is 'ISO 3166-1 alpha-2 country code of the place.';
comment on column events.place_latitude is 'Latitude (WGS84).';
comment on column events.place_longitude is 'Longitude (WGS84).';
comment on column events.place_precision is 'settlement, district, region or country.';
comment on column events.modality is 'asserted, claimed, demanded, denied, predicted, hypothetical or negated: a claim and its denial are two events.';
comment on column events.n_mentions is 'Number of event mentions merged into the event.';
comment on column events.n_articles is 'Number of distinct articles reporting it.';
comment on column events.n_sources is 'Number of distinct sources (publishers) reporting it; an article with no known source counts as its own.';
comment on column events.first_reported is 'Earliest publication date among its articles.';
comment on column events.last_reported is 'Latest publication date among its articles.';
comment on column events.merge_key is 'The keys the mentions were merged on (type|mode|modality|date|actor|recipient|place), for auditing a merge.';
