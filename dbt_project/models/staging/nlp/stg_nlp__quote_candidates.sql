{{ current_article_rows('quote_candidates') }}
