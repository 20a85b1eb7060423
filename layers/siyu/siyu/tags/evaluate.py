"""Which computed tags a member should have now, and writing only the differences.

One member (event-driven, after a counted event): one Query for the state, one for the tag
list (rules compiled once per text), and one transaction when something changed. Everyone (the hourly and
nightly runs): one Scan of the members' state (off the request path), the same rules,
RFM quintiles at night, and one transaction per member whose tags changed.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from siyu import aws, clock
from siyu.cache import TimedCache
from siyu.db import table_name
from siyu.observability import logger
from siyu.tags import computed
from siyu.tags.models import Run, Sample, member_pk
from siyu.tags.rules import Compiled, compile_rule
from siyu.tags.state import MemberState, pack, paused_gc, states_from_items, today
from siyu.tags.store import LIFECYCLE_KIND, RFM_KIND, RULE, change_member_tags, rule_tags

EVENT_SCOPE = frozenset({RULE, LIFECYCLE_KIND})
NIGHTLY_SCOPE = frozenset({RULE, LIFECYCLE_KIND, RFM_KIND})
SCAN_SEGMENTS = 4
SAMPLE_SIZE = 1_000
_compiled: TimedCache[str, Compiled] = TimedCache(3600, max_entries=1_000)

Diff = tuple[str, dict[str, str], dict[str, str]]  # member id, added, removed (tag → kind)


def compiled_rules() -> dict[str, Compiled]:
    """The rule tags' rules now: one Query of the tag list (a changed rule counts from the next
    event on), each rule compiled once per text."""
    out = {}
    for tag, text in rule_tags().items():
        compiled = _compiled.get(text)
        if compiled is None:
            compiled = _compiled.put(text, compile_rule(json.loads(text)))
        out[tag] = compiled
    return out


def desired(state: MemberState, rules: dict[str, Compiled], day: int, rfm: str | None) -> dict[str, str]:
    """The computed tags (tag → kind) the state calls for; RFM only when `rfm` is given."""
    out = {tag: RULE for tag, rule in rules.items() if rule.test(state, day)}
    stage = computed.lifecycle(state, day)
    if stage:
        out[stage] = LIFECYCLE_KIND
    if rfm:
        out[rfm] = RFM_KIND
    return out


def diff(
    state: MemberState, want: dict[str, str], scope: frozenset[str]
) -> tuple[dict[str, str], dict[str, str]]:
    have = {t: k for t, k in state.tags.items() if k in scope}
    added = {t: k for t, k in want.items() if t not in have}
    removed = {t: k for t, k in have.items() if t not in want}
    return added, removed


def compute_diffs(
    states: list[MemberState], rules: dict[str, Compiled], day: int, *, nightly: bool
) -> list[Diff]:
    """Every member's tag differences (pure: no I/O). At night RFM classes join the scope."""
    scope = NIGHTLY_SCOPE if nightly else EVENT_SCOPE
    rfm: dict[str, str] = {}
    if nightly:
        axes = {}
        for s in states:
            a = computed.rfm_axes(s, day)
            if a is not None:
                axes[s.member_id] = a
        rfm = computed.rfm_classes(axes)
    out: list[Diff] = []
    for s in states:
        added, removed = diff(s, desired(s, rules, day, rfm.get(s.member_id)), scope)
        if added or removed:
            out.append((s.member_id, added, removed))
    return out


# ---------------------------------------------------------------- reading state
def _items(request: dict[str, Any], op: str) -> Iterator[dict[str, Any]]:
    client = aws.client("dynamodb")
    while True:
        page = getattr(client, op)(**request)
        yield from page.get("Items", [])
        if "LastEvaluatedKey" not in page:
            return
        request["ExclusiveStartKey"] = page["LastEvaluatedKey"]


# Markers (`~SEEN#`, `~VISIT#`) sort after the state items: a key condition skips them.
MARKERS = {":marks": {"S": "~"}}


def load_member(member_id: str) -> MemberState:
    """The member's state now: one Query of its `MT#` items (strongly consistent)."""
    request = {
        "TableName": table_name("engage"),
        "KeyConditionExpression": "pk = :pk AND sk < :marks",
        "ExpressionAttributeValues": {":pk": {"S": member_pk(member_id)}, **MARKERS},
        "ConsistentRead": True,
    }
    return next(states_from_items(_items(request, "query")), MemberState(member_id))


