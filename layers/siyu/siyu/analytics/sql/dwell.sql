-- Time on page from page_leave events: count and total per page and dwell bucket.
WITH ${base}
SELECT
    page,
    ${dwell_bucket} AS bucket,
    count(*) AS leaves,
    sum(dwell_ms) AS total_ms
FROM ev
WHERE name = 'page_leave'
  AND dwell_ms IS NOT NULL
  AND ${page_filter}
GROUP BY 1, 2
