-- The events a report reads: the CTEs every report starts with.
-- Delivery is at least once, so copies of an event (same event_id) are dropped, keeping
-- the first received; then the report's days (Asia/Shanghai) and segment apply.
-- dt (the UTC arrival date) only prunes partitions: the window is wider than the days.
-- `keep` keeps only the events a report can use, before the costly dedup; copies of an event
-- are alike in everything but their arrival, so it keeps all copies of an event or none.
raw AS (
    SELECT *
    FROM ${events}
    WHERE dt BETWEEN ${dt_from} AND ${dt_to}
      AND (${keep})
),
ranked AS (
    SELECT r.*, row_number() OVER (PARTITION BY r.event_id ORDER BY r.received_at, r.dt) AS copy_no
    FROM raw r
),
dedup AS (
    SELECT *
    FROM ranked
    WHERE copy_no = 1
      AND event_date BETWEEN ${day_from} AND ${day_to}
),
ev AS (
    SELECT *
    FROM dedup d
    WHERE ${segment}
)
