-- An attack that names neither attacker nor place gets the side of the article's theatre as
-- its recipient (events/targets.py); only the descriptions change.
comment on column event_mentions.recipient_text is 'The recipient as written in the article; empty when the text leaves it implied (the other side of the war for an attack with no target named, the side of the article''s theatre when neither attacker nor place is named, the actor''s own officials for a meeting naming nobody else), which recipient_name then says.';
comment on column event_mentions.recipient_name is 'Canonical name of the recipient. One guessed from the article''s theatre alone ends in ", guessed from the article''s theatre" and ties no two reports into one event.';
