-- event_mentions: one row per event reported in one sentence of one article.
create table if not exists event_mentions (
    mention_id         varchar primary key,
    article_id         varchar not null,
    event_id           varchar not null,
    merge_key          varchar not null,
    event_type         varchar not null,
    event_mode         varchar,
    cameo_root         varchar not null,
    trigger_text       varchar not null,
    trigger_start      integer not null,
    trigger_end        integer not null,
    actor_code         varchar,
    actor_name         varchar,
    actor_text         varchar,
    recipient_code     varchar,
    recipient_name     varchar,
    recipient_text     varchar,
    actor_codes        varchar[],
    place_text         varchar,
    place_name         varchar,
    place_geonames_id  bigint,
    place_region_code  varchar,
    place_country      varchar,
    place_latitude     double,
    place_longitude    double,
    place_precision    varchar,
    place_fuzzy        boolean,
    place_names        varchar[],
    date_start         date not null,
    date_end           date not null,
    date_precision     varchar not null,
    date_basis         varchar not null,
    date_text          varchar,
    date_value         varchar,
    date_text_start    integer,
    modality           varchar not null,
    attributed_to_code varchar,
    attributed_to_text varchar,
    verification       varchar,
    sentence_index     integer not null,
    char_start         integer not null,
    char_end           integer not null,
    evidence           varchar not null,
    confidence         double not null,
    published          date not null,
    extractor_version  varchar not null
);

comment on table event_mentions is 'One row per event reported in a sentence of an article: the audit trail behind every event.';
comment on column event_mentions.mention_id is 'Hash of article, trigger offset and event type: stable across re-runs.';
comment on column event_mentions.article_id is 'The article reporting the event (articles.article_id).';
comment on column event_mentions.event_id is 'The canonical event this mention belongs to (events.event_id).';
comment on column event_mentions.merge_key is 'The keys this mention is merged on (type|mode|modality|date|actor|recipient|place).';
comment on column event_mentions.event_type is 'PLOVER event type (ASSAULT, REQUEST, REJECT ...), or STATEMENT for public statements such as news conferences (CAMEO 01).';
comment on column event_mentions.event_mode is 'PLOVER-style mode where one applies (invasion, aerial, withdraw, demand ...).';
comment on column event_mentions.cameo_root is 'CAMEO root code (two digits), for joins with GDELT/ICEWS-era data.';
comment on column event_mentions.trigger_text is 'The words that signal the event.';
comment on column event_mentions.trigger_start is 'Offset of the trigger in articles.text.';
comment on column event_mentions.trigger_end is 'End offset (exclusive) of the trigger in articles.text.';
comment on column event_mentions.actor_code is 'Who acted: ISO3 country plus sector (RUSGOV, UKRMIL ...) or an organisation code (NATO, EU).';
comment on column event_mentions.actor_name is 'Canonical name of the actor.';
comment on column event_mentions.actor_text is 'The actor as written in the article.';
comment on column event_mentions.recipient_code is 'Who the event was done to, coded like actor_code.';
comment on column event_mentions.recipient_name is 'Canonical name of the recipient.';
comment on column event_mentions.recipient_text is 'The recipient as written in the article.';
comment on column event_mentions.actor_codes is 'Codes of every actor named in the sentence (compound actors stay a list).';
comment on column event_mentions.place_text is 'The place as written in the article.';
comment on column event_mentions.place_name is 'Resolved place name (GeoNames English name).';
comment on column event_mentions.place_geonames_id is 'GeoNames id of the resolved place.';
comment on column event_mentions.place_region_code is 'ISO 3166-2 region of the place, e.g. UA-23 (Zaporizhzhia oblast).';
comment on column event_mentions.place_country is 'ISO 3166-1 alpha-2 country of the place.';
comment on column event_mentions.place_latitude is 'Latitude of the resolved place (WGS84).';
comment on column event_mentions.place_longitude is 'Longitude of the resolved place (WGS84).';
comment on column event_mentions.place_precision is 'What the place is: settlement, district, region or country.';
comment on column event_mentions.place_fuzzy is 'True when the place was matched only approximately (a misspelling or variant).';
comment on column event_mentions.place_names is 'Every resolved place named in the sentence.';
comment on column event_mentions.date_start is 'First day the event may have happened.';
comment on column event_mentions.date_end is 'Last day the event may have happened (inclusive).';
comment on column event_mentions.date_precision is 'Granularity of the date: day, week, month, quarter, season, half-year, year, decade or century.';
comment on column event_mentions.date_basis is 'explicit (the text gives the date), relative-to-publication (resolved from "on Friday", "last week" ...) or publication-date fallback (no date in the text: the report date stands in and says so).';
comment on column event_mentions.date_text is 'The temporal expression the date came from, as written.';
comment on column event_mentions.date_value is 'TIMEX3 value of that expression (2022-02, 2025-12-19 ...).';
comment on column event_mentions.date_text_start is 'Offset of that expression in articles.text (it may lie in an earlier sentence that set the story time).';
comment on column event_mentions.modality is 'How the text frames the event: asserted, claimed, demanded, denied, predicted, hypothetical or negated.';
comment on column event_mentions.attributed_to_code is 'Code of whoever the statement is attributed to (the speaker), if any.';
comment on column event_mentions.attributed_to_text is 'The speaker as written.';
comment on column event_mentions.verification is 'unverified or disputed when the article says so about the claim, else NULL.';
comment on column event_mentions.sentence_index is 'Index of the evidence sentence in the article (0-based).';
comment on column event_mentions.char_start is 'Offset of the evidence sentence in articles.text.';
comment on column event_mentions.char_end is 'End offset (exclusive): substr(text, char_start + 1, char_end - char_start) = evidence.';
comment on column event_mentions.evidence is 'The sentence reporting the event, verbatim.';
comment on column event_mentions.confidence is 'Heuristic score in [0, 1]: the share of the mention''s parts (actor, date, place, trigger) the text supplied.';
comment on column event_mentions.published is 'Publication date of the article (the report date).';
comment on column event_mentions.extractor_version is 'Version of the rules and code that produced the row.';
