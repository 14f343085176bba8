-- event_timeline, version 1.
-- Events by date: type, location, number of participants (distinct persons, merged ones under
-- their survivor), number of articles reporting it and the first of their dates. Rejected
-- events are left out. date is the event's own date (NULL when the text does not give one).
CREATE VIEW report_event_timeline AS
SELECT
    e.id AS id,
    e.date AS date,
    e.name AS name,
    e.type AS type,
    e.location AS location,
    (
        SELECT COUNT(DISTINCT COALESCE(p.merged_into_id, p.id))
        FROM people_eventparticipant ep
        JOIN people_person p ON p.id = ep.person_id
        WHERE ep.event_id = e.id
    ) AS participants,
    (SELECT COUNT(*) FROM people_event_articles ea WHERE ea.event_id = e.id) AS articles,
    (
        SELECT MIN(a.report_date)
        FROM people_event_articles ea
        JOIN articles_article a ON a.id = ea.article_id
        WHERE ea.event_id = e.id
    ) AS first_article_date
FROM people_event e
WHERE e.status <> 'rejected'
