{{ current_article_rows('entity_spans') }}
