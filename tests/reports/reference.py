"""Every report computed again in plain Python over the generated events, by definition
and without the SQL: what the engines must equal exactly. The output has the reports'
shape (same fields, same order) so a test compares whole documents."""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

Event = dict[str, Any]
BUCKETS = [(3_000, "0-3s"), (10_000, "3-10s"), (30_000, "10-30s"), (60_000, "30-60s"), (180_000, "1-3min")]
BUCKETS += [(600_000, "3-10min"), (math.inf, "10min+")]


def r4(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


_dedup_cache: dict[int, tuple[list[Event], list[Event]]] = {}


def deduplicated(events: list[Event]) -> list[Event]:
    """One copy per event id: the first received (remembered per list: the tests ask often)."""
    cached = _dedup_cache.get(id(events))
    if cached is not None and cached[0] is events:
        return cached[1]
    first: dict[str, Event] = {}
    for e in events:
        kept = first.get(e["event_id"])
        if kept is None or e["received_at"] < kept["received_at"]:
            first[e["event_id"]] = e
    _dedup_cache[id(events)] = (events, list(first.values()))
    return _dedup_cache[id(events)][1]


ATTRIBUTION_MS = 24 * 3600 * 1000


def select(
    events: list[Event], start: date, end: date, segment: str = "all", attribution_ms: int = ATTRIBUTION_MS
) -> list[Event]:
    days = [e for e in deduplicated(events) if start.isoformat() <= e["event_date"] <= end.isoformat()]
    if segment == "all":
        return days
    if segment == "members":
        return [e for e in days if e.get("member_id")]
    if segment == "anonymous":
        return [e for e in days if not e.get("member_id") and e["kind"] == "track"]
    sessions = {(e["visitor_id"], e.get("session_id")) for e in days if e.get("source_type") == segment}
    # A domain event (order, payment) has no session: it belongs to the source of its member's
    # latest launch before it, within the attribution window.
    launches: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for e in days:
        if e["kind"] == "track" and e.get("member_id") and e.get("source_type") is not None:
            launches[e["member_id"]].append((e["ts_ms"], e["source_type"]))

    def attributed(e: Event) -> bool:
        before = [
            launch
            for launch in launches.get(e["member_id"], [])
            if e["ts_ms"] - attribution_ms < launch[0] <= e["ts_ms"]
        ]
        return bool(before) and max(before)[1] == segment

    return [
        e
        for e in days
        if (e.get("session_id") and (e["visitor_id"], e["session_id"]) in sessions)
        or (not e.get("session_id") and e["kind"] == "domain" and e.get("member_id") and attributed(e))
    ]


def period(start: date, end: date) -> dict[str, str]:
    return {"start": start.isoformat(), "end": end.isoformat()}


def traffic(
    events: list[Event], start: date, end: date, page: str | None = None, segment: str = "all"
) -> dict:
    views = [e for e in select(events, start, end, segment) if e["name"] == "page_view"]
    if page:
        views = [e for e in views if e["page"] == page]

    def counts(rows: list[Event]) -> dict[str, int]:
        return {"pv": len(rows), "uv": len({e["visitor_id"] for e in rows})}

    by_day: dict[str, list[Event]] = defaultdict(list)
    by_page: dict[str, list[Event]] = defaultdict(list)
    by_pair: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for e in views:
        by_day[e["event_date"]].append(e)
        by_page[e["page"]].append(e)
        by_pair[(e["event_date"], e["page"])].append(e)
    pages = [
        {"pv": c["pv"], "uv": c["uv"], "page": p} for p, c in ((p, counts(r)) for p, r in by_page.items())
    ]
    pairs = [{**counts(r), "day": d, "page": p} for (d, p), r in by_pair.items()]
    return {
        "period": period(start, end),
        "segment": segment,
        "page": page,
        "total": counts(views),
        "by_day": [{**counts(by_day[d]), "day": d} for d in sorted(by_day)],
        "by_page": sorted(pages, key=lambda x: (-x["pv"], x["page"])),
        "by_day_page": sorted(pairs, key=lambda x: (x["day"], -x["pv"], x["page"])),
    }


def _dwell_stats(values: list[int]) -> dict:
    buckets = dict.fromkeys((label for _, label in BUCKETS), 0)
    for v in values:
        buckets[next(label for upper, label in BUCKETS if v < upper)] += 1
    return {
        "leaves": len(values),
        "avg_dwell_ms": round(sum(values) / len(values)) if values else None,
        "buckets": [{"bucket": label, "leaves": n} for label, n in buckets.items()],
    }


def dwell(events: list[Event], start: date, end: date, page: str | None = None, segment: str = "all") -> dict:
    leaves = [e for e in select(events, start, end, segment) if e["name"] == "page_leave" and "dwell_ms" in e]
    if page:
        leaves = [e for e in leaves if e["page"] == page]
    per_page: dict[str, list[int]] = defaultdict(list)
    for e in leaves:
        per_page[e["page"]].append(e["dwell_ms"])
    pages = [{**_dwell_stats(v), "page": p} for p, v in per_page.items()]
    return {
        "period": period(start, end),
        "segment": segment,
        "page": page,
        "total": _dwell_stats([e["dwell_ms"] for e in leaves]),
        "by_page": sorted(pages, key=lambda x: (-x["leaves"], x["page"])),
    }


def bounce(
    events: list[Event], start: date, end: date, page: str | None = None, segment: str = "all"
) -> dict:
    sessions: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for e in select(events, start, end, segment):
        if e["name"] == "page_view":
            sessions[(e["visitor_id"], e["session_id"])].append(e)
    landing: dict[str, list[int]] = defaultdict(list)
    for views in sessions.values():
        first = min(views, key=lambda e: (e["ts_ms"], e["event_id"]))
        landing[first["page"]].append(len(views))
    if page:
        landing = {p: v for p, v in landing.items() if p == page}

    def stats(counts: list[int]) -> dict:
        bounced = sum(1 for c in counts if c == 1)
        return {"sessions": len(counts), "bounced": bounced, "bounce_rate": r4(bounced, len(counts))}

    pages = [{**stats(c), "landing_page": p} for p, c in landing.items()]
    return {
        "period": period(start, end),
        "segment": segment,
        "page": page,
        "total": stats([c for counts in landing.values() for c in counts]),
        "by_landing_page": sorted(pages, key=lambda x: (-x["sessions"], x["landing_page"])),
    }


def heatmap(events: list[Event], start: date, end: date, page: str, cols: int = 10, rows: int = 20) -> dict:
    taps = [
        e
        for e in select(events, start, end)
        if e["name"] == "tap" and e["page"] == page and e.get("x") is not None and e.get("y") is not None
    ]
    cells: dict[tuple[int, int], int] = defaultdict(int)
    elements: dict[str, int] = defaultdict(int)
    for e in taps:
        cells[(min(math.floor(e["x"] * cols), cols - 1), min(math.floor(e["y"] * rows), rows - 1))] += 1
        if e.get("element"):
            elements[e["element"]] += 1
    return {
        "period": period(start, end),
        "segment": "all",
        "page": page,
        "cols": cols,
        "rows": rows,
        "taps": len(taps),
        "cells": [
            {"col": c, "row": r, "taps": n} for (c, r), n in sorted(cells.items(), key=lambda kv: kv[0][::-1])
        ],
        "elements": [
            {"element": k, "taps": n} for k, n in sorted(elements.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
    }


def funnel_reached(events: list[Event], steps: list[tuple[str, str | None]], window_ms: int) -> list[int]:
    """Visitors reaching each step. A different algorithm from the SQL's: one pass per
    visitor in time order, keeping for each step the latest start of a chain that has
    reached it (a later start leaves more of the window)."""
    by_visitor: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        if e.get("visitor_id"):
            by_visitor[e["visitor_id"]].append(e)
    reached = [0] * len(steps)

    def matches(e: Event, k: int) -> bool:
        name, page = steps[k]
        return e["name"] == name and (page is None or e.get("page") == page)

    for rows in by_visitor.values():
        rows.sort(key=lambda e: e["ts_ms"])
        best: list[int | None] = [None] * len(steps)  # latest t1 of a chain at step k
        got = [False] * len(steps)
        times = [e["ts_ms"] for e in rows]
        i = 0
        while i < len(rows):
            j = bisect.bisect_right(times, times[i])  # events at the same instant: no order among them
            before = list(best)
            for e in rows[i:j]:
                for k in range(len(steps) - 1, 0, -1):
                    start = before[k - 1]
                    if start is not None and matches(e, k) and e["ts_ms"] - start <= window_ms:
                        best[k] = start if best[k] is None else max(best[k], start)
                        got[k] = True
                if matches(e, 0):
                    best[0] = e["ts_ms"]
                    got[0] = True
            i = j
        for k in range(len(steps)):
            reached[k] += got[k]
    return reached


def funnel_steps(steps: list[tuple[str, str | None]], reached: list[int]) -> list[dict]:
    out = []
    for k, ((name, page), n) in enumerate(zip(steps, reached, strict=True)):
        step_conversion = r4(n, reached[k - 1]) if k else None
        out.append(
            {
                "step": k + 1,
                "event": name,
                "page": page,
                "reached": n,
                "conversion": r4(n, reached[0]),
                "step_conversion": step_conversion,
                "drop_off": round(1 - step_conversion, 4) if step_conversion is not None else None,
            }
        )
    return out


def funnel(
    events: list[Event],
    start: date,
    end: date,
    steps: list[tuple[str, str | None]],
    window_minutes: int,
    segment="all",
) -> dict:
    window_ms = window_minutes * 60_000
    reached = funnel_reached(select(events, start, end, segment, window_ms), steps, window_ms)
    return {
        "period": period(start, end),
        "segment": segment,
        "window_minutes": window_minutes,
        "steps": funnel_steps(steps, reached),
    }


def retention(events: list[Event], start: date, end: date, today: date, segment: str = "all") -> dict:
    visits: dict[str, set[date]] = defaultdict(set)
    for e in select(events, start - timedelta(days=365), end + timedelta(days=30), segment):
        if e["kind"] == "track":
            visits[e["visitor_id"]].add(date.fromisoformat(e["event_date"]))
    cohorts: dict[date, list[set[date]]] = defaultdict(list)
    for days in visits.values():
        first = min(days)
        if start <= first <= end:
            cohorts[first].append(days)
    out, sums = [], {n: [0, 0] for n in (1, 7, 30)}
    for first in sorted(cohorts):
        members = cohorts[first]
        days = []
        for n in (1, 7, 30):
            if first + timedelta(days=n) < today:
                retained = sum(1 for d in members if first + timedelta(days=n) in d)
                sums[n][0] += retained
                sums[n][1] += len(members)
                days.append({"day": n, "retained": retained, "rate": r4(retained, len(members))})
            else:
                days.append({"day": n, "retained": None, "rate": None})
        out.append({"first_date": first.isoformat(), "size": len(members), "days": days})
    overall = [{"day": n, "retained": s[0], "rate": r4(s[0], s[1])} for n, s in sums.items()]
    return {"period": period(start, end), "segment": segment, "cohorts": out, "overall": overall}


def sources(events: list[Event], start: date, end: date, segment: str = "all") -> dict:
    launches: dict[tuple[str, str], Event] = {}
    for e in select(events, start, end, segment):
        if e["kind"] == "track" and e.get("source_type"):
            key = (e["visitor_id"], e["session_id"])
            if key not in launches or (e["ts_ms"], e["event_id"]) < (
                launches[key]["ts_ms"],
                launches[key]["event_id"],
            ):
                launches[key] = e

    def grouped(key_of) -> dict:
        groups: dict[Any, list[Event]] = defaultdict(list)
        for e in launches.values():
            groups[key_of(e)].append(e)
        return {
            k: {"sessions": len(v), "visitors": len({e["visitor_id"] for e in v})} for k, v in groups.items()
        }

    scenes = [{**c, "scene": k} for k, c in grouped(lambda e: e.get("scene")).items()]
    types = [{**c, "source_type": k} for k, c in grouped(lambda e: e["source_type"]).items()]
    named = [
        {**c, "source_type": k[0], "source_id": k[1]}
        for k, c in grouped(lambda e: (e["source_type"], e.get("source_id"))).items()
    ]
    return {
        "period": period(start, end),
        "segment": segment,
        "by_scene": sorted(scenes, key=lambda s: (-s["sessions"], s["scene"] or "")),
        "by_type": sorted(types, key=lambda s: (-s["sessions"], s["source_type"])),
        "by_source": sorted(named, key=lambda s: (-s["sessions"], s["source_type"], s["source_id"] or "")),
    }


def _compare(current, previous) -> dict:
    delta = round(current - previous, 4) if current is not None and previous is not None else None
    growth = round(delta / previous, 4) if delta is not None and previous else None
    return {"current": current, "previous": previous, "delta": delta, "growth": growth}


def kpi(
    events: list[Event], start: date, end: date, path: list[tuple[str, str | None]], window_minutes: int
) -> dict:
    length = (end - start).days + 1
    prev_start, prev_end = start - timedelta(days=length), start - timedelta(days=1)
    before_start = prev_start - timedelta(days=length)

    def active(a: date, b: date) -> set[str]:
        return {e["member_id"] for e in select(events, a, b) if e.get("member_id")}

    before, previous, current = (
        active(before_start, prev_start - timedelta(days=1)),
        active(prev_start, prev_end),
        active(start, end),
    )

    def interactions(a: date, b: date) -> int:
        return sum(1 for e in select(events, a, b) if e["name"] not in ("page_view", "page_leave"))

    def drop_off(a: date, b: date) -> tuple[float | None, list[int]]:
        reached = funnel_reached(select(events, a, b), path, window_minutes * 60_000)
        return (round(1 - reached[-1] / reached[0], 4) if reached[0] else None), reached

    current_drop, current_reached = drop_off(start, end)
    previous_drop, _ = drop_off(prev_start, prev_end)
    return {
        "period": period(start, end),
        "previous_period": period(prev_start, prev_end),
        "member_retention": _compare(
            r4(len(previous & current), len(previous)), r4(len(before & previous), len(before))
        ),
        "active_members": _compare(len(current), len(previous)),
        "interactions": _compare(interactions(start, end), interactions(prev_start, prev_end)),
        "key_path_drop_off": _compare(current_drop, previous_drop),
        "key_path": funnel_steps(path, current_reached),
        "key_path_window_minutes": window_minutes,
    }
