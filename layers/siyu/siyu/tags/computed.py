"""Computed tags: lifecycle stage (per member) and RFM class (against everyone's quintiles).

Lifecycle, from the member's last activity (registration, a visit, an order, a check-in …):
new = registered fewer than NEW_DAYS days ago; otherwise active = active within ACTIVE_DAYS
days, at-risk = within AT_RISK_DAYS, lost = longer ago.

RFM (recency, frequency, money), over the members with a paid order in the last RFM_DAYS:
each axis scored 1–5 by quintile of the population (recency: fewer days since the last order
scores higher; ties share a score), "high" is a score ≥ 3, and the eight (R, F, M) high/low
combinations are the eight classes VeCDP and most Chinese CRMs name. Only the nightly
computation assigns RFM classes: a quintile moves with everyone else's orders.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from siyu.tags.state import MemberState

NEW_DAYS, ACTIVE_DAYS, AT_RISK_DAYS = 14, 30, 90
RFM_DAYS = 365

LIFECYCLE: dict[str, str] = {
    "life-new": "新会员",
    "life-active": "活跃",
    "life-at-risk": "流失预警",
    "life-lost": "已流失",
}

# (recency high, frequency high, money high) → (tag id, name)
RFM_CLASSES: dict[tuple[bool, bool, bool], tuple[str, str]] = {
    (True, True, True): ("rfm-important-value", "重要价值"),
    (False, True, True): ("rfm-important-winback", "重要唤回"),
    (True, False, True): ("rfm-important-develop", "重要深耕"),
    (False, False, True): ("rfm-important-retain", "重要挽留"),
    (True, True, False): ("rfm-potential", "潜力"),
    (True, False, False): ("rfm-new-buyer", "新客"),
    (False, True, False): ("rfm-general", "一般维持"),
    (False, False, False): ("rfm-churned", "流失"),
}
RFM: dict[str, str] = dict(RFM_CLASSES.values())


def lifecycle(state: MemberState, today: int) -> str | None:
    if state.reg_day is not None and today - state.reg_day < NEW_DAYS:
        return "life-new"
    active = [d for d in (state.reg_day, *state.days) if d is not None]
    if not active:
        return None
    idle = today - max(active)
    if idle <= ACTIVE_DAYS:
        return "life-active"
    return "life-at-risk" if idle <= AT_RISK_DAYS else "life-lost"


def quintile(sorted_values: Sequence[float], value: float) -> int:
    """1–5: the share of the population strictly below `value` (ties share a score)."""
    return 1 + min(4, 5 * bisect_left(sorted_values, value) // len(sorted_values))


def rfm_axes(state: MemberState, today: int) -> tuple[int, int, int] | None:
    """(days since the last order, orders, spend) over RFM_DAYS; None for a non-buyer."""
    first = today - RFM_DAYS + 1
    last, orders, spend = -1, 0, 0
    for day, c in state.days.items():
        if first <= day <= today:
            n = c.get("order_paid", 0)
            if n > 0:
                orders += n
                last = max(last, day)
            spend += c.get("spend_fen", 0)
    return None if orders <= 0 else (today - last, orders, spend)


def rfm_classes(axes: dict[str, tuple[int, int, int]]) -> dict[str, str]:
    """Each buyer's RFM class tag, from everyone's axes."""
    if not axes:
        return {}
    rs = sorted(-a[0] for a in axes.values())  # fewer days = better: negate
    fs = sorted(a[1] for a in axes.values())
    ms = sorted(a[2] for a in axes.values())
    out = {}
    for member_id, (r, f, m) in axes.items():
        key = (quintile(rs, -r) >= 3, quintile(fs, f) >= 3, quintile(ms, m) >= 3)
        out[member_id] = RFM_CLASSES[key][0]
    return out


__all__ = ["LIFECYCLE", "RFM", "lifecycle", "quintile", "rfm_axes", "rfm_classes"]
