{{ current_article_rows('meeting_candidate_participants') }}
