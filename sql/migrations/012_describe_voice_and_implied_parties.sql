-- Parties the text leaves unsaid (events/voice.py, events/targets.py): only the descriptions
-- change, so analysts reading the columns know what an empty text means.
comment on column event_mentions.actor_text is 'The actor as written in the article: a name, or "I"/"we"; empty when the sentence leaves its subject unspoken ("Held talks with ...") and actor_name is "the article''s voice".';
comment on column event_mentions.recipient_text is 'The recipient as written in the article; empty when the text leaves it implied (the other side of the war for an attack with no target named, the actor''s own officials for a meeting naming nobody else), which recipient_name then says.';
