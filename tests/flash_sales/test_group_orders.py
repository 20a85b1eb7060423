"""Group-buy seats are orders: a seat comes with its pending order at the group price, paying
it counts for the group, a formed group confirms every order, a failed one refunds every
payment through the orders' refund path, and an unpaid order gives its seat back.

Payments and refunds go through Kuaishou's signed callbacks (the fake platform signs them,
the payments handler's domain applies them); domain events reach the group-buys consumer as
the bus delivers them (at least once)."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from group_buys_events import handler as group_events
from group_buys_sweeper import handler as sweeper

from siyu import clock
from siyu.errors import SiyuError
from siyu.events import OutboxItem
from siyu.group_buys import groups, ordering
from siyu.group_buys.models import FAILED, FORMED, LEFT, PAID, Seat
from siyu.orders import payments, pickup, refunds
from siyu.orders.models import Order
from siyu.orders.schemas import CANCELLED, EXPIRED, PENDING_PAYMENT, REFUNDED, REFUNDING
from siyu.orders.schemas import PAID as ORDER_PAID
from tests.conftest import LambdaContextStub
from tests.flash_sales.support import make_deal, make_member

PRICE = 1500


@pytest.fixture
def kuaishou(shop: None, fake_kuaishou: Any) -> Any:
    """The fake platform with callbacks captured (this test applies them itself)."""
    hosts, attempts, auto = (
        fake_kuaishou.callback_hosts,
        fake_kuaishou.callback_max_attempts,
        fake_kuaishou.auto_complete_refunds,
    )
    fake_kuaishou.callback_hosts, fake_kuaishou.callback_max_attempts = set(), 1
    fake_kuaishou.auto_complete_refunds = False
    yield fake_kuaishou
    fake_kuaishou.callback_hosts, fake_kuaishou.callback_max_attempts = hosts, attempts
    fake_kuaishou.auto_complete_refunds = auto


def _apply_last_callback(fake: Any, biz_type: str, ref: str) -> None:
    sent = [c for c in fake.callbacks if c["biz_type"] == biz_type and f'"{ref}"' in c["body"]][-1]
    payments.handle_callback(sent["body"].encode("utf-8"), sent["kwaisign"])


def pay(fake: Any, order_id: str) -> None:
    fake.pay(order_id)
    _apply_last_callback(fake, "PAYMENT", order_id)


def refunds_of(fake: Any, order_id: str) -> list[dict[str, Any]]:
    return [r for r in fake.refunds.values() if r["out_order_no"] == order_id]


def complete_refunds(fake: Any, order_id: str) -> None:
    for refund in refunds_of(fake, order_id):
        if refund["status"] == "PROCESSING":
            fake.complete_refund(refund["out_refund_no"])
            _apply_last_callback(fake, "REFUND", refund["out_refund_no"])


class Bus:
    """Delivers the outbox's new events of some types to the group-buys consumer, as the
    EventBridge rules do; `again()` delivers the last batch a second time."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.last: list[dict[str, Any]] = []

    def deliver(self, *types: str) -> int:
        batch = []
        for item in sorted(OutboxItem.scan(), key=lambda e: e.occurred_at):
            if item.type in types and item.pk not in self.seen:
                self.seen.add(item.pk)
                batch.append(
                    {
                        "detail-type": item.type,
                        "source": "siyu",
                        "detail": {
                            "id": item.pk.removeprefix("EVENT#"),
                            "type": item.type,
                            "occurred_at": item.occurred_at,
                            "member_id": item.member_id,
                            "data": json.loads(item.data),
                        },
                    }
                )
        for event in batch:
            group_events(event, LambdaContextStub())
        self.last = batch
        return len(batch)

    def again(self) -> None:
        for event in self.last:
            group_events(event, LambdaContextStub())


def order(order_id: str) -> Order:
    return Order.get(*Order.key(order_id), consistent_read=True)


def seat(group_id: str, member_id: str) -> Seat:
    found = groups.seat_of(group_id, member_id)
    assert found is not None
    return found


def group_of(deal_id: str, members: list[str]) -> tuple[str, dict[str, str]]:
    """A group started by members[0] and joined by the others: (group_id, member → order_id)."""
    for member_id in members:
        make_member(member_id)
    started = ordering.start_order(members[0], deal_id, request_key="start-key-1")
    group_id = started.seated.group.group_id
    orders = {members[0]: started.order.order_id}
    for member_id in members[1:]:
        orders[member_id] = ordering.join_order(member_id, group_id).order.order_id
    return group_id, orders


