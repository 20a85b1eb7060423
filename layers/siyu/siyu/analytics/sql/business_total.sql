-- Distinct active members over a whole period (a sum of daily counts would count a member
-- once per day).
WITH ${base}
SELECT count(DISTINCT member_id) AS active_members
FROM ev
