-- Taps on one page: counts per grid cell (x across the columns, y down the rows of the
-- scroll height; 1.0 falls in the last cell) and per element.
WITH ${base},
taps AS (
    SELECT x, y, element
    FROM ev
    WHERE name = 'tap'
      AND page = ${page}
      AND x IS NOT NULL
      AND y IS NOT NULL
)
SELECT
    'cell' AS part,
    least(CAST(floor(x * ${cols}) AS INTEGER), ${cols} - 1) AS col_no,
    least(CAST(floor(y * ${rows}) AS INTEGER), ${rows} - 1) AS row_no,
    CAST(NULL AS VARCHAR) AS element,
    count(*) AS taps
FROM taps
GROUP BY 1, 2, 3, 4
UNION ALL
SELECT
    'element' AS part,
    CAST(NULL AS INTEGER) AS col_no,
    CAST(NULL AS INTEGER) AS row_no,
    element,
    count(*) AS taps
FROM taps
WHERE element IS NOT NULL
GROUP BY 1, 2, 3, 4