def test_each_seat_has_its_pending_order_at_the_group_price(kuaishou):
    deal = make_deal(sku="SKU-ZSPT", group_price_fen=PRICE, group_size=3)
    group_id, orders = group_of(deal.deal_id, ["leader", "friend"])
    for member_id, order_id in orders.items():
        placed = order(order_id)
        assert (placed.status, int(placed.total_fen), placed.source, placed.hold) == (
            PENDING_PAYMENT,
            PRICE,
            "group_buy",
            "GROUP_FORMING",
        )
        assert placed.source_ref == f"{group_id}:{member_id}"
        assert seat(group_id, member_id).order_ref == order_id
    # The same requests again: the same orders, nothing new.
    again = ordering.start_order("leader", deal.deal_id, request_key="start-key-1")
    assert (again.seated.replayed, again.order.order_id) == (True, orders["leader"])
    assert ordering.join_order("friend", group_id).order.order_id == orders["friend"]
    assert int(groups.get(group_id).joined) == 2


def test_the_nth_payment_forms_the_group_and_confirms_every_order(kuaishou):
    deal = make_deal(sku="SKU-ZSPT", group_price_fen=PRICE, group_size=3)
    group_id, orders = group_of(deal.deal_id, ["leader", "friend", "cousin"])
    bus = Bus()
    pay(kuaishou, orders["leader"])
    pay(kuaishou, orders["friend"])
    assert bus.deliver("OrderPaid") == 2

    held = order(orders["leader"])
    assert (held.status, held.hold, int(groups.get(group_id).paid)) == (ORDER_PAID, "GROUP_FORMING", 2)
    with pytest.raises(SiyuError) as on_hold:
        pickup.mark_picked_up(orders["leader"], "staff-1")
    assert on_hold.value.code == "ORDER_ON_HOLD"
    with pytest.raises(SiyuError) as no_refund:
        refunds.request("leader", orders["leader"], "不想等了")
    assert no_refund.value.code == "ORDER_ON_HOLD"

    pay(kuaishou, orders["cousin"])
    bus.deliver("OrderPaid")
    bus.again()  # the bus may deliver twice
    assert groups.get(group_id).status == FORMED
    assert bus.deliver("GroupFormed") == 1
    bus.again()
    assert all(order(o).hold is None for o in orders.values())
    assert len([e for e in OutboxItem.scan() if e.type == "OrderConfirmed"]) == 3
    assert pickup.mark_picked_up(orders["leader"], "staff-1").status == "PICKED_UP"
    assert refunds_of(kuaishou, orders["friend"]) == []


def test_a_group_out_of_time_refunds_every_payment_and_cancels_unpaid_orders(kuaishou, at):
    deal = make_deal(sku="SKU-ZSPT", group_price_fen=PRICE, group_size=3, hours_to_fill=2)
    group_id, orders = group_of(deal.deal_id, ["leader"])
    bus = Bus()
    pay(kuaishou, orders["leader"])
    bus.deliver("OrderPaid")
    deadline = clock.parse_iso(groups.get(group_id).expires_at)
    at(clock.iso(deadline - timedelta(seconds=60)))  # the friend joins a minute before the end
    make_member("friend")
    orders["friend"] = ordering.join_order("friend", group_id).order.order_id
    at(clock.iso(deadline + timedelta(seconds=1)))
    unpaid_expiry = order(orders["friend"]).expires_at
    assert sweeper({}, LambdaContextStub()) == {"failed": 1}
    assert groups.get(group_id).status == FAILED

    assert bus.deliver("GroupFailed") == 1
    bus.again()  # delivered twice: still one refund
    refunding = order(orders["leader"])
    assert refunding.status == REFUNDING
    sent = refunds_of(kuaishou, orders["leader"])
    assert [(r["refund_amount"], r["status"]) for r in sent] == [(PRICE, "PROCESSING")]
    # The unpaid order was cancelled at once (not left to its own expiry), its seat given back.
    assert (order(orders["friend"]).status, unpaid_expiry > clock.now_iso()) == (CANCELLED, True)
    assert seat(group_id, "friend").status == LEFT

    complete_refunds(kuaishou, orders["leader"])
    assert order(orders["leader"]).status == REFUNDED
    assert refunds_of(kuaishou, orders["friend"]) == []
    bus.again()  # a very late redelivery changes nothing
    assert len(refunds_of(kuaishou, orders["leader"])) == 1


def test_a_payment_counted_after_the_group_failed_is_refunded(kuaishou, at):
    deal = make_deal(sku="SKU-ZSPT", group_price_fen=PRICE, group_size=2, hours_to_fill=1)
    group_id, orders = group_of(deal.deal_id, ["leader", "friend"])
    bus = Bus()
    pay(kuaishou, orders["friend"])  # paid at the last second; its OrderPaid is still on the bus
    at(clock.iso(clock.parse_iso(groups.get(group_id).expires_at) + timedelta(seconds=1)))
    sweeper({}, LambdaContextStub())

    bus.deliver("GroupFailed")  # lists the friend as unpaid: cancelling a paid order is refused
    assert order(orders["friend"]).status == ORDER_PAID
    bus.deliver("OrderPaid")  # the seat cannot count any more: refunded
    bus.again()
    assert order(orders["friend"]).status == REFUNDING
    assert [r["refund_amount"] for r in refunds_of(kuaishou, orders["friend"])] == [PRICE]
    assert seat(group_id, "friend").status != PAID


