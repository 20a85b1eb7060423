-- Interactions: every event other than page views and page leaves (taps, custom events,
-- domain events such as CheckedIn or OrderPaid) in the previous (1) and current (2) period:
-- rendered with keep = reports.INTERACTIONS, so `ev` holds only those.
WITH ${base}
SELECT
    CASE WHEN event_date >= ${current_from} THEN 2 ELSE 1 END AS period,
    count(*) AS interactions,
    count(DISTINCT visitor_id) AS visitors
FROM ev
WHERE event_date >= ${previous_from}
GROUP BY 1
