-- Full-text index over article titles and text (fts extension); query with
-- fts_main_articles.match_bm25(article_id, 'search terms').
pragma create_fts_index('articles', 'article_id', 'title', 'text', overwrite = 1)
