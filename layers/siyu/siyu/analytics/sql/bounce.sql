-- Bounce: sessions (visitor + session id) with exactly one page view, by landing page
-- (the page of the session's first view) and in all.
WITH ${base},
views AS (
    SELECT
        page,
        row_number() OVER (PARTITION BY visitor_id, session_id ORDER BY ts_ms, event_id) AS seq,
        count(*) OVER (PARTITION BY visitor_id, session_id) AS views
    FROM ev
    WHERE name = 'page_view'
),
sessions AS (
    SELECT page AS landing_page, views
    FROM views
    WHERE seq = 1
)
SELECT
    grouping(landing_page) AS grouping_set,
    landing_page,
    count(*) AS sessions,
    sum(CASE WHEN views = 1 THEN 1 ELSE 0 END) AS bounced
FROM sessions
WHERE ${landing_filter}
GROUP BY GROUPING SETS ((landing_page), ())
