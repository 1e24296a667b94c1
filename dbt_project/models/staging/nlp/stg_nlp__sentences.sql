{{ current_article_rows('sentences') }}
