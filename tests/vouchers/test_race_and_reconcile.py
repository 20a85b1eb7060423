"""The same code confirmed from many counters at once is verified once; a day's vouchers
against the platform's bill; tokens refreshed once across containers."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

import pytest

from siyu import clock
from siyu.errors import SiyuError
from siyu.orders.models import Order
from siyu.settlement import views as settlement_views
from siyu.vouchers import platform, reconcile
from siyu.vouchers.counter import verify
from siyu.vouchers.schemas import VerifyIn
from tests.vouchers.support import POIS, STORE, prepare
from tests.vouchers.support import verify as verify_one

COUNTERS = 8


@pytest.mark.concurrency
def test_the_same_code_from_many_counters_at_once_is_verified_once(shop, atomic_dynamodb) -> None:
    sold = shop.sell_voucher(pay_fen=3990, original_fen=5000)
    # Each counter prepared the code (its own verify token) before anyone confirmed.
    tokens = [prepare(sold["code"]).verify_token for _ in range(COUNTERS)]
    barrier = threading.Barrier(COUNTERS)
    outcomes: list[str] = []
    lock = threading.Lock()

    def counter_confirms(i: int) -> None:
        barrier.wait()
        body = VerifyIn(store_id=STORE, certificate_id=sold["certificate_id"], verify_token=tokens[i])
        try:
            verify(body, key=f"counter-{i}-confirm", admin_id=f"clerk-{i}")
            outcome = "verified"
        except SiyuError as exc:
            outcome = exc.code
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=counter_confirms, args=(i,)) for i in range(COUNTERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    counts = Counter(outcomes)
    assert counts["verified"] == 1, counts
    assert set(counts) <= {"verified", "VOUCHER_BUSY", "VOUCHER_USED"}, counts
    assert shop.verified_count(sold["certificate_id"]) == 1  # the platform verified it once
    orders = [o for o in Order.scan(Order.pk.startswith("ORDER#")) if o.source == "ks_local"]
    assert len(orders) == 1
    assert orders[0].paid_fen == 3990


def test_reconciliation_lists_each_difference_with_the_bill(shop) -> None:
    matched = shop.sell_voucher(pay_fen=5990)
    changed = shop.sell_voucher(pay_fen=2490)
    elsewhere = shop.sell_voucher(pay_fen=4500)
    verify_one(prepare(matched["code"]), key="recon-key-1")
    verify_one(prepare(changed["code"]), key="recon-key-2")
    shop.verify_elsewhere(elsewhere["code"], POIS[STORE])  # another tool: on the bill only
    shop.change_bill_amount(changed["certificate_id"], 2000)
    day = clock.shanghai_day().isoformat()

    result = reconcile.run(day)
    kinds = sorted(i["kind"] for i in result.issues)
    assert kinds == ["ks_local_amount_mismatch", "ks_local_missing_in_siyu"]
    assert result.matched == 1
    assert result.figures[STORE]["verified_fen"] == 5990
    mismatch = next(i for i in result.issues if i["kind"] == "ks_local_amount_mismatch")
    assert (mismatch["siyu_fen"], mismatch["platform_fen"]) == (2490, 2000)
    # listed with the day's other differences for staff, and a second run adds nothing new
    reconcile.run(day)
    listed = settlement_views.reconciliation
    issues = [i["kind"] for i in _issues_of(listed, day)]
    assert sorted(issues) == kinds


def _issues_of(listed, day: str) -> list[dict]:
    from siyu.settlement.models import ReconRun

    ReconRun(f"RECON#{day}", "RUN", day=day, figures="{}", ran_at=clock.now_iso()).save()
    return list(listed(day)["issues"])


def test_a_voucher_missing_from_the_bill_is_listed(shop) -> None:
    sold = shop.sell_voucher(pay_fen=1990)
    verify_one(prepare(sold["code"]))
    shop._bill.clear()  # the platform lost it
    result = reconcile.run(clock.shanghai_day().isoformat())
    assert [i["kind"] for i in result.issues] == ["ks_local_missing_at_platform"]


def test_an_expired_access_token_is_refreshed_once_across_containers(shop) -> None:
    clock.clock.shift(timedelta(hours=48))  # the 48 h access token is about to expire
    refreshes_before = shop.refreshes
    try:
        clients = [platform.LocalLifeClient() for _ in range(4)]  # four containers
        barrier = threading.Barrier(len(clients))
        seen: list[str] = []

        def use(c: platform.LocalLifeClient) -> None:
            barrier.wait()
            seen.append(c.tokens().access_token)

        threads = [threading.Thread(target=use, args=(c,)) for c in clients]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert shop.refreshes - refreshes_before == 1
        assert len(set(seen)) == 1  # everyone uses the one fresh token
        sold = shop.sell_voucher()
        assert prepare(sold["code"]).voucher.certificate_id == sold["certificate_id"]
    finally:
        clock.clock.reset()
