,
match${k} AS (
    SELECT visitor_id, ts_ms
    FROM ev
    WHERE ${match}
),
step${k} AS (
    SELECT p.visitor_id, p.t1, min(m.ts_ms) AS t
    FROM step${prev} p
    JOIN match${k} m
      ON m.visitor_id = p.visitor_id
     AND m.ts_ms > p.t
     AND m.ts_ms <= p.t1 + ${window_ms}
    GROUP BY p.visitor_id, p.t1
)
