"""Order sync under failures (retries reach the right final status in the right order, a
refused status is visible and kept), and the daily reconciliation repairing a lost PAYMENT
callback."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from settlement_app import handler as settlement_handler
from settlement_sync import handler as sync_handler

from siyu import clock
from siyu.errors import SiyuError
from siyu.orders import pickup, release
from siyu.settlement import reconcile, settle, sync
from siyu.settlement.models import OrderSync
from siyu.settlement.schemas import NOT_DUE
from tests.conftest import Api, LambdaContextStub
from tests.orders import support
from tests.settlement.support import advance, paid_order, shop, sqs_event, sync_until_done
from tests.support import admin_token

pytestmark = pytest.mark.usefixtures("aws")
admin_api = Api(settlement_handler)


def test_retries_under_injected_failures_reach_the_final_status_in_order(fake_kuaishou, atomic_dynamodb):
    shop()
    order_id = paid_order(fake_kuaishou)
    fake_kuaishou.fail_calls(0.5, {"report", "upload_image"}, seed=7)
    _, failures = sync_until_done(order_id)
    assert failures > 0
    assert fake_kuaishou.reports_of(order_id) == [2, 10]

    pickup.mark_picked_up(order_id, "staff-1")
    # Four deliveries at once (the OrderPaid retry and the OrderPickedUp event, twice each):
    # whichever runs, Kuaishou sees 11 once and never 10 after it.
    outcomes: list[str] = []

    def deliver() -> None:
        outcomes.append(sync_until_done(order_id)[0])

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert fake_kuaishou.reports_of(order_id) == [2, 10, 11]
    assert outcomes.count("reported") == 1
    state = OrderSync.get(*OrderSync.key(order_id))
    assert [h.split("@")[0] for h in state.history] == ["2", "10", "11"]
    assert state.refused_status is None  # cleared once the status got through

    # An earlier status's message arriving late changes nothing.
    fake_kuaishou.fail_calls()
    assert sync.sync_order(order_id) == sync.Outcome.STALE
    assert fake_kuaishou.reports_of(order_id) == [2, 10, 11]


def test_a_delivery_that_died_after_reporting_used_still_starts_settlement(fake_kuaishou, monkeypatch):
    shop()
    order_id = paid_order(fake_kuaishou)
    sync_until_done(order_id)
    pickup.mark_picked_up(order_id, "staff-1")

    def dies(*args: object) -> None:
        raise RuntimeError("the function died here")

    monkeypatch.setattr(settle, "on_used", dies)
    with pytest.raises(RuntimeError):
        sync.sync_order(order_id)  # 11 reported and recorded; the settlement never written
    assert (sync.read_state(order_id).reported_status, settle.read(order_id)) == (11, None)

    monkeypatch.undo()
    assert sync.sync_order(order_id) == sync.Outcome.STALE  # the queue's next delivery
    assert settle.read(order_id).state == NOT_DUE
    assert sync.sync_order(order_id) == sync.Outcome.STALE  # and again: nothing changes
    assert settle.read(order_id).state == NOT_DUE


def test_a_report_in_flight_keeps_a_second_one_waiting(fake_kuaishou):
    shop()
    order_id = paid_order(fake_kuaishou)
    order = support.order(order_id)
    OrderSync(*OrderSync.key(order_id), order_id=order_id).save()
    OrderSync(*OrderSync.key(order_id)).update(
        actions=[
            OrderSync.lease_version.set("0000"),
            OrderSync.lease_until.set(clock.iso(clock.now() + timedelta(seconds=60))),
        ]
    )
    with pytest.raises(SiyuError) as busy:
        sync.sync_order(order_id)
    assert busy.value.code == "ORDER_SYNC_BUSY"
    assert fake_kuaishou.reports_of(order_id) == []
    advance(seconds=61)  # the other report died: its lease runs out
    assert sync.sync_order(order_id) == sync.Outcome.REPORTED
    assert order.updated_at == OrderSync.get(*OrderSync.key(order_id)).reported_version


def test_a_refused_status_is_visible_alarmed_and_retried(fake_kuaishou):
    support.setup_shop()  # products without an image: Kuaishou refuses the report
    order_id = paid_order(fake_kuaishou)
    answer = sync_handler(sqs_event(order_id), LambdaContextStub())
    assert answer == {"batchItemFailures": [{"itemIdentifier": "m-1"}]}  # SQS retries, then the DLQ
    status, body = admin_api("GET", f"/v1/admin/orders/{order_id}/kuaishou", token=admin_token("analyst"))
    assert status == 200
    assert body["kuaishou"]["reported_status"] is None
    assert body["kuaishou"]["refused"]["status"] == 2
    assert body["kuaishou"]["refused"]["result"] == 100500002  # IMAGE_NOT_FOUND
    assert fake_kuaishou.reports_of(order_id) == []


def test_a_cancelled_pre_order_is_reported_cancelled(fake_kuaishou):
    shop()
    order_id = support.place(support.make_member()).order.order_id
    release.close(order_id, "cancel")
    assert sync_until_done(order_id)[0] == "reported"
    assert fake_kuaishou.reports_of(order_id) == [3]


def test_reconciliation_repairs_a_lost_payment_callback_and_lists_the_rest(fake_kuaishou):
    shop()
    paid = paid_order(fake_kuaishou)
    lost = support.place(support.make_member()).order.order_id
    hosts = fake_kuaishou.callback_hosts
    fake_kuaishou.callback_hosts = set()  # the PAYMENT callback never arrives
    try:
        fake_kuaishou.pay(lost)
    finally:
        fake_kuaishou.callback_hosts = hosts
    assert support.order(lost).status == "PENDING_PAYMENT"
    day = clock.shanghai_day()

    advance(days=1)
    result = reconcile.run()  # the previous Shanghai day
    assert result.day == day.isoformat()
    assert support.order(lost).status == "PAID"
    assert result.repaired == 1
    assert result.matched == 1
    # (The fake platform serves the whole session: other tests' orders are in its bill.)
    ours = [(i["order_id"], i["kind"], i["repaired"]) for i in result.issues if i["order_id"] in (paid, lost)]
    assert ours == [(lost, "lost_payment_callback", True)]
    assert result.figures == {
        support.STORE: {"paid_fen": 6000, "refunded_fen": 0, "settled_fen": 0, "fee_fen": 0, "net_fen": 0}
    }
    status, view = admin_api(
        "GET",
        f"/v1/admin/reconciliations/{day.isoformat()}",
        token=admin_token("analyst"),
        query="limit=1",
    )
    assert status == 200
    assert view["repaired"] == 1
    assert len(view["issues"]) == 1

    # Running the day again finds everything matched now.
    again = reconcile.run(day)
    assert again.repaired == 0
    assert again.matched == 2
    assert [i for i in again.issues if i["order_id"] in (paid, lost)] == []
