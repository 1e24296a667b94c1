{{ current_article_rows('documents') }}
