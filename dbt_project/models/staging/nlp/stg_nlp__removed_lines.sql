{{ current_article_rows('removed_lines') }}
