{{ current_article_rows('meeting_candidates') }}
