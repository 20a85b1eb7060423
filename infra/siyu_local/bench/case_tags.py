"""Tags (issue 23): a full recompute over 100,000 generated members, and how soon a tag
follows an event on the local runtime.

Recompute: each member's state as the hourly/nightly run's Scan returns it (raw DynamoDB
items: a profile, 0–20 day counters, the tags they have), generated with a fixed seed. The
members carry the tags the run computed yesterday, so today's run finds what one day changed
(lifecycle stages ageing, "no visit for 14 days" starting, new quintiles). Compute = this
process's CPU seconds (wall clock beside it: the machine is shared) decoding the items into
states, five rule tags, lifecycle, RFM quintiles and the diffs, timed in this
process. The DynamoDB I/O the run needs is printed apart, as request units from the items'
sizes (the Scan, eventually consistent) and the diff transactions (2 WRU per item): it is
not timed here because DynamoDB Local on a shared 2-core machine says nothing about DynamoDB.

Latency: the local runtime; a member logs in (MemberRegistered → `life-new`) and then sends
a tracked batch launched from a live (MemberVisited → a rule tag over `sources`); the figure
is the tag's `since` minus the event's `occurred_at` (both the runtime's clock).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import date, datetime
from typing import Any

from siyu_local import bench

SEED = 23
MEMBERS = 100_000
TODAY = date(2026, 12, 7).toordinal()
RULES: dict[str, dict[str, Any]] = {
    "repeat-30d": {"count": "order_paid", "days": 30, "op": ">=", "value": 2},
    "idle-14d": {"prop": "days_since_last_visit", "op": ">=", "value": 14},
    "from-live": {"prop": "sources", "op": "contains", "value": "live"},
    "first-coupon": {"prop": "coupons_used", "op": "contains", "value": "tpl-first"},
    "big-spender-90d": {
        "all": [
            {"count": "spend_fen", "days": 90, "op": ">=", "value": 20_000},
            {"not": {"prop": "reg_source", "op": "==", "value": "invite"}},
        ]
    },
}
LATENCY_MEMBERS = 10


def _s(v: str) -> dict[str, str]:
    return {"S": v}


def _n(v: int) -> dict[str, str]:
    return {"N": str(v)}


def generate(rng: random.Random, first: int, count: int) -> list[dict[str, Any]]:
    """Raw items of `count` members (as a Scan returns them: one member's items together)."""
    items: list[dict[str, Any]] = []
    for n in range(first, first + count):
        pk = _s(f"MT#M{n:07d}")
        reg_ago = int(rng.expovariate(1 / 120))
        active = rng.randint(0, 20) if rng.random() < 0.8 else 0
        totals = {"orders": 0, "spend_fen": 0, "visits": 0}
        days = sorted({rng.randint(0, min(reg_ago, 399)) for _ in range(active)})
        for ago in days:
            day = date.fromordinal(TODAY - ago).isoformat()
            item: dict[str, Any] = {"pk": pk, "sk": _s(f"C#{day}"), "visit": _n(1)}
            totals["visits"] += 1
            if rng.random() < 0.35:
                fen = rng.choice([990, 1800, 2800, 4600, 8800])
                item.update(order_paid=_n(1), spend_fen=_n(fen))
                totals["orders"] += 1
                totals["spend_fen"] += fen
            if rng.random() < 0.3:
                item["checkin"] = _n(1)
            items.append(item)
        profile: dict[str, Any] = {
            "pk": pk,
            "sk": _s("PROFILE"),
            "registered_at": _s(f"{date.fromordinal(TODAY - reg_ago).isoformat()}T04:00:00.000Z"),
            "reg_source": _s("invite" if rng.random() < 0.2 else "kuaishou"),
            "orders": _n(totals["orders"]),
            "spend_fen": _n(totals["spend_fen"]),
            "visits": _n(totals["visits"]),
        }
        if days:
            profile["sources"] = {"SS": rng.sample(["live", "share", "video", "other"], rng.randint(1, 2))}
        if totals["orders"] and rng.random() < 0.4:
            profile["coupons_used"] = {"SS": ["tpl-first"]}
        items.append(profile)
    return items


def item_bytes(item: dict[str, Any]) -> int:
    """DynamoDB's size of an item: attribute names plus values (numbers ~ digits / 2 + 1)."""
    size = 0
    for name, value in item.items():
        size += len(name)
        ((kind, v),) = value.items()
        if kind == "S":
            size += len(v.encode())
        elif kind == "N":
            size += len(v) // 2 + 1
        else:
            size += sum(len(x.encode()) for x in v)
    return size


def _recompute(table: bench.Table) -> None:
    from siyu.tags.evaluate import compute_diffs
    from siyu.tags.rules import compile_rule
    from siyu.tags.state import MemberState, paused_gc, states_from_items

    rng = random.Random(SEED)
    rules = {tag: compile_rule(rule) for tag, rule in RULES.items()}
    states: list[MemberState] = []
    decode_s = decode_cpu = 0.0
    scanned_bytes = items_count = 0
    for first in range(0, MEMBERS, 10_000):
        items = generate(rng, first, 10_000)
        items_count += len(items)
        scanned_bytes += sum(item_bytes(i) for i in items)
        started, cpu = time.perf_counter(), time.process_time()
        with paused_gc():
            states.extend(states_from_items(items))
        decode_s += time.perf_counter() - started
        decode_cpu += time.process_time() - cpu
    # Yesterday's run left its tags on every member (untimed set-up).
    by_id = {s.member_id: s for s in states}
    for member_id, added, removed in compute_diffs(states, rules, TODAY - 1, nightly=True):
        state = by_id[member_id]
        state.tags.update(added)
        for tag in removed:
            state.tags.pop(tag, None)
    started, cpu = time.perf_counter(), time.process_time()
    with paused_gc():
        diffs = compute_diffs(states, rules, TODAY, nightly=True)
    diff_s = time.perf_counter() - started
    diff_cpu = time.process_time() - cpu
    changes = sum(len(a) + len(r) for _, a, r in diffs)
    tx_items = sum(2 * (len(a) + len(r)) + 1 for _, a, r in diffs)  # tag item + size, per change; event
    table.add(
        "tags", f"recompute: members (seed {SEED}), their state items", f"{MEMBERS:,} / {items_count:,}"
    )
    table.add(
        "tags",
        "recompute compute, CPU (s): decode + rules + lifecycle + RFM + diffs",
        decode_cpu + diff_cpu,
        "< 10",
    )
    table.add("tags", "  the same, wall clock (s) on this shared machine", decode_s + diff_s)
    table.add("tags", "  of which decoding the scanned items, CPU (s)", decode_cpu)
    table.add("tags", "recompute: members whose tags changed (one day later)", len(diffs))
    table.add("tags", "recompute: tag changes written (diffs only)", changes)
    table.add("tags", "I/O: Scan of the state (MB)", scanned_bytes / 1e6)
    table.add(
        "tags", "I/O: Scan read units (eventually consistent, 0.5 / 4 KB)", round(scanned_bytes / 4096 * 0.5)
    )
    table.add(
        "tags",
        "I/O: diff transactions / their write units (2 per item)",
        f"{len(diffs):,} / {2 * tx_items:,}",
    )


def _http(method: str, url: str, body: Any = None, token: str | None = None) -> Any:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(urllib.request.Request(url, data=data, method=method, headers=headers), timeout=60) as r:
        return json.loads(r.read() or b"{}")


def _at(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def _runtime_latency(table: bench.Table) -> None:
    from siyu_local.bench.case_crm import _free_port, _percentile

    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "POWERTOOLS_"))}
    process = subprocess.Popen(
        [sys.executable, "-m", "siyu_local", "--port", str(port), "--kuaishou-port", "0"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    api = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                if _http("GET", f"{api}/_local/info").get("ready"):
                    break
            except OSError:
                pass
            time.sleep(0.1)
        admin = _http(
            "POST", f"{api}/v1/admin/auth/login", {"username": "owner", "password": "siyu-owner-demo"}
        )
        token = admin["access_token"]
        rule = {"prop": "sources", "op": "contains", "value": "live"}
        _http("PUT", f"{api}/v1/admin/tags/bench-live", {"name": "直播", "kind": "rule", "rule": rule}, token)
        login_lat, visit_lat = [], []
        for i in range(LATENCY_MEMBERS):  # one at a time: an idle pipeline's latency
            login = _http("GET", f"{api}/_local/token?open_id=bench-tags-{i:03d}")
            member_id, member_token = login["member"]["member_id"], login["access_token"]
            now = int(time.time() * 1000)
            event = {
                "id": f"bench-tags-{i}",
                "name": "page_view",
                "ts": now,
                "page": "pages/index/index",
                "session_id": f"bench-{i}",
                "launch": {"query": {"live_id": "01JLIVE0000000000000000000"}},
            }
            _http("POST", f"{api}/v1/events", {"sent_at": now, "events": [event]}, member_token)
            tags: dict[str, str] = {}
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not {"life-new", "bench-live"} <= set(tags):
                time.sleep(0.1)
                answer = _http("GET", f"{api}/v1/admin/members/{member_id}/tags", token=token)
                tags = {t["tag_id"]: t["since"] for t in answer["tags"]}
            events = _http("GET", f"{api}/v1/admin/members/{member_id}/events", token=token)["events"]
            at = {e["type"]: e["occurred_at"] for e in events}
            if "life-new" in tags and "MemberRegistered" in at:
                login_lat.append((_at(tags["life-new"]) - _at(at["MemberRegistered"])).total_seconds())
            if "bench-live" in tags and "MemberVisited" in at:
                visit_lat.append((_at(tags["bench-live"]) - _at(at["MemberVisited"])).total_seconds())
            time.sleep(0.5)
        table.add("tags", f"local runtime: tags arrived (of {LATENCY_MEMBERS} logins + visits)",
                  f"{len(login_lat)} + {len(visit_lat)}", str(LATENCY_MEMBERS))  # fmt: skip
        if login_lat:
            table.add("tags", "login → life-new tag p50 / max (s), local runtime",
                      f"{_percentile(login_lat, 0.5):.2f} / {max(login_lat):.2f}", "< 2")  # fmt: skip
        if visit_lat:
            table.add("tags", "tracked visit from a live → rule tag p50 / max (s)",
                      f"{_percentile(visit_lat, 0.5):.2f} / {max(visit_lat):.2f}", "< 2")  # fmt: skip
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def run(table: bench.Table) -> None:
    _recompute(table)
    if os.environ.get("SIYU_BENCH_TAGS_RUNTIME", "1") != "0":
        _runtime_latency(table)
