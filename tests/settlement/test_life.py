"""The whole life of an order with Kuaishou on Siyu's clock: paid (2, 10), picked up (11),
settled 3 days later (refused on day 2), the SETTLE callback recorded, the day reconciled;
a refund after settlement needs the merchant's confirmation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pynamodb.exceptions import TransactWriteError
from settlement_app import handler as settlement_handler
from settlement_sync import handler as sync_handler

from siyu import clock
from siyu.kuaishou import KuaishouCallError, client
from siyu.orders import pickup, refunds
from siyu.settlement import reconcile, settle
from siyu.settlement.models import MoneyLine
from siyu.settlement.schemas import NOT_DUE, SETTLED
from tests.conftest import Api, LambdaContextStub
from tests.orders import support
from tests.settlement.support import advance, paid_order, shop, sqs_event, wait_for
from tests.support import admin_token

pytestmark = pytest.mark.usefixtures("aws")
admin_api = Api(settlement_handler)


def _state(order_id: str) -> dict:
    status, body = admin_api("GET", f"/v1/admin/orders/{order_id}/kuaishou", token=admin_token("analyst"))
    assert status == 200, body
    return body


def test_pay_pickup_settle_on_day_3_and_reconcile(fake_kuaishou):
    shop()
    order_id = paid_order(fake_kuaishou)
    calls_before = len(fake_kuaishou.calls)

    # OrderPaid through the queue: 2 then 10, with the product image uploaded once.
    answer = sync_handler(sqs_event(order_id), LambdaContextStub())
    assert answer == {"batchItemFailures": []}
    assert fake_kuaishou.reports_of(order_id) == [2, 10]
    # The same event again (at-least-once delivery) reports nothing more.
    sync_handler(sqs_event(order_id, message_id="m-2"), LambdaContextStub())
    assert fake_kuaishou.reports_of(order_id) == [2, 10]

    pickup.mark_picked_up(order_id, "staff-1")
    sync_handler(sqs_event(order_id, "OrderPickedUp", "m-3"), LambdaContextStub())
    assert fake_kuaishou.reports_of(order_id) == [2, 10, 11]
    state = _state(order_id)
    assert state["kuaishou"]["reported_status"] == 11
    assert state["kuaishou"]["refused"] is None
    assert state["settlement"]["state"] == NOT_DUE
    used_at = clock.parse_iso(state["settlement"]["used_at"])
    assert clock.parse_iso(state["settlement"]["due_at"]) - used_at == timedelta(days=3, hours=6)

    # Day 2: Siyu's schedule does not ask, and Kuaishou would refuse anyway.
    advance(days=2)
    assert settle.run_due() == {}
    with pytest.raises(KuaishouCallError) as refused:
        client().settle(out_order_no=order_id, out_settle_no=f"{order_id}-T", reason="too early")
    assert refused.value.result == 100400009  # the fake's EPAY_SETTLE_TOO_EARLY
    assert settle.request(order_id) == "not_due"

    # Day 3 plus the margin: settled, the SETTLE callback verified and recorded.
    advance(days=1, hours=7)
    assert settle.run_due() == {"requested": 1}
    wait_for(lambda: settle.read(order_id).state == SETTLED)
    item = settle.read(order_id)
    assert item.settled_fen == 3000
    assert item.callback_message_id
    assert settle.run_due() == {}  # settled once
    calls = [path for _, path in fake_kuaishou.calls[calls_before:] if "/oauth2/" not in path]
    assert calls.count("/openapi/mp/developer/order/v1/report") == 3
    assert calls.count("/openapi/mp/developer/file/img/uploadWithUrl") == 1
    assert calls.count("/openapi/mp/developer/epay/settle") == 2  # ours on day 3, the test's on day 2

    # The settle day reconciles with Kuaishou's bill: settled 3000, fee 1% = 30, net 2970.
    settle_day = clock.shanghai_day()
    result = reconcile.run(settle_day)
    # (The fake platform serves the whole session: other tests' orders are in its bill.)
    assert [i for i in result.issues if i["order_id"] == order_id] == []
    assert result.figures == {
        support.STORE: {"paid_fen": 0, "refunded_fen": 0, "settled_fen": 3000, "fee_fen": 30, "net_fen": 2970}
    }
    pay_day = clock.shanghai_day(used_at)
    assert reconcile.run(pay_day).figures[support.STORE]["paid_fen"] == 3000
    _, view = admin_api(
        "GET", f"/v1/admin/reconciliations/{settle_day.isoformat()}", token=admin_token("analyst")
    )
    assert view["figures"][support.STORE]["net_fen"] == 2970
    status, listed = admin_api(
        "GET", "/v1/admin/settlements", token=admin_token("analyst"), query="state=settled"
    )
    assert status == 200
    assert [s["order_id"] for s in listed["settlements"]] == [order_id]
    status, _ = admin_api("GET", "/v1/admin/settlements", token=admin_token("analyst"), query="state=x")
    assert status == 400


def _requested_settlement(fake_kuaishou) -> tuple[str, dict]:
    """A picked-up order whose settlement was asked for, and the SETTLE callback's data."""
    shop()
    order_id = paid_order(fake_kuaishou)
    pickup.mark_picked_up(order_id, "staff-1")
    sync_handler(sqs_event(order_id, "OrderPickedUp"), LambdaContextStub())
    fake_kuaishou.auto_complete_settles = False
    try:
        advance(days=3, hours=7)
        assert settle.run_due() == {"requested": 1}
    finally:
        fake_kuaishou.auto_complete_settles = True
    item = settle.read(order_id)
    return order_id, {"out_settle_no": item.out_settle_no, "status": "SUCCESS", "settle_amount": 3000}


