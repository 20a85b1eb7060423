-- Traffic sources: each session's launch (the first event that carries one) by scene, by
-- source type (video, live, share, other) and by source (which video, room, sharer).
WITH ${base},
launches AS (
    SELECT
        visitor_id,
        scene,
        source_type,
        source_id,
        row_number() OVER (PARTITION BY visitor_id, session_id ORDER BY ts_ms, event_id) AS seq
    FROM ev
    WHERE kind = 'track'
      AND source_type IS NOT NULL
)
SELECT
    grouping(scene, source_type, source_id) AS grouping_set,
    scene,
    source_type,
    source_id,
    count(*) AS sessions,
    count(DISTINCT visitor_id) AS visitors
FROM launches
WHERE seq = 1
GROUP BY GROUPING SETS ((scene), (source_type), (source_type, source_id))
