-- Member activity in three consecutive periods of equal length: 0 (before the previous),
-- 1 (previous) and 2 (current); `retained` = active in the period and in the next.
-- Rendered on visits_base.sql: three periods of who was there, from the visits table.
WITH ${base},
active AS (
    SELECT DISTINCT
        member_id,
        CASE
            WHEN event_date >= ${current_from} THEN 2
            WHEN event_date >= ${previous_from} THEN 1
            ELSE 0
        END AS period
    FROM ev
    WHERE member_id IS NOT NULL
)
SELECT a.period, count(*) AS active, count(b.member_id) AS retained
FROM active a
LEFT JOIN active b ON b.member_id = a.member_id AND b.period = a.period + 1
GROUP BY a.period
