-- An invasion between the invader and the country it invaded (data/actors/invasions.csv) runs
-- from the one to the other however the text orders them; a side it leaves out is implied.
comment on column event_mentions.actor_text is 'The actor as written in the article: a name, or "I"/"we"; empty when the sentence leaves its subject unspoken ("Held talks with ...") and actor_name is "the article''s voice", or when the actor is implied, as the invader of an invasion the text names without one (actor_name then says so).';
