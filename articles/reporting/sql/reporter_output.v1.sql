-- reporter_output, version 1.
-- Bylines month by month: reporter (as printed in the byline), role (reporter, trainee_reporter,
-- correspondent, photographer), month, articles in all and by kind.
CREATE VIEW report_reporter_output AS
SELECT
    MIN(c.id) AS id,
    c.name AS reporter,
    c.role AS role,
    a.report_month AS month,
    COUNT(DISTINCT a.id) AS articles,
    COUNT(DISTINCT CASE WHEN a.kind = 'news' THEN a.id END) AS news,
    COUNT(DISTINCT CASE WHEN a.kind = 'xinhua' THEN a.id END) AS xinhua,
    COUNT(DISTINCT CASE WHEN a.kind = 'feature' THEN a.id END) AS feature,
    COUNT(DISTINCT CASE WHEN a.kind = 'photo' THEN a.id END) AS photo,
    COUNT(DISTINCT CASE WHEN a.kind = 'brief' THEN a.id END) AS brief,
    COUNT(DISTINCT CASE WHEN a.kind NOT IN ('news', 'xinhua', 'feature', 'photo', 'brief') THEN a.id END)
        AS other,
    MIN(a.report_date) AS first_date,
    MAX(a.report_date) AS last_date
FROM articles_credit c
JOIN articles_article a ON a.id = c.article_id
GROUP BY c.name, c.role, a.report_month
