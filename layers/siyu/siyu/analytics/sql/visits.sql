-- The visits table, derived from the events one day partition (dt) at a time and kept
-- beside them: each distinct (day, kind, visitor, member, session, source) of the partition.
-- A year of a busy shop is about a third of a million rows of a few short columns instead of
-- a million events, and delivered copies collapse. Reports that only ask who was there on
-- which day (retention's first visits over a year, KPI's active members) read it instead of
-- the events (visits_base.sql). Built by the engine per partition as the partition changes
-- (engine.ColumnarCache), as an INSERT INTO … SELECT of this per day would on Athena.
SELECT DISTINCT ${dt}event_date, kind, visitor_id, member_id, session_id, source_type
FROM ${events}
