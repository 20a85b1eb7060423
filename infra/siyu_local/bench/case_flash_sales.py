"""Flash sales: DynamoDB writes per purchase attempt (goal ≤ 1 while stock lasts, 0 once
sold out) and purchase attempts per second through the handler.

Counted with a botocore event hook on in-process moto:
- through the handler, one thread, sequentially (one warm container): 400 members try a
  sale of 100 units (K = 20 shards);
- the acceptance load on the serialised (atomic) moto: 2,000 attempts by 1,000 members for
  100 units from 16 threads sharing one container's memory — the races cost extra writes.
Attempts per second are this machine's in-process moto through the whole handler (token
check, validation, the transaction); they say how much the code adds, not DynamoDB's speed.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from siyu_local import bench
from siyu_local.template import default_stack

WRITES = {"PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems", "BatchWriteItem"}
UNITS = 100
SEQUENTIAL_ATTEMPTS = 400


class _Context:
    function_name = "siyu-bench"
    memory_limit_in_mb = 512
    invoked_function_arn = "arn:aws-cn:lambda:cn-north-1:123456789012:function:siyu-bench"
    aws_request_id = "bench"

    @staticmethod
    def get_remaining_time_in_millis() -> int:
        return 10_000


def run(table: bench.Table) -> None:
    stack = default_stack()
    flash_env = {
        k: v
        for name in ("FlashSalesFunction", "FlashSaleOpenerFunction")
        for k, v in stack.functions()[name].environment.items()
        if k.startswith("FLASH_SALE_")
    }
    # Orders warn that no expiry schedule target is set here: errors only.
    bench.quiet_environment(stack, {**flash_env, "POWERTOOLS_LOG_LEVEL": "ERROR"})
    from siyu_local.fake_kuaishou import FakeKuaishou
    from siyu_local.moto_transactions import faster_transactions
    from siyu_local.sandbox import KUAISHOU_TEST_SECRET, moto_stack, reset_caches

    # The purchase route creates the pending order at Kuaishou: the fake platform stands in.
    fake = FakeKuaishou(app_id=os.environ["KUAISHOU_APP_ID"], app_secret=KUAISHOU_TEST_SECRET, port=0)
    fake.default_notify_url = "http://127.0.0.1:9/v1/payments/kuaishou/notify"  # nobody pays here
    fake.start()
    os.environ["KUAISHOU_BASE_URL"] = fake.base_url
    reset_caches()
    try:
        with bench.dynamodb_calls() as calls:
            with moto_stack(stack), faster_transactions():
                _through_the_handler(table, calls)
            with bench.local_stack(stack):
                _under_load(table, calls)
    finally:
        fake.stop()


def _seed_catalogue() -> None:
    """The store and product a flash sale's orders are made of."""
    from siyu.orders import catalogue, schemas

    catalogue.put_category("fruit", schemas.CategoryIn(name="果茶", sort=1))
    catalogue.put_store("S1", schemas.StoreIn(name="静安寺店", address="南京西路1788号"))
    catalogue.put_product(
        "SKU-YZGL",
        schemas.ProductIn.model_validate(
            {
                "name": "杨枝甘露",
                "category_id": "fruit",
                "skus": [{"sku_id": "M", "name": "中杯", "price_fen": 1800}],
            }
        ),
    )


def _open_sale(stock: int) -> str:
    from siyu import clock
    from siyu.flash_sales import opening, sales
    from siyu.flash_sales.schemas import SaleIn

    _seed_catalogue()
    now = clock.now()
    spec = SaleIn(
        store_id="S1",
        sku_id="M",
        sku="SKU-YZGL",
        name="杨枝甘露 秒杀",
        sale_price_fen=990,
        stock=stock,
        starts_at=now + timedelta(seconds=2),
        ends_at=now + timedelta(hours=1),
    )
    sale = sales.create(spec, created_by="bench")
    clock.clock.freeze(clock.parse_iso(sale.starts_at))
    opening.open_sale(sale.sale_id)
    return sale.sale_id