def _settled_lines(order_id: str) -> list[tuple[str, int]]:
    day = clock.shanghai_day().isoformat()
    return [
        (ln.kind, int(ln.amount_fen))
        for ln in MoneyLine.gsi1.query(MoneyLine.day_key(day))
        if ln.order_id == order_id and ln.kind == "settled"
    ]


def test_a_lost_settle_callback_is_recovered_by_asking_kuaishou(fake_kuaishou):
    order_id, _ = _requested_settlement(fake_kuaishou)
    assert settle.read(order_id).state == "requested"
    lost = fake_kuaishou.complete_settle(f"{order_id}-S1", lose_callback=True)
    assert lost["acked"] is False

    advance(minutes=10)  # Kuaishou may still be pushing: not asked yet
    assert settle.run_due() == {}
    assert settle.read(order_id).state == "requested"
    advance(minutes=30)
    calls_before = len(fake_kuaishou.calls)
    assert settle.run_due() == {"recovered": 1}
    item = settle.read(order_id)
    assert item.state == SETTLED
    assert item.settled_fen == 3000
    paths = [path for _, path in fake_kuaishou.calls[calls_before:] if "/oauth2/" not in path]
    assert paths == ["/openapi/mp/developer/epay/query_settle"]
    day = clock.shanghai_day().isoformat()
    lines = [
        (ln.kind, int(ln.amount_fen))
        for ln in MoneyLine.gsi1.query(MoneyLine.day_key(day))
        if ln.order_id == order_id
    ]
    assert lines == [("settled", 3000)]  # in the day's ledger, as the callback would have put it
    assert settle.run_due() == {}  # nothing left to ask


def test_the_settled_state_and_its_money_line_commit_together(fake_kuaishou, monkeypatch):
    order_id, data = _requested_settlement(fake_kuaishou)
    real_line = settle.ledger.money_line

    def unwritable(*args, **kwargs):  # DynamoDB refuses an empty index key
        line = real_line(*args, **kwargs)
        line.gsi1pk = ""
        return line

    monkeypatch.setattr(settle.ledger, "money_line", unwritable)
    with pytest.raises(TransactWriteError):
        settle.on_callback(data, "m-settle-1")
    assert (settle.read(order_id).state, _settled_lines(order_id)) == ("requested", [])

    monkeypatch.undo()  # Kuaishou pushes again until acknowledged
    settle.on_callback(data, "m-settle-2")
    assert (settle.read(order_id).state, _settled_lines(order_id)) == (SETTLED, [("settled", 3000)])
    settle.on_callback(data, "m-settle-3")
    assert settle.read(order_id).callback_message_id == "m-settle-2"


def test_a_repeat_callback_writes_the_money_line_an_older_settlement_left_out(fake_kuaishou):
    order_id, data = _requested_settlement(fake_kuaishou)
    item = settle.read(order_id)
    settled_at = clock.now_iso()
    item.update(
        actions=settle._state_actions(
            item,
            SETTLED,
            [settle.Settlement.settled_at.set(settled_at), settle.Settlement.settled_fen.set(3000)],
        )
    )
    assert _settled_lines(order_id) == []  # the state written, then a crash before the line

    settle.on_callback(data, "m-settle-again")

    assert _settled_lines(order_id) == [("settled", 3000)]
    assert settle.read(order_id).settled_at == settled_at


def test_a_refund_after_settlement_needs_the_merchant_to_confirm_the_fee_loss(fake_kuaishou):
    shop()
    order_id = paid_order(fake_kuaishou)
    member_id = support.order(order_id).member_id
    sync_handler(sqs_event(order_id), LambdaContextStub())
    pickup.mark_picked_up(order_id, "staff-1")
    sync_handler(sqs_event(order_id, "OrderPickedUp", "m-2"), LambdaContextStub())
    advance(days=3, hours=7)
    settle.run_due()
    wait_for(lambda: settle.read(order_id).state == SETTLED)

    refunds.request(member_id, order_id, "不想要了")
    token = admin_token("operator")
    status, body = support.api("POST", f"/v1/admin/orders/{order_id}/refund/approve", token=token)
    assert status == 409, body
    assert body["error"]["code"] == "REFUND_AFTER_SETTLEMENT"
    assert support.order(order_id).status == "REFUND_REQUESTED"  # nothing changed
    status, body = support.api(
        "POST", f"/v1/admin/orders/{order_id}/refund/approve", token=token, query="confirm_fee_loss=true"
    )
    assert status == 200, body
    wait_for(lambda: support.order(order_id).status == "REFUNDED")


def test_a_refund_before_settlement_takes_the_order_out_of_settlement(fake_kuaishou):
    shop()
    order_id = paid_order(fake_kuaishou)
    member_id = support.order(order_id).member_id
    pickup.mark_picked_up(order_id, "staff-1")
    sync_handler(sqs_event(order_id, "OrderPickedUp"), LambdaContextStub())
    assert fake_kuaishou.reports_of(order_id) == [2, 11]
    refunds.request(member_id, order_id, "做错了")
    sync_handler(sqs_event(order_id, "OrderRefundRequested", "m-2"), LambdaContextStub())
    assert settle.read(order_id) is None
    status, body = support.api(
        "POST", f"/v1/admin/orders/{order_id}/refund/approve", token=admin_token("operator")
    )
    assert status == 200, body
    wait_for(lambda: support.order(order_id).status == "REFUNDED")
    sync_handler(sqs_event(order_id, "OrderRefunded", "m-3"), LambdaContextStub())
    assert fake_kuaishou.reports_of(order_id) == [2, 11, 4, 6]
    day = clock.shanghai_day().isoformat()
    kinds = {line.kind for line in MoneyLine.gsi1.query(MoneyLine.day_key(day))}
    assert kinds == {"paid", "refunded"}
