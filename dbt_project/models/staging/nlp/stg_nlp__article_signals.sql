{{ current_article_rows('article_signals') }}