def _through_the_handler(table: bench.Table, calls: list[str]) -> None:
    from flash_sales_app import handler

    from siyu import clock
    from siyu.auth import tokens
    from siyu.members.models import Member
    from siyu.observability import metrics
    from siyu_local.apigw import json_event, parse_response

    try:
        sale_id = _open_sale(UNITS)
        member_ids = [f"bench-{i:04d}" for i in range(SEQUENTIAL_ATTEMPTS + 1)]
        with Member.batch_write() as batch:  # orders are paid by members Kuaishou knows (an open_id)
            for member_id in member_ids:
                batch.save(
                    Member(
                        *Member.key(member_id),
                        member_id=member_id,
                        open_id=f"o-{member_id}",
                        created_at=clock.now_iso(),
                    )
                )
        members = [tokens.issue(member_id, "access", 3600) for member_id in member_ids]

        def attempt(token: str) -> int:
            event = json_event(
                "POST",
                f"/v1/flash-sales/{sale_id}/purchase",
                headers={"authorization": f"Bearer {token}", "idempotency-key": "bench-key-1"},
            )
            status, _, data, _ = parse_response(handler(event, _Context()))
            metrics.clear_metrics()  # EMF lines are not for this table
            if status not in (201, 409):
                raise RuntimeError(f"purchase: {status} {data!r}")
            return 1 if status == 201 else 0

        attempt(members[-1])  # a warm container (the sale cached); it takes the first unit
        per_attempt: list[int] = []
        seconds: list[float] = []
        taken = 0
        for token in members[:SEQUENTIAL_ATTEMPTS]:
            calls.clear()
            started = time.perf_counter()
            taken += attempt(token)
            seconds.append(time.perf_counter() - started)
            per_attempt.append(sum(1 for c in calls if c in WRITES))
        selling = per_attempt[: UNITS - 1]  # the other 99 units
        after = per_attempt[UNITS:]  # attempt UNITS - 1 finds the shards empty and marks the sale sold out
        table.add(
            "flash_sales",
            f"units taken by {SEQUENTIAL_ATTEMPTS} sequential attempts (stock {UNITS})",
            taken + 1,
            str(UNITS),
        )
        table.add(
            "flash_sales",
            "DynamoDB writes per purchase while stock lasts (unit 1 + its order)",
            sum(selling) / len(selling),
            "unit: 1",
        )
        table.add("flash_sales", "DynamoDB writes per attempt after sold out", sum(after) / len(after), "0")
        table.add("flash_sales", "most DynamoDB writes in one attempt (sequential)", max(per_attempt))
        table.add(
            "flash_sales",
            "attempts/s through the handler, 1 thread, while stock lasts",
            len(selling) / sum(seconds[: UNITS - 1]),
        )
        table.add(
            "flash_sales",
            "attempts/s through the handler, 1 thread, after sold out",
            len(after) / sum(seconds[UNITS:]),
        )

        calls.clear()
        event = json_event("GET", "/v1/flash-sales")
        started = time.perf_counter()
        for _ in range(50):
            parse_response(handler(event, _Context()))
        table.add(
            "flash_sales",
            "GET /v1/flash-sales per second (1 s list cache)",
            50 / (time.perf_counter() - started),
        )
        table.add("flash_sales", "DynamoDB calls per 50 GET /v1/flash-sales", len(calls))
    finally:
        clock.clock.reset()


def _under_load(table: bench.Table, calls: list[str]) -> None:
    from siyu import clock
    from siyu.errors import SiyuError
    from siyu.flash_sales import stock

    try:
        sale_id = _open_sale(UNITS)

        def attempt(member_and_key: tuple[str, str]) -> bool:
            try:
                stock.purchase(member_and_key[0], sale_id, request_key=member_and_key[1])
            except SiyuError:
                return False
            return True

        load = [(f"m{i:04d}", f"key-{n}") for n in range(2) for i in range(1000)]
        calls.clear()
        started = time.perf_counter()
        with ThreadPoolExecutor(16) as pool:
            taken = sum(pool.map(attempt, load))
        elapsed = time.perf_counter() - started
        writes = sum(1 for c in calls if c in WRITES)
        table.add(
            "flash_sales", "2,000 attempts / 1,000 members / 100 units, 16 threads: taken", taken, "100"
        )
        table.add("flash_sales", "DynamoDB writes per attempt under that load", writes / len(load), "<= 1")
        table.add("flash_sales", "DynamoDB writes per unit taken under that load", writes / max(taken, 1))
        table.add(
            "flash_sales", "attempts per second, 16 threads, serialised moto (domain)", len(load) / elapsed
        )
    finally:
        clock.clock.reset()
        stock.forget_all()
