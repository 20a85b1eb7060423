"""The counter: prepare → verify → undo against the fake local-life platform, each refusal
with its own code, a verify that times out, and nothing changed by a refused request."""

from __future__ import annotations

from datetime import timedelta

import pytest

from siyu import clock
from siyu.orders.schemas import CANCELLED as ORDER_CANCELLED
from siyu.orders.schemas import PICKED_UP
from siyu.orders.views import read as read_order
from siyu.vouchers import counter, schemas
from siyu.vouchers.errors import (
    VoucherExpired,
    VoucherNotVerified,
    VoucherOtherStore,
    VoucherPlatformTimeout,
    VoucherRateLimited,
    VoucherUndoExpired,
    VoucherUsed,
)
from siyu.vouchers.errors import VoucherNotFound as Unknown
from siyu.vouchers.models import CANCELLED, FAILED, VERIFIED, VERIFYING, Voucher
from tests.support import event_data
from tests.vouchers.support import (
    FOREIGN_STORE,
    OTHER_STORE,
    POIS,
    STORE,
    prepare,
    verify,
    vouchers_and_orders,
)


def test_prepare_shows_the_voucher_and_verify_records_a_ks_local_order(shop) -> None:
    sold = shop.sell_voucher(title="双人下午茶套餐", pay_fen=5990, original_fen=8800)
    prepared = prepare(sold["code"])
    view = prepared.voucher
    assert (view.title, view.pay_fen, view.original_fen, view.state) == (
        "双人下午茶套餐",
        5990,
        8800,
        "prepared",
    )
    assert view.starts_at < clock.now_iso() < view.expires_at
    assert shop.verified_count(sold["certificate_id"]) == 0  # prepare uses nothing

    done = verify(prepared)
    assert done.state == VERIFIED
    assert done.store_id == STORE
    assert done.verify_id
    order, _ = read_order(str(done.order_id))
    assert (order.source, order.status, order.paid_fen, order.store_id) == (
        "ks_local",
        PICKED_UP,
        5990,
        STORE,
    )
    assert order.source_ref == sold["certificate_id"]
    assert shop.verified_count(sold["certificate_id"]) == 1
    assert [e["order_id"] for e in event_data("VoucherVerified")] == [done.order_id]
    assert not event_data("OrderPickedUp")  # never reported to the mini-program's order sync


def test_a_scanned_qr_works_like_the_typed_code(shop) -> None:
    sold = shop.sell_voucher()
    prepared = counter.prepare(schemas.PrepareIn(store_id=STORE, qr=sold["qr"]))
    assert prepared.voucher.certificate_id == sold["certificate_id"]
    assert verify(prepared).state == VERIFIED


def test_a_retry_of_the_same_verify_returns_it(shop) -> None:
    prepared = prepare(shop.sell_voucher()["code"])
    first = verify(prepared, key="same-key-123")
    again = verify(prepared, key="same-key-123")
    assert again.order_id == first.order_id
    with pytest.raises(VoucherUsed):  # another request (another counter) is told it is used
        verify(prepared, key="other-key-456")


@pytest.mark.parametrize(
    ("case", "error"),
    [
        ("unknown", Unknown),
        ("used", VoucherUsed),
        ("expired", VoucherExpired),
        ("other_store", VoucherOtherStore),
        ("foreign_merchant_store", VoucherOtherStore),
        ("rate_limited", VoucherRateLimited),
    ],
)
def test_each_refusal_has_its_own_code_and_changes_nothing(shop, case: str, error: type) -> None:
    store = STORE
    if case == "unknown":
        code = "000000000000"
    elif case == "used":
        code = shop.sell_voucher()["code"]
        shop.verify_elsewhere(code, POIS[STORE])
    elif case == "expired":
        code = shop.sell_voucher(valid_days=-1)["code"]
    elif case == "other_store":
        code = shop.sell_voucher(poi_ids=[POIS[OTHER_STORE]])["code"]
    elif case == "foreign_merchant_store":
        code, store = shop.sell_voucher()["code"], FOREIGN_STORE
    else:
        code = shop.sell_voucher()["code"]
        shop.throttle(1)
    with pytest.raises(error) as caught:
        prepare(code, store)
    assert caught.value.message  # the zh-CN message the console shows
    assert vouchers_and_orders() == []