def test_an_unpaid_order_that_expires_gives_its_seat_back_once(kuaishou, at):
    from siyu.orders import release

    deal = make_deal(sku="SKU-ZSPT", group_price_fen=PRICE, group_size=2)
    group_id, orders = group_of(deal.deal_id, ["leader", "friend"])
    assert groups.get(group_id).joined == 2
    at(clock.iso(clock.parse_iso(order(orders["friend"]).expires_at) + timedelta(seconds=2)))
    # Kuaishou is asked before closing: the friend did not pay.
    assert release.close(orders["friend"], "timeout").status == EXPIRED
    assert release.close(orders["friend"], "timeout").status == EXPIRED
    assert (seat(group_id, "friend").status, int(groups.get(group_id).joined)) == (LEFT, 1)

    make_member("newcomer")
    replacement = ordering.join_order("newcomer", group_id)
    assert int(replacement.seated.group.joined) == 2
    # The friend comes back through the share link: a new seat and a new order.
    with pytest.raises(SiyuError) as full:
        ordering.join_order("friend", group_id)
    assert full.value.code == "GROUP_FULL"


def test_a_deal_whose_orders_the_catalogue_refuses_takes_no_seat(kuaishou):
    make_member("leader")
    no_such_size = make_deal(sku="SKU-ZSPT", sku_id="XL", group_size=2)
    with pytest.raises(SiyuError) as refused:
        ordering.start_order("leader", no_such_size.deal_id, request_key="start-key-1")
    assert refused.value.code == "ORDER_ITEM_INVALID"
    group_id = groups.group_id_for("leader", no_such_size.deal_id, "start-key-1")
    assert (seat(group_id, "leader").status, int(groups.get(group_id).joined)) == (LEFT, 0)


def test_a_deal_without_a_store_is_refused_before_any_seat(aws):
    make_member("leader")
    deal = make_deal(sku="SKU-ZSPT", group_size=2)  # no catalogue: no store, no SKU
    with pytest.raises(SiyuError) as refused:
        ordering.start_order("leader", deal.deal_id, request_key="start-key-1")
    assert refused.value.code == "GROUP_DEAL_NOT_ORDERABLE"
    assert groups.seat_of(groups.group_id_for("leader", deal.deal_id, "start-key-1"), "leader") is None


@pytest.mark.concurrency
def test_20_concurrent_joins_for_the_last_seat_create_exactly_one_order(kuaishou, atomic_dynamodb):
    deal = make_deal(sku="SKU-ZSPT", group_price_fen=PRICE, group_size=5)
    group_id, _ = group_of(deal.deal_id, ["leader", "m1", "m2", "m3"])
    rivals = [f"rival{i:02d}" for i in range(20)]
    for member_id in rivals:
        make_member(member_id)

    def attempt(member_id: str) -> str:
        try:
            ordering.join_order(member_id, group_id)
        except SiyuError as exc:
            return exc.code
        return "OK"

    with ThreadPoolExecutor(max_workers=20) as pool:
        outcomes = list(pool.map(attempt, rivals))
    assert sorted(set(outcomes)) == ["GROUP_FULL", "OK"]
    assert outcomes.count("OK") == 1
    group_orders = [o for o in Order.scan() if (o.source_ref or "").startswith(f"{group_id}:")]
    assert len(group_orders) == 5
    assert int(groups.get(group_id).joined) == 5


def test_a_group_formed_on_a_later_day_gives_a_pickup_code_for_that_day(kuaishou, at):
    at("2026-12-01T03:00:00Z")  # 11:00 in Shanghai
    deal = make_deal(sku="SKU-ZSPT", group_price_fen=PRICE, group_size=2, hours_to_fill=24)
    group_id, orders = group_of(deal.deal_id, ["leader"])
    bus = Bus()
    pay(kuaishou, orders["leader"])
    bus.deliver("OrderPaid")
    paid_day_code = order(orders["leader"]).pickup_code

    at("2026-12-02T02:00:00Z")  # the next morning a friend joins and pays
    make_member("friend")
    orders["friend"] = ordering.join_order("friend", group_id).order.order_id
    pay(kuaishou, orders["friend"])
    bus.deliver("OrderPaid")
    bus.deliver("GroupFormed")

    confirmed = order(orders["leader"])
    assert (confirmed.hold, confirmed.pickup_day) == (None, "2026-12-02")
    assert pickup.order_for_code("S1", str(confirmed.pickup_code)) == orders["leader"]
    assert paid_day_code is not None
    friend = order(orders["friend"])  # paid the day it formed: its code stands
    assert (friend.hold, friend.pickup_day) == (None, "2026-12-02")
    assert pickup.order_for_code("S1", str(friend.pickup_code)) == orders["friend"]
