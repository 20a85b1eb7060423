-- Ordered funnel: a visitor reaches step k when, after some occurrence of step 1 at t1,
-- steps 2..k happen in order, each strictly after the one before, all by t1 + window.
-- For each start the earliest next step is taken (it leaves the most room), so a visitor
-- reaches step k exactly when one of the chains below does.
-- Steps 2..n are funnel_step.sql repeated; the last part unions one count per step.
WITH ${base},
step1 AS (
    SELECT visitor_id, ts_ms AS t1, ts_ms AS t
    FROM ev
    WHERE visitor_id IS NOT NULL
      AND ${match1}
)${steps}
${counts}
