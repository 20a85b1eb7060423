"""DynamoDB round trips per order creation and per Kuaishou payment callback (the issue's
figures), per expiry and per refund completion, counted with a botocore event hook on
DynamoDB Local with the fake Kuaishou platform; and the local cost of each, for reference."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

from siyu_local import bench
from siyu_local.template import default_stack

TIMED = 30
NOW = "2026-12-01T02:00:00.000Z"  # 10:00 in Shanghai: the bench store is open
STORE = "BENCH-STORE"


def run(table: bench.Table) -> None:
    from siyu import clock
    from siyu_local.fake_kuaishou import FakeKuaishou
    from siyu_local.sandbox import KUAISHOU_TEST_SECRET

    stack = default_stack()
    shared = stack.environment()
    orders_env = bench.function_environment(stack, "OrdersFunction")
    fake = FakeKuaishou(app_id=shared["KUAISHOU_APP_ID"], app_secret=KUAISHOU_TEST_SECRET, port=0).start()
    # Callbacks are captured, not sent: the case applies them itself, as the function would.
    fake.default_notify_url, fake.callback_hosts, fake.callback_max_attempts = (
        "http://127.0.0.1:9/n",
        set(),
        1,
    )
    fake.auto_complete_refunds = False
    bench.quiet_environment(
        stack, {**orders_env, "KUAISHOU_BASE_URL": fake.base_url, "POWERTOOLS_LOG_LEVEL": "ERROR"}
    )
    os.environ.pop("AWS_ENDPOINT_URL", None)
    clock.clock.freeze(clock.parse_iso(NOW))
    try:
        with bench.dynamodb_calls() as calls, bench.local_stack(stack):
            _measure(table, calls, fake)
    finally:
        clock.clock.reset()
        fake.stop()


def _measure(table: bench.Table, calls: list[str], fake: Any) -> None:
    from datetime import timedelta

    from siyu import clock
    from siyu.coupons import grant, templates
    from siyu.members.models import Member
    from siyu.orders import catalogue, checkout, payments, refunds, release, schemas

    catalogue.put_category("tea", schemas.CategoryIn(name="奶茶"))
    catalogue.put_store(STORE, schemas.StoreIn(name="静安寺店", address="南京西路1788号", opens="08:00"))
    catalogue.put_product(
        "P1",
        schemas.ProductIn.model_validate(
            {
                "name": "茉莉奶绿",
                "category_id": "tea",
                "skus": [{"sku_id": "M", "name": "中杯", "price_fen": 1800}],
                "option_groups": [
                    {
                        "group_id": "sugar",
                        "name": "甜度",
                        "choices": [{"choice_id": "half", "name": "五分糖"}],
                        "default_choice_ids": ["half"],
                    }
                ],
            }
        ),
    )
    catalogue.set_stock("P1", "M", 100_000)
    template = templates.create(
        templates.TemplateIn.model_validate(
            {
                "name": "满30减5",
                "terms": {"kind": "threshold", "amount_off_fen": 500, "min_spend_fen": 3000},
                "validity": {"kind": "relative", "days": 7},
                "total_stock": None,
                "per_member_limit": 10,
                "claim_starts_at": clock.now() - timedelta(days=1),
                "claim_ends_at": clock.now() + timedelta(days=7),
            }
        )
    )

    def member(i: int) -> str:
        member_id = f"bench-{i}"
        Member(
            *Member.key(member_id), member_id=member_id, open_id=f"o-{i}", created_at=clock.now_iso()
        ).save()
        return member_id

    def order(member_id: str, key: str, **extra: Any) -> checkout.Checkout:
        body = {"store_id": STORE, "items": [{"product_id": "P1", "sku_id": "M", "quantity": 2}], **extra}
        return checkout.create_order(member_id, schemas.OrderRequest.model_validate(body), key=key)

    def callback(order_id: str) -> tuple[bytes, str]:
        fake.pay(order_id)
        sent = [c for c in fake.callbacks if f'"{order_id}"' in c["body"]][-1]
        return sent["body"].encode(), sent["kwaisign"]

    def measured(label: str, fn: Callable[[], object], goal: str = "") -> object:
        calls.clear()
        result = fn()
        table.add("orders", label, len(calls), f"{goal:<4} {' + '.join(calls)}")
        return result

    buyer = member(0)
    order(buyer, "warm-up")  # a warm container: Kuaishou token, level rules and secrets cached
    measured("DynamoDB calls per order creation", lambda: order(buyer, "plain"), "3")
    coupon = grant(buyer, template.template_id, source="bench", source_ref="c1")
    slot = "2026-12-01T11:00"  # an hour after NOW
    with_all = measured(
        "  … with a coupon and a pickup slot",
        lambda: order(buyer, "full", coupon_id=coupon, pickup_slot=slot),
        "3",
    )
    assert isinstance(with_all, checkout.Checkout)
    measured(
        "  … a retry with the same Idempotency-Key",
        lambda: order(buyer, "full", coupon_id=coupon, pickup_slot=slot),
    )

    raw, sign = callback(with_all.order.order_id)
    measured("DynamoDB calls per PAYMENT callback", lambda: payments.handle_callback(raw, sign), "3")
    measured("  … the same callback again", lambda: payments.handle_callback(raw, sign), "1")

    unpaid = order(buyer, "to-expire").order
    clock.clock.freeze(clock.parse_iso(unpaid.expires_at) + timedelta(seconds=1))
    measured("DynamoDB calls per expiry (timeout)", lambda: release.close(unpaid.order_id, "timeout"))
    clock.clock.freeze(clock.parse_iso(NOW))

    refunds.request(buyer, with_all.order.order_id, "bench")
    refunds.approve(with_all.order.order_id, "bench-staff")
    refund_no = f"{with_all.order.order_id}-1"
    measured("DynamoDB calls per REFUND callback", lambda: refunds.complete(refund_no, succeeded=True))

    started = time.perf_counter()
    created = [order(member(i), "timed").order.order_id for i in range(1, TIMED + 1)]
    per_order = (time.perf_counter() - started) / TIMED * 1000
    table.add("orders", "ms per order creation (DynamoDB Local + fake Kuaishou)", per_order)
    signed = [callback(order_id) for order_id in created]
    started = time.perf_counter()
    for raw, sign in signed:
        payments.handle_callback(raw, sign)
    table.add(
        "orders", "ms per PAYMENT callback (DynamoDB Local)", (time.perf_counter() - started) / TIMED * 1000
    )
