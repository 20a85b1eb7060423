-- The CTEs of a report read from the visits table (visits.sql) instead of the events, with
-- the same names and meaning as base.sql: copies of an event are the same row there, so
-- `dedup` is the distinct rows of the days; then the segment. Only the columns of the visits
-- table exist (no ts_ms, page, name): for reports on who visited which day.
visit_rows AS (
    SELECT *
    FROM ${visits}
    WHERE dt BETWEEN ${dt_from} AND ${dt_to}
),
dedup AS (
    SELECT DISTINCT event_date, kind, visitor_id, member_id, session_id, source_type
    FROM visit_rows
    WHERE event_date BETWEEN ${day_from} AND ${day_to}
),
ev AS (
    SELECT *
    FROM dedup d
    WHERE ${segment}
)
