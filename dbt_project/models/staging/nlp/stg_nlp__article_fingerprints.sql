{{ current_article_rows('article_fingerprints') }}