def _scan_segment(segment: int, total: int) -> list[MemberState]:
    request = {
        "TableName": table_name("engage"),
        "Segment": segment,
        "TotalSegments": total,
        "FilterExpression": "begins_with(pk, :mt) AND sk < :marks",
        "ExpressionAttributeValues": {":mt": {"S": "MT#"}, **MARKERS},
    }
    merged: dict[str, MemberState] = {}
    with paused_gc():
        states = list(states_from_items(_items(request, "scan")))
    for s in states:
        # A member's items can straddle a page boundary: fold the halves together.
        have = merged.get(s.member_id)
        if have is None:
            merged[s.member_id] = s
        else:
            have.days.update(s.days)
            have.tags.update(s.tags)
            if s.totals:
                have.reg_day, have.reg_source, have.sources = s.reg_day, s.reg_source, s.sources
                have.coupons_used, have.totals = s.coupons_used, s.totals
    return list(merged.values())


def scan_states(segments: int = SCAN_SEGMENTS) -> list[MemberState]:
    """Every member's state: a parallel Scan of the engage table (never on a request path)."""
    with ThreadPoolExecutor(segments) as pool:
        parts = pool.map(lambda n: _scan_segment(n, segments), range(segments))
        return [s for part in parts for s in part]


# ---------------------------------------------------------------- writing diffs
def apply(member_id: str, added: dict[str, str], removed: dict[str, str], *, by: str) -> bool:
    return change_member_tags(member_id, added, removed, by=by)


def evaluate_member(member_id: str, *, by: str = "event") -> tuple[list[str], list[str]]:
    """Bring one member's rule and lifecycle tags up to date. Returns (added, removed)."""
    rules = compiled_rules()
    for _ in range(3):
        state = load_member(member_id)
        added, removed = diff(state, desired(state, rules, today(), None), EVENT_SCOPE)
        if not added and not removed:
            return [], []
        if apply(member_id, added, removed, by=by):
            return sorted(added), sorted(removed)
    raise RuntimeError(f"tags of {member_id} kept changing under evaluation")


@dataclass
class RunResult:
    kind: str
    members: int
    added: int
    removed: int
    load_ms: int
    compute_ms: int
    write_ms: int
    states: list[MemberState] = field(repr=False, default_factory=list)


def recompute(kind: str) -> RunResult:
    """The hourly (rules, lifecycle) or nightly (plus RFM) run over every member: writes only
    the members whose tags differ, records "last computed", refreshes the estimate sample."""
    nightly = kind == "nightly"
    started = clock.now_iso()
    t0 = time.perf_counter()
    states = scan_states()
    t1 = time.perf_counter()
    rules = compiled_rules()
    with paused_gc():
        diffs = compute_diffs(states, rules, today(), nightly=nightly)
    t2 = time.perf_counter()
    added = removed = 0
    for member_id, plus, minus in diffs:
        if apply(member_id, plus, minus, by=kind):
            added, removed = added + len(plus), removed + len(minus)
        else:  # changed under us (an event): that member's own evaluation is the newer truth
            logger.info(
                "tags changed during the run; left to the member's next evaluation",
                extra={"member_id": member_id},
            )
    t3 = time.perf_counter()
    ms = lambda a, b: int((b - a) * 1000)  # noqa: E731
    Run(
        sk=kind,
        started_at=started,
        finished_at=clock.now_iso(),
        members=len(states),
        added=added,
        removed=removed,
        compute_ms=ms(t1, t2),
        total_ms=ms(t0, t3),
    ).save()
    sample = random.sample(states, min(SAMPLE_SIZE, len(states)))
    Sample(population=len(states), states=pack(sample), computed_at=clock.now_iso()).save()
    return RunResult(kind, len(states), added, removed, ms(t0, t1), ms(t1, t2), ms(t2, t3), states)


@dataclass(frozen=True)
class RunView:
    kind: str
    started_at: str
    finished_at: str
    members: int
    added: int
    removed: int
    compute_ms: int
    total_ms: int


def last_runs() -> list[RunView]:
    """ "Last computed": the latest hourly and nightly runs."""
    return [
        RunView(
            r.sk,
            r.started_at,
            r.finished_at,
            int(r.members),
            int(r.added),
            int(r.removed),
            int(r.compute_ms),
            int(r.total_ms),
        )
        for r in Run.batch_get([("TAGRUN", "hourly"), ("TAGRUN", "nightly")])
    ]


def sample() -> tuple[int, list[MemberState], str] | None:
    """The last run's random sample of member states (population, states, when)."""
    from siyu.tags.state import unpack

    try:
        item = Sample.get("TAGRUN", "SAMPLE")
    except Sample.DoesNotExist:
        return None
    return int(item.population), unpack(item.states), item.computed_at
