-- A title may date an article's story when its lead does not ("On June 3, Vladimir Putin will
-- meet ..."); such a date's expression lies in articles.title, so it has no offset in the text.
comment on column event_mentions.date_text is 'The temporal expression the date came from, as written (in the text, or in the article''s title when the title dates the story and date_text_start is empty).';
comment on column event_mentions.date_text_start is 'Offset of that expression in articles.text (it may lie in an earlier sentence that set the story time); empty when there is none or it stands in articles.title.';
