-- person_cooccurrence, version 2.
-- Pairs of people named in the same article: the edges of a network. Each pair appears twice,
-- once from each side (person -> other), so "who appears with X" is one indexed lookup; keep
-- person_id < other_id for each edge once. Rejected mentions never count; merged persons count
-- under their survivor.
-- Version 2 (migration articles 0008): the same rows as version 1. The mentions' person ids are
-- stated NOT NULL (the joins already require it), so the planner drops the other mentions before
-- pairing them instead of after: a read of the whole view (the summary rebuild after a backlog)
-- takes about half the time.
CREATE VIEW report_person_cooccurrence AS
SELECT
    CAST(s1.id AS TEXT) || ':' || CAST(s2.id AS TEXT) AS id,
    s1.id AS person_id,
    s1.name AS person_name,
    s2.id AS other_id,
    s2.name AS other_name,
    COUNT(DISTINCT m1.article_id) AS articles,
    MIN(a.report_date) AS first_date,
    MAX(a.report_date) AS last_date
FROM people_mention m1
JOIN people_person p1 ON p1.id = m1.person_id
JOIN people_person s1 ON (s1.id = p1.merged_into_id OR (s1.id = p1.id AND p1.merged_into_id IS NULL))
JOIN people_mention m2
    ON m2.article_id = m1.article_id AND m2.status <> 'rejected' AND m2.person_id IS NOT NULL
JOIN people_person p2 ON p2.id = m2.person_id
JOIN people_person s2 ON (s2.id = p2.merged_into_id OR (s2.id = p2.id AND p2.merged_into_id IS NULL))
JOIN articles_article a ON a.id = m1.article_id
WHERE m1.status <> 'rejected' AND m1.person_id IS NOT NULL AND s1.id <> s2.id
GROUP BY s1.id, s1.name, s2.id, s2.name
