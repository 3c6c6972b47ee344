-- Why each mention belongs to its event, and which mentions refer back to a known happening.
alter table event_mentions add column if not exists is_reference boolean;
alter table event_mentions add column if not exists merge_reason varchar;

comment on column event_mentions.is_reference is 'True for an undated definite mention of a singular happening ("the invasion"), which refers back to the earliest such event instead of founding one.';
comment on column event_mentions.merge_reason is 'Why the mention belongs to its event: founded (it started the event), the keys that matched (type, modality family, nested dates, shared actors, place), or the event it refers back to.';
comment on column event_mentions.merge_key is 'The mention''s own keys (type|mode|modality|date|actor|recipient|place), for comparing mentions.';
comment on column events.merge_key is 'The keys of the mention that founded the event; event_mentions.merge_reason says why each other mention joined it.';
comment on column events.event_id is 'Stable id: a hash of the founding mention, so re-runs and unrelated new articles never change it.';