def test_a_verify_refused_by_the_platform_releases_the_claim(shop) -> None:
    sold = shop.sell_voucher()
    prepared = prepare(sold["code"])
    shop.verify_elsewhere(sold["code"], POIS[STORE])  # used elsewhere between prepare and verify
    with pytest.raises(VoucherUsed):
        verify(prepared)
    assert counter.read(sold["certificate_id"]).state == FAILED
    assert not [k for k in vouchers_and_orders() if k.startswith("ORDER#")]


def test_a_verify_that_times_out_is_asked_again_and_already_verified_counts_as_success(shop) -> None:
    sold = shop.sell_voucher()
    prepared = prepare(sold["code"])
    shop.delay_next_verify(1.5)  # applied, answered after the client's 1 s timeout
    done = verify(prepared)
    assert done.state == VERIFIED
    assert shop.verified_count(sold["certificate_id"]) == 1
    assert int(Voucher.get(*Voucher.key(sold["certificate_id"])).platform_calls) == 2


def test_recovery_after_two_timeouts_finishes_from_the_platform_status(shop) -> None:
    sold = shop.sell_voucher()
    prepared = prepare(sold["code"])
    shop.delay_next_verify(1.5)
    shop.delay_next_verify(1.5)
    with pytest.raises(VoucherPlatformTimeout):
        verify(prepared, key="timeout-key-1")
    assert counter.read(sold["certificate_id"]).state == VERIFYING
    assert not [k for k in vouchers_and_orders() if k.startswith("ORDER#")]
    recovered = counter.recover(sold["certificate_id"], key="timeout-key-1")
    assert recovered.state == VERIFIED
    assert recovered.order_id
    assert shop.verified_count(sold["certificate_id"]) == 1
    # the same request retried returns the finished verify
    assert verify(prepared, key="timeout-key-1").order_id == recovered.order_id


def test_undo_within_the_window_cancels_the_order_and_frees_the_voucher(shop) -> None:
    sold = shop.sell_voucher()
    done = verify(prepare(sold["code"]))
    undone = counter.cancel(sold["certificate_id"], admin_id="clerk-1")
    assert undone.state == CANCELLED
    assert read_order(str(done.order_id))[0].status == ORDER_CANCELLED
    assert counter.cancel(sold["certificate_id"], admin_id="clerk-1").state == CANCELLED  # idempotent
    again = verify(prepare(sold["code"]), key="second-verify")  # usable again
    assert again.state == VERIFIED
    assert again.order_id != done.order_id


def test_undo_after_the_window_is_refused(shop) -> None:
    sold = shop.sell_voucher()
    verify(prepare(sold["code"]))
    clock.clock.shift(timedelta(hours=2))
    try:
        with pytest.raises(VoucherUndoExpired):
            counter.cancel(sold["certificate_id"], admin_id="clerk-1")
    finally:
        clock.clock.reset()
    assert counter.read(sold["certificate_id"]).state == VERIFIED


def test_undo_refused_by_the_platform_window_keeps_it_verified(shop) -> None:
    sold = shop.sell_voucher()
    verify(prepare(sold["code"]))
    shop.cancel_window = 60  # the platform's window is shorter than Siyu's setting
    clock.clock.shift(timedelta(minutes=5))
    try:
        with pytest.raises(VoucherUndoExpired):
            counter.cancel(sold["certificate_id"], admin_id="clerk-1")
    finally:
        clock.clock.reset()
        shop.cancel_window = 3600
    assert counter.read(sold["certificate_id"]).state == VERIFIED
    assert shop.voucher(sold["certificate_id"])["status"] == 2


def test_undo_of_a_voucher_not_verified(shop) -> None:
    sold = shop.sell_voucher()
    prepare(sold["code"])
    with pytest.raises(VoucherNotVerified):
        counter.cancel(sold["certificate_id"], admin_id="clerk-1")
