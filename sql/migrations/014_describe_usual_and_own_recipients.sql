-- Implied recipients also come from usual targets (data/actors/usual_targets.csv: this war's
-- sanctions hit Russia, its aid goes to Ukraine) and from martial law, which a government
-- imposes on its own country; only the descriptions change.
comment on column event_mentions.recipient_text is 'The recipient as written in the article; empty when the text leaves it implied (the other side of the war for an attack with no target named, the side of the article''s theatre when neither attacker nor place is named, the actor''s own officials for a meeting or an instruction naming nobody else, the actor''s own country for martial law, the usual target of the event type in data/actors/usual_targets.csv for sanctions and aid), which recipient_name then says.';
