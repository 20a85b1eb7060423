"""The points ledger: append-only, never negative, each (source, ref) applied once; the API
other capabilities call; the member's and the admin's views."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from pynamodb.exceptions import TransactWriteError

from siyu.db import transaction
from siyu.errors import ValidationFailed
from siyu.events import DomainEvent, stage
from siyu.members import account, points
from siyu.members.models import RefGuard
from tests.members.support import assert_ledger_consistent, balance, call, ledger, make_member
from tests.support import admin_token, events


def test_change_writes_an_entry_with_the_balance_after(aws):
    member = make_member()
    first = points.change(member, 30, reason="活动奖励", source="campaign", ref="c-1")
    second = points.change(member, -12, reason="抵扣", source="order", ref="o-1", actor="system")
    assert (first.seq, first.balance_after) == (1, 30)
    assert (second.seq, second.delta, second.balance_after, second.actor) == (2, -12, 18, "system")
    assert balance(member) == 18
    entries = ledger(member)
    assert [(int(e.delta), int(e.balance_after), e.source, e.ref) for e in entries] == [
        (30, 30, "campaign", "c-1"),
        (-12, 18, "order", "o-1"),
    ]
    assert [e.type for e in events("PointsChanged")] == ["PointsChanged", "PointsChanged"]


def test_same_source_and_ref_is_applied_once_and_returns_the_first_result(aws):
    member = make_member()
    first = points.change(member, 10, reason="奖励", source="campaign", ref="c-1")
    again = points.change(member, 10, reason="奖励", source="campaign", ref="c-1")
    assert again == first
    assert balance(member) == 10
    assert len(ledger(member)) == 1
    # Even when the repeat could no longer be afforded, it answers with the first result.
    points.change(member, -10, reason="兑换", source="gift", ref="g-1")
    assert points.change(member, -10, reason="兑换", source="gift", ref="g-1").balance_after == 0


def test_balance_never_goes_negative(aws):
    member = make_member()
    points.change(member, 5, reason="奖励", source="campaign", ref="c-1")
    with pytest.raises(points.InsufficientPoints) as caught:
        points.change(member, -6, reason="兑换", source="gift", ref="g-1")
    assert caught.value.details == {"balance": 5, "needed": 6}
    assert balance(member) == 5
    assert len(ledger(member)) == 1
    assert RefGuard.count(RefGuard.key(member, "gift", "g-1")[0], RefGuard.sk == "REF#gift#g-1") == 0


def test_stage_change_joins_the_callers_transaction(aws):
    member = make_member()

    def pay_order() -> None:
        with transaction() as tx:
            points.stage_change(tx, member, 50, reason="下单奖励", source="order", ref="o-9")
            stage(tx, DomainEvent(type="OrderPaid", member_id=member, data={"order_id": "o-9"}))

    pay_order()
    assert balance(member) == 50
    # The same (source, ref) again: the whole transaction fails, recognisably, and writes nothing.
    with pytest.raises(TransactWriteError) as caught:
        pay_order()
    first = points.already_applied(caught.value, member)
    assert first is not None
    assert (first.seq, first.balance_after) == (1, 50)
    assert not points.balance_moved(caught.value, member)
    assert balance(member) == 50
    assert len(events("OrderPaid")) == 1


def test_stage_change_fails_if_the_balance_moved_before_commit(aws):
    member = make_member()
    points.change(member, 20, reason="奖励", source="campaign", ref="c-1")

    def redeem_while_an_order_spends() -> None:
        with transaction() as tx:
            points.stage_change(tx, member, -20, reason="兑换", source="gift", ref="g-1")
            points.change(member, -15, reason="抵扣", source="order", ref="o-1")  # lands in between

    with pytest.raises(TransactWriteError) as caught:
        redeem_while_an_order_spends()
    assert points.balance_moved(caught.value, member)
    assert points.already_applied(caught.value, member) is None
    assert balance(member) == 5
    assert_ledger_consistent(member)


def test_stage_change_refuses_an_overdraft_at_once(aws):
    member = make_member()
    with pytest.raises(points.InsufficientPoints), transaction() as tx:
        points.stage_change(tx, member, -1, reason="兑换", source="gift", ref="g-1")
    assert balance(member) == 0


@pytest.mark.concurrency
def test_concurrent_debits_never_overdraw(atomic_dynamodb):
    member = make_member()
    points.change(member, 100, reason="奖励", source="campaign", ref="seed")

    def spend(n: int) -> str:
        try:
            points.change(member, -30, reason="兑换", source="gift", ref=f"g-{n}")
        except points.InsufficientPoints:
            return "insufficient"
        return "ok"

    with ThreadPoolExecutor(12) as pool:
        outcomes = list(pool.map(spend, range(12)))
    assert outcomes.count("ok") == 3
    assert balance(member) == 10
    assert_ledger_consistent(member)


def test_ledger_pages_newest_first(aws):
    member = make_member()
    for n in range(1, 8):
        points.change(member, n, reason=f"奖励{n}", source="campaign", ref=f"c-{n}")
    status, page = call("GET", "/v1/points", member=member, query="limit=3")
    assert status == 200
    assert page["balance"] == 28
    assert page["earned_total"] == 28
    assert [e["seq"] for e in page["entries"]] == [7, 6, 5]
    assert page["entries"][0] == {
        "seq": 7,
        "delta": 7,
        "balance_after": 28,
        "reason": "奖励7",
        "source": "campaign",
        "created_at": page["entries"][0]["created_at"],
        "ref": None,
        "actor": None,
    }
    seen = [e["seq"] for e in page["entries"]]
    while page["next_cursor"]:
        page = call("GET", "/v1/points", member=member, query=f"limit=3&cursor={page['next_cursor']}")[1]
        seen += [e["seq"] for e in page["entries"]]
    assert seen == [7, 6, 5, 4, 3, 2, 1]
    status, body = call("GET", "/v1/points", member=member, query="limit=1000")
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")


def test_empty_ledger(aws):
    member = make_member()
    assert call("GET", "/v1/points", member=member)[1] == {
        "balance": 0,
        "earned_total": 0,
        "entries": [],
        "next_cursor": None,
    }


def test_admin_adjustment_needs_a_reason_an_operator_and_is_idempotent(aws):
    member = make_member()
    path = f"/v1/admin/members/{member}/points"
    body = {"delta": 40, "reason": "客诉补偿"}
    operator = admin_token("operator", admin_id="op-7")
    status, entry = call("POST", path, body, admin=operator, key="adjust-0001")
    assert status == 200, entry
    assert (entry["delta"], entry["balance_after"], entry["actor"], entry["source"]) == (
        40,
        40,
        "op-7",
        "admin",
    )
    assert call("POST", path, body, admin=operator, key="adjust-0001")[1] == entry  # a retry
    assert balance(member) == 40
    # The same key for another change is refused.
    status, error = call("POST", path, {"delta": 41, "reason": "客诉补偿"}, admin=operator, key="adjust-0001")
    assert (status, error["error"]["code"]) == (422, "IDEMPOTENCY_KEY_REUSED")
    status, error = call("POST", path, {"delta": -100, "reason": "扣回"}, admin=operator, key="adjust-0002")
    assert (status, error["error"]["code"]) == (409, "POINTS_INSUFFICIENT")
    for bad in ({"delta": 5}, {"delta": 5, "reason": ""}, {"delta": 0, "reason": "无效"}):
        status, error = call("POST", path, bad, admin=operator, key="adjust-0003")
        assert (status, error["error"]["code"]) == (400, "VALIDATION_ERROR")
    status, error = call("POST", path, body, admin=operator)
    assert (status, error["error"]["code"]) == (400, "VALIDATION_ERROR")  # no Idempotency-Key
    status, error = call("POST", path, body, admin=admin_token("analyst"), key="adjust-0004")
    assert (status, error["error"]["code"]) == (403, "FORBIDDEN")
    status, error = call("POST", path, body, member=member, key="adjust-0005")
    assert (status, error["error"]["code"]) == (401, "TOKEN_INVALID")
    status, error = call(
        "POST", "/v1/admin/members/01NOSUCHMEMBER/points", body, admin=operator, key="adjust-0006"
    )
    assert (status, error["error"]["code"]) == (404, "MEMBER_NOT_FOUND")
    # An analyst may read the member's ledger, with who adjusted it.
    status, view = call("GET", path, admin=admin_token("analyst"))
    assert status == 200
    assert view["balance"] == 40
    assert view["entries"][0]["actor"] == "op-7"
    assert view["level"]["level_key"] == "normal"
    assert_ledger_consistent(member)


def test_reason_source_and_ref_are_checked(aws):
    member = make_member()
    for kwargs in (
        {"reason": "", "source": "campaign", "ref": "x"},
        {"reason": "奖励", "source": "Bad Source", "ref": "x"},
        {"reason": "奖励", "source": "campaign", "ref": ""},
    ):
        with pytest.raises(ValidationFailed):
            points.change(member, 1, **kwargs)
    assert balance(member) == 0


def test_account_snapshot_matches_the_item(aws):
    member = make_member()
    points.change(member, 9, reason="奖励", source="campaign", ref="c-1")
    snap = account.read(member)
    assert (snap.exists, snap.version, snap.seq, snap.balance, snap.earned_total) == (True, 1, 1, 9, 9)
