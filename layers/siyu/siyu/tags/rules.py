"""The rule tree of rule tags and dynamic segments (JSON), checked and compiled once.

    {"all": [rule, …]}   {"any": [rule, …]}   {"not": rule}
    {"prop": "<property>", "op": ">=", "value": 14}
    {"count": "<metric>", "days": 30, "op": ">=", "value": 2}      (a Shanghai-day window)
    {"tag": "<tag_id>"}                                              (segments only)

Examples: "paid ≥ 2 orders in 30 days" = `{"count": "order_paid", "days": 30, "op": ">=",
"value": 2}`; "no visit for 14 days" = `{"prop": "days_since_last_visit", "op": ">=", "value":
14}`; "came from a live" = `{"prop": "sources", "op": "contains", "value": "live"}`;
"redeemed the first-order coupon" = `{"prop": "coupons_used", "op": "contains", "value":
"<template_id>"}` (shapes after Sensors' `rules_relation` / profile and event rules).

A rule that does not parse is a VALIDATION_ERROR naming the path (`rule.all[1].op`); nothing
is stored. A missing value (a member who never ordered has no `days_since_last_order`)
makes its comparison false.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from siyu.errors import ValidationFailed
from siyu.tags.state import METRICS, MemberState

MAX_DEPTH = 6
MAX_NODES = 40
MAX_WINDOW = 365
TAG_ID = r"^[a-z0-9][a-z0-9-]{1,39}$"

CMP: dict[str, Callable[[Any, Any], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
    "!=": operator.ne,
}


def _since(day: int | None, today: int) -> int | None:
    return None if day is None else today - day


def _last_active(s: MemberState) -> int | None:
    days = [d for d in (s.reg_day, *s.days) if d is not None]
    return max(days) if days else None


def _last_visit(s: MemberState) -> int | None:
    seen = [d for d in (s.reg_day, s.last_day("visit")) if d is not None]
    return max(seen) if seen else None


# Member properties: (kind, getter(state, today)).
NUMBER, TEXT, SET = "number", "text", "set"
PROPS: dict[str, tuple[str, Callable[[MemberState, int], Any]]] = {
    "days_since_registered": (NUMBER, lambda s, t: _since(s.reg_day, t)),
    "days_since_last_visit": (NUMBER, lambda s, t: _since(_last_visit(s), t)),
    "days_since_last_order": (NUMBER, lambda s, t: _since(s.last_day("order_paid"), t)),
    "days_since_last_active": (NUMBER, lambda s, t: _since(_last_active(s), t)),
    "orders_total": (NUMBER, lambda s, t: s.totals.get("orders", 0)),
    "spend_fen_total": (NUMBER, lambda s, t: s.totals.get("spend_fen", 0)),
    "visits_total": (NUMBER, lambda s, t: s.totals.get("visits", 0)),
    "reg_source": (TEXT, lambda s, t: s.reg_source),
    "sources": (SET, lambda s, t: s.sources),
    "coupons_used": (SET, lambda s, t: s.coupons_used),
}
OPS = {NUMBER: set(CMP), TEXT: {"==", "!=", "in"}, SET: {"contains"}}

Predicate = Callable[[MemberState, int], bool]


@dataclass(frozen=True)
class Compiled:
    """A checked rule: `test(state, today)`; the tags it reads; the JSON as stored."""

    test: Predicate
    tags: frozenset[str]
    uses_state: bool  # reads properties or counts (not only tags)
    source: dict[str, Any]


class _Parser:
    def __init__(self, allow_tags: bool) -> None:
        self.allow_tags = allow_tags
        self.nodes = 0
        self.tags: set[str] = set()
        self.uses_state = False
        self.problems: list[dict[str, str]] = []

    def fail(self, path: str, reason: str) -> Predicate:
        self.problems.append({"field": path, "reason": reason})
        return lambda s, t: False

    def node(self, raw: Any, path: str, depth: int) -> Predicate:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            return self.fail(path, f"at most {MAX_NODES} nodes")
        if depth > MAX_DEPTH:
            return self.fail(path, f"at most {MAX_DEPTH} levels")
        if not isinstance(raw, dict) or not raw:
            return self.fail(path, "object_expected")
        keys = set(raw)
        if keys in ({"all"}, {"any"}):
            (key,) = keys
            items = raw[key]
            if not isinstance(items, list) or not 1 <= len(items) <= 20:
                return self.fail(f"{path}.{key}", "list of 1-20 rules expected")
            parts = [self.node(x, f"{path}.{key}[{i}]", depth + 1) for i, x in enumerate(items)]
            if key == "all":
                return lambda s, t: all(p(s, t) for p in parts)
            return lambda s, t: any(p(s, t) for p in parts)
        if keys == {"not"}:
            inner = self.node(raw["not"], f"{path}.not", depth + 1)
            return lambda s, t: not inner(s, t)
        if keys == {"tag"}:
            return self.tag(raw["tag"], path)
        if "prop" in raw:
            return self.prop(raw, path)
        if "count" in raw:
            return self.count(raw, path)
        return self.fail(path, "one of all, any, not, prop, count, tag expected")

    def tag(self, tag_id: Any, path: str) -> Predicate:
        import re

        if not self.allow_tags:
            return self.fail(f"{path}.tag", "tags are allowed in segment rules only")
        if not isinstance(tag_id, str) or not re.match(TAG_ID, tag_id):
            return self.fail(f"{path}.tag", "tag id expected")
        self.tags.add(tag_id)
        return lambda s, t: tag_id in s.tags

    def prop(self, raw: dict[str, Any], path: str) -> Predicate:
        if set(raw) != {"prop", "op", "value"}:
            return self.fail(path, "prop, op and value expected")
        name, op, value = raw["prop"], raw["op"], raw["value"]
        if name not in PROPS:
            return self.fail(f"{path}.prop", f"one of {', '.join(PROPS)}")
        kind, get = PROPS[name]
        if op not in OPS[kind]:
            return self.fail(f"{path}.op", f"one of {', '.join(sorted(OPS[kind]))} for {name}")
        self.uses_state = True
        if kind == NUMBER:
            if not isinstance(value, int | float) or isinstance(value, bool):
                return self.fail(f"{path}.value", "number expected")
            cmp = CMP[op]

            def number(s: MemberState, t: int) -> bool:
                v = get(s, t)
                return v is not None and cmp(v, value)

            return number
        if kind == TEXT and op == "in":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return self.fail(f"{path}.value", "list of strings expected")
            options = frozenset(value)
            return lambda s, t: get(s, t) in options
        if not isinstance(value, str) or not 1 <= len(value) <= 64:
            return self.fail(f"{path}.value", "string expected")
        if kind == SET:
            return lambda s, t: value in get(s, t)
        cmp = CMP[op]
        return lambda s, t: get(s, t) is not None and cmp(get(s, t), value)

    def count(self, raw: dict[str, Any], path: str) -> Predicate:
        if set(raw) != {"count", "days", "op", "value"}:
            return self.fail(path, "count, days, op and value expected")
        metric, days, op, value = raw["count"], raw["days"], raw["op"], raw["value"]
        before = len(self.problems)
        if metric not in METRICS:
            self.fail(f"{path}.count", f"one of {', '.join(METRICS)}")
        if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_WINDOW:
            self.fail(f"{path}.days", f"whole days 1-{MAX_WINDOW}")
        if op not in CMP:
            self.fail(f"{path}.op", f"one of {', '.join(CMP)}")
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(f"{path}.value", "integer expected")
        if len(self.problems) > before:
            return lambda s, t: False
        self.uses_state = True
        cmp = CMP[op]
        return lambda s, t: cmp(s.count(metric, t, days), value)


def compile_rule(raw: Any, *, allow_tags: bool = False, field: str = "rule") -> Compiled:
    """Check a rule tree and compile it; VALIDATION_ERROR (400) listing every problem."""
    parser = _Parser(allow_tags)
    test = parser.node(raw, field, 1)
    if parser.problems:
        raise ValidationFailed(details=parser.problems)
    return Compiled(test, frozenset(parser.tags), parser.uses_state, raw)
