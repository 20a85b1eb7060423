"""The success bodies of the settlement admin routes and the payment callback, for the API contract."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from siyu.base_model import SiyuModel


class Refused(SiyuModel):
    status: int
    result: int
    message: str | None
    at: str | None


class KuaishouSync(SiyuModel):
    expected_status: int | None
    reported_status: int | None
    reported_at: str | None
    history: list[str] = Field(description='"<status>@<at>", in the order Kuaishou accepted them')
    report_calls: int
    refused: Refused | None = Field(description="the last status Kuaishou refused (also alarmed)")


class SettlementState(SiyuModel):
    state: str
    amount_fen: int
    used_at: str | None
    due_at: str | None
    out_settle_no: str | None
    requested_at: str | None
    settled_at: str | None
    settled_fen: int | None
    error: str | None


class OrderKuaishou(SiyuModel):
    order_id: str
    status: str
    kuaishou: KuaishouSync
    settlement: SettlementState | None


class SettlementRow(SettlementState):
    order_id: str
    store_id: str | None


class Settlements(SiyuModel):
    settlements: list[SettlementRow]
    next_cursor: str | None


class ReconIssue(SiyuModel):
    order_id: str
    kind: str
    repaired: bool
    siyu_fen: int | None
    platform_fen: int | None
    note: str | None


class Reconciliation(SiyuModel):
    day: str
    ran_at: str
    figures: dict[str, Any] = Field(description="the day's figures per store, Siyu's and Kuaishou's")
    matched: int
    repaired: int
    issue_count: int
    issues: list[ReconIssue]
    next_cursor: str | None


class CallbackAnswer(SiyuModel):
    """What Kuaishou expects back: result 1 once applied; anything else makes it push again."""

    result: int
    message_id: str | None
    error_msg: str | None = None
