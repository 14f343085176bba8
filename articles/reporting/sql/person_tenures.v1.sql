-- person_tenures, version 1.
-- A career timeline: person, organisation, title, first and last date seen, number of mentions.
-- Dates and counts come from the supporting mentions that are not rejected (a post whose every
-- mention was rejected disappears); a post entered by hand with no mention keeps its own dates.
-- Merged persons and organisations count under their survivor; rejected posts are left out.
CREATE VIEW report_person_tenures AS
SELECT
    MIN(t.id) AS id,
    s.id AS person_id,
    s.name AS person_name,
    o.id AS organisation_id,
    o.name AS organisation_name,
    t.title AS title,
    COALESCE(MIN(a.report_date), MIN(t.first_seen)) AS first_date,
    COALESCE(MAX(a.report_date), MAX(t.last_seen)) AS last_date,
    COUNT(DISTINCT m.id) AS mentions,
    COUNT(DISTINCT m.article_id) AS articles
FROM people_tenure t
JOIN people_person p ON p.id = t.person_id
JOIN people_person s ON (s.id = p.merged_into_id OR (s.id = p.id AND p.merged_into_id IS NULL))
LEFT JOIN people_organisation o0 ON o0.id = t.organisation_id
LEFT JOIN people_organisation o ON o.id = COALESCE(o0.merged_into_id, o0.id)
LEFT JOIN people_tenure_mentions tm ON tm.tenure_id = t.id
LEFT JOIN people_mention m ON m.id = tm.mention_id AND m.status <> 'rejected'
LEFT JOIN articles_article a ON a.id = m.article_id
WHERE t.status <> 'rejected'
GROUP BY s.id, s.name, o.id, o.name, t.title
HAVING COUNT(m.id) > 0 OR COUNT(tm.id) = 0
