-- Retention cohorts: visitors by the day of their first visit (a track event; the days
-- read start a lookback period before the range), and how many of each cohort visit
-- again exactly N days later, for each N asked (by default 1, 7 and 30): columns dN.
-- Rendered on visits_base.sql: the year of lookback reads the small visits table.
WITH ${base},
visits AS (
    SELECT DISTINCT visitor_id, event_date
    FROM ev
    WHERE kind = 'track'
),
firsts AS (
    SELECT visitor_id, min(event_date) AS first_date
    FROM visits
    GROUP BY visitor_id
),
cohort AS (
    SELECT visitor_id, first_date
    FROM firsts
    WHERE first_date BETWEEN ${from} AND ${to}
),
returns AS (
    SELECT
        c.first_date,
        c.visitor_id,
        date_diff('day', CAST(c.first_date AS DATE), CAST(v.event_date AS DATE)) AS day_no
    FROM cohort c
    JOIN visits v ON v.visitor_id = c.visitor_id
)
SELECT
    first_date,
    count(DISTINCT visitor_id) AS size${day_columns}
FROM returns
GROUP BY first_date
