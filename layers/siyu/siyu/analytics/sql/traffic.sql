-- PV and UV (distinct visitors) of page views: per day, per page, per day and page, in all.
WITH ${base}
SELECT
    grouping(event_date, page) AS grouping_set,
    event_date,
    page,
    count(*) AS pv,
    count(DISTINCT visitor_id) AS uv
FROM ev
WHERE name = 'page_view'
  AND ${page_filter}
GROUP BY GROUPING SETS ((event_date, page), (event_date), (page), ())
