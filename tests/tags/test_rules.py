"""Rule evaluation against a reference computed here, independently, from each random member's
list of what they did (property-style: hundreds of random members, fixed seed)."""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

import pytest

from siyu.errors import SiyuError
from siyu.tags import computed
from siyu.tags.rules import compile_rule
from siyu.tags.state import MemberState

TODAY = 740_000  # a day ordinal
KINDS = ("order_paid", "visit", "checkin", "coupon_used")


def random_member(rng: random.Random, n: int) -> dict[str, Any]:
    reg = rng.randint(0, 200)
    acts = []
    for _ in range(rng.randint(0, 12)):
        kind = rng.choice(KINDS)
        ago = rng.randint(0, reg)
        acts.append(
            {
                "kind": kind,
                "ago": ago,
                "fen": rng.choice([990, 2800, 5600]) if kind == "order_paid" else 0,
                "source": rng.choice(["live", "share", "video", "direct"]) if kind == "visit" else None,
                "template": rng.choice(["tpl-first", "tpl-5off"]) if kind == "coupon_used" else None,
            }
        )
    return {"id": f"m{n}", "reg_ago": reg, "invited": rng.random() < 0.3, "acts": acts}


def state_of(m: dict[str, Any]) -> MemberState:
    """What signals.record folds into the state: per-day sums, sets, totals."""
    days: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for a in m["acts"]:
        days[TODAY - a["ago"]][a["kind"]] += 1
        if a["fen"]:
            days[TODAY - a["ago"]]["spend_fen"] += a["fen"]
    orders = [a for a in m["acts"] if a["kind"] == "order_paid"]
    return MemberState(
        m["id"],
        reg_day=TODAY - m["reg_ago"],
        reg_source="invite" if m["invited"] else "kuaishou",
        sources=frozenset(a["source"] for a in m["acts"] if a["source"]),
        coupons_used=frozenset(a["template"] for a in m["acts"] if a["template"]),
        totals={"orders": len(orders), "spend_fen": sum(a["fen"] for a in orders),
                "visits": sum(a["kind"] == "visit" for a in m["acts"])},
        days={d: dict(c) for d, c in days.items()},
    )  # fmt: skip


def within(m: dict[str, Any], kind: str, days: int) -> list[dict[str, Any]]:
    return [a for a in m["acts"] if a["kind"] == kind and a["ago"] < days]


def since_visit(m: dict[str, Any]) -> int:
    return min([m["reg_ago"], *(a["ago"] for a in m["acts"] if a["kind"] == "visit")])


CASES: list[tuple[dict[str, Any], Any]] = [
    ({"count": "order_paid", "days": 30, "op": ">=", "value": 2},
     lambda m: len(within(m, "order_paid", 30)) >= 2),
    ({"prop": "days_since_last_visit", "op": ">=", "value": 14}, lambda m: since_visit(m) >= 14),
    ({"prop": "sources", "op": "contains", "value": "live"},
     lambda m: any(a["source"] == "live" for a in m["acts"])),
    ({"prop": "coupons_used", "op": "contains", "value": "tpl-first"},
     lambda m: any(a["template"] == "tpl-first" for a in m["acts"])),
    ({"all": [{"count": "spend_fen", "days": 90, "op": ">=", "value": 5000},
              {"not": {"prop": "reg_source", "op": "==", "value": "invite"}}]},
     lambda m: sum(a["fen"] for a in within(m, "order_paid", 90)) >= 5000 and not m["invited"]),
    ({"any": [{"count": "checkin", "days": 7, "op": ">=", "value": 2},
              {"prop": "orders_total", "op": ">", "value": 3}]},
     lambda m: len(within(m, "checkin", 7)) >= 2 or len(within(m, "order_paid", 10_000)) > 3),
    ({"all": [{"prop": "days_since_last_order", "op": "<=", "value": 10},
              {"prop": "reg_source", "op": "in", "value": ["invite"]}]},
     lambda m: m["invited"] and any(a["ago"] <= 10 for a in m["acts"] if a["kind"] == "order_paid")),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "reference"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_rules_match_the_reference_over_random_members(rule, reference):
    rng = random.Random(23)
    compiled = compile_rule(rule)
    members = [random_member(rng, n) for n in range(400)]
    got = [compiled.test(state_of(m), TODAY) for m in members]
    want = [bool(reference(m)) for m in members]
    assert got == want
    assert 0 < sum(want) < len(members)  # the case discriminates


def test_lifecycle_matches_the_reference():
    rng = random.Random(5)
    for n in range(300):
        m = random_member(rng, n)
        idle = min([m["reg_ago"], *(a["ago"] for a in m["acts"])])
        want = (
            "life-new" if m["reg_ago"] < 14
            else "life-active" if idle <= 30
            else "life-at-risk" if idle <= 90
            else "life-lost"
        )  # fmt: skip
        assert computed.lifecycle(state_of(m), TODAY) == want


def test_rfm_classes_by_quintile():
    # 10 buyers: buyer k ordered k+1 times, spent (k+1) * 1000, last ordered k days ago.
    states = []
    for k in range(10):
        s = MemberState(f"b{k}")
        s.days = {TODAY - k: {"order_paid": k + 1, "spend_fen": (k + 1) * 1000}}
        states.append(s)
    axes = {s.member_id: computed.rfm_axes(s, TODAY) for s in states}
    classes = computed.rfm_classes({m: a for m, a in axes.items() if a})
    # Recency is best for b0 (0 days) and worst for b9; frequency and money the other way.
    assert classes["b0"] == "rfm-new-buyer"  # recent, few orders, little money
    assert classes["b9"] == "rfm-important-winback"  # long ago, many orders, much money
    assert classes["b4"] == "rfm-important-value"  # middle on every axis: all ≥ 3
    assert computed.rfm_axes(MemberState("never"), TODAY) is None


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        ({"all": []}, "rule.all"),
        ({"prop": "nope", "op": ">=", "value": 1}, "rule.prop"),
        ({"count": "order_paid", "days": 400, "op": ">=", "value": 1}, "rule.days"),
        ({"any": [{"prop": "sources", "op": ">=", "value": "live"}]}, "rule.any[0].op"),
        ({"tag": "vip"}, "rule.tag"),  # tags only in segments
        ({"count": "visit", "days": 7, "op": ">=", "value": "2"}, "rule.value"),
        ([1, 2], "rule"),
    ],
)
def test_bad_rules_name_the_path(rule, field):
    with pytest.raises(SiyuError) as err:
        compile_rule(rule)
    assert err.value.code == "VALIDATION_ERROR"
    assert field in [d["field"] for d in err.value.details]
