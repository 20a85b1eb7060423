"""Vouchers at the counter (issue 26): DynamoDB round trips and local time per prepare and per
verify (in-process moto, the fake local-life platform on loopback), and the two-counter race
as a figure: of N counters confirming one code at once, how many verified it."""

from __future__ import annotations

import os
import time
from typing import Any

from siyu_local import bench
from siyu_local.template import default_stack

TIMED = 20
STORE = "BENCH-STORE"


def run(table: bench.Table) -> None:
    from siyu_local.fake_locallife import FakeLocalLife
    from siyu_local.moto_transactions import faster_transactions
    from siyu_local.sandbox import LOCALLIFE_TEST_SECRET, moto_stack

    stack = default_stack()
    env = bench.function_environment(stack, "VouchersFunction")
    fake = FakeLocalLife(app_id=env["LOCALLIFE_APP_ID"], app_secret=LOCALLIFE_TEST_SECRET).start()
    bench.quiet_environment(
        stack, {**env, "LOCALLIFE_BASE_URL": fake.base_url, "POWERTOOLS_LOG_LEVEL": "ERROR"}
    )
    os.environ.pop("AWS_ENDPOINT_URL", None)
    try:
        with bench.dynamodb_calls() as calls, moto_stack(stack), faster_transactions():
            _measure(table, calls, fake)
    finally:
        fake.stop()


def _measure(table: bench.Table, calls: list[str], fake: Any) -> None:
    from siyu.orders import catalogue
    from siyu.orders.schemas import StoreIn
    from siyu.vouchers import counter, platform, schemas, settings

    catalogue.put_store(STORE, StoreIn(name="静安寺店", address="南京西路1788号"))
    fake.add_poi("POI-BENCH")
    settings.save(schemas.VoucherSettingsIn(pois={STORE: "POI-BENCH"}))
    platform.client().authorize(fake.issue_auth_code())
    platform.client().tokens()  # the token is cached in the container, as after the first call

    sold = fake.sell_voucher()
    calls.clear()
    prepared = counter.prepare(schemas.PrepareIn(store_id=STORE, code=sold["code"]))
    table.add("vouchers", "DynamoDB calls per prepare (warm container)", len(calls), " + ".join(calls))
    calls.clear()
    counter.verify(
        schemas.VerifyIn(
            store_id=STORE, certificate_id=sold["certificate_id"], verify_token=prepared.verify_token
        ),
        key="bench-verify-0",
        admin_id="bench",
    )
    table.add("vouchers", "DynamoDB calls per verify (claim, order, event)", len(calls), " + ".join(calls))

    started = time.perf_counter()
    for i in range(TIMED):
        v = fake.sell_voucher()
        p = counter.prepare(schemas.PrepareIn(store_id=STORE, code=v["code"]))
        counter.verify(
            schemas.VerifyIn(store_id=STORE, certificate_id=v["certificate_id"], verify_token=p.verify_token),
            key=f"bench-verify-{i + 1}",
            admin_id="bench",
        )
    per = (time.perf_counter() - started) * 1000 / TIMED
    table.add("vouchers", "ms per prepare + verify (in-process moto + fake platform)", per)
