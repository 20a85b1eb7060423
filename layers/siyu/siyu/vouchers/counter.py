"""Vouchers at the counter (团购券核销): the clerk types or scans a code, Siyu shows what the
voucher buys (prepare), the clerk confirms (verify), and can undo within the window (cancel).

Exactly once. A verify first claims the voucher with one conditional write (state PREPARED,
CANCELLED or FAILED → VERIFYING, with the request's Idempotency-Key as `claim_key`), so of
two counters confirming the same code at once only one calls the platform; the other gets
VOUCHER_BUSY (or VOUCHER_USED once it is done). The claimant then calls the platform's verify;
on success one transaction writes the voucher VERIFIED (condition: still its claim), the
Siyu order of source `ks_local` and the VoucherVerified event.

No answer in time (PlatformTimeout) is not a failure: the verify is sent once more with the
same verify token; the platform answers "already verified" (1208) when the first one went
through, and that counts as success. If that also gets no answer, the voucher stays VERIFYING
and the clerk gets VOUCHER_PLATFORM_TIMEOUT: `recover` (the clerk's "重新确认", the same
request retried, or any counter after the claim's lease) asks the platform for the voucher's
status and finishes it either way — never a second verify of an unknown outcome without the
same token. Every refusal of the platform has its own code (errors.py).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pynamodb.exceptions import TransactWriteError, UpdateError

from siyu import clock
from siyu.config import get_settings
from siyu.db import transaction
from siyu.errors import SiyuError, ValidationFailed
from siyu.events import DomainEvent, stage
from siyu.ids import new_id
from siyu.observability import logger, metrics
from siyu.orders import catalogue, external
from siyu.ratelimit import RateLimiter
from siyu.txn import cancelled
from siyu.vouchers import platform
from siyu.vouchers.errors import (
    VoucherBusy,
    VoucherExpired,
    VoucherNotFound,
    VoucherNotPrepared,
    VoucherNotVerified,
    VoucherOtherStore,
    VoucherPlatformRejected,
    VoucherPlatformTimeout,
    VoucherRateLimited,
    VoucherUndoExpired,
    VoucherUsed,
)
from siyu.vouchers.models import (
    CANCELLED,
    CANCELLING,
    CLAIMABLE,
    FAILED,
    ORDER_SOURCE,
    PREPARED,
    VERIFIED,
    VERIFYING,
    Voucher,
)
from siyu.vouchers.schemas import Prepared, PrepareIn, VerifyIn, VoucherView
from siyu.vouchers.settings import poi_of

# The platform's refusals, each as the counter's own error.
_REFUSALS: dict[int, type[SiyuError]] = {
    platform.CODE_UNKNOWN: VoucherNotFound,
    platform.CODE_USED: VoucherUsed,
    platform.CODE_EXPIRED: VoucherExpired,
    platform.CODE_OTHER_STORE: VoucherOtherStore,
    platform.RATE_LIMITED: VoucherRateLimited,
    platform.UNDO_WINDOW_PASSED: VoucherUndoExpired,
}


def refusal(exc: platform.PlatformError) -> SiyuError:
    error = _REFUSALS.get(exc.code, VoucherPlatformRejected)
    return error(details={"platform_code": exc.code, "platform_message": exc.message})


_limiter: RateLimiter | None = None


def _limit() -> None:
    """Siyu's own budget of local-life calls per second, app-wide (siyu.ratelimit)."""
    global _limiter
    if _limiter is None:
        _limiter = RateLimiter("ks_local", get_settings().locallife_rate)
    _limiter.acquire()


def reset_limiter() -> None:
    global _limiter
    _limiter = None


def _iso_of_epoch(seconds: Any) -> str:
    return clock.iso(datetime.fromtimestamp(int(seconds or 0), UTC))


def read(certificate_id: str) -> Voucher:
    try:
        return Voucher.get(*Voucher.key(certificate_id), consistent_read=True)
    except Voucher.DoesNotExist:
        raise VoucherNotFound(details={"certificate_id": certificate_id}) from None


# ---------------------------------------------------------------- prepare
def prepare(body: PrepareIn) -> Prepared:
    """Ask the platform what the code is (nothing is used yet) and remember the voucher's
    details for the verify. Each refusal (unknown, used, expired, other store, rate limited)
    is its own error."""
    if bool(body.code) == bool(body.qr):
        raise ValidationFailed(details=[{"field": "code", "reason": "exactly one of code, qr"}])
    if body.code is not None and not body.code.strip().isalnum():
        raise ValidationFailed(details=[{"field": "code", "reason": "letters and digits only"}])
    if body.qr is not None and not body.qr.startswith("https://"):  # the client checks for https (§14.2)
        raise ValidationFailed(details=[{"field": "qr", "reason": "a scanned voucher link (https://…)"}])
    catalogue.get_store(body.store_id)
    poi_id = poi_of(body.store_id)
    _limit()
    try:
        data = platform.client().prepare(
            poi_id=poi_id, code=(body.code or "").strip() or None, encrypted_data=body.qr
        )
    except platform.PlatformTimeout:
        raise VoucherPlatformTimeout(details={"step": "prepare"}) from None
    except platform.PlatformError as exc:
        raise refusal(exc) from None
    certificates = data.get("certificates") or []
    if not certificates:
        raise VoucherNotFound()
    cert = certificates[0]  # one voucher per code (a multi-voucher order: GUESS, not handled)
    amount, sku = cert.get("amount") or {}, cert.get("sku") or {}
    now = clock.now_iso()
    item = Voucher(
        *Voucher.key(str(cert["certificate_id"])),
        certificate_id=str(cert["certificate_id"]),
        encrypted_code=str(cert["encrypted_code"]),
        platform_order_id=str(data.get("order_id") or ""),
        state=PREPARED,
        title=str(sku.get("title") or "团购券"),
        sku_id=str(sku.get("sku_id") or ""),
        groupon_type=int(sku.get("groupon_type") or 1),
        original_fen=int(amount.get("original_amount") or sku.get("market_price") or 0),
        pay_fen=int(amount.get("pay_amount") or 0),
        starts_at=_iso_of_epoch(cert.get("start_time")),
        expires_at=_iso_of_epoch(cert.get("expire_time")),
        updated_at=now,
    )
    try:
        # The details only; a voucher in any other state keeps its claim and history.
        item.update(
            actions=[
                Voucher.certificate_id.set(item.certificate_id),
                Voucher.encrypted_code.set(item.encrypted_code),
                Voucher.platform_order_id.set(item.platform_order_id),
                Voucher.state.set(Voucher.state | PREPARED),
                Voucher.title.set(item.title),
                Voucher.sku_id.set(item.sku_id),
                Voucher.groupon_type.set(item.groupon_type),
                Voucher.original_fen.set(item.original_fen),
                Voucher.pay_fen.set(item.pay_fen),
                Voucher.starts_at.set(item.starts_at),
                Voucher.expires_at.set(item.expires_at),
                Voucher.updated_at.set(now),
            ],
            condition=Voucher.state.does_not_exist() | Voucher.state.is_in(*CLAIMABLE),
        )
    except UpdateError as exc:
        if exc.cause_response_code != "ConditionalCheckFailedException":
            raise
        item = read(item.certificate_id)
        if item.state == VERIFIED:
            raise VoucherUsed(details={"verified_at": item.verified_at, "store_id": item.store_id}) from None
        raise VoucherBusy(details={"state": item.state}) from None
    return Prepared(
        voucher=VoucherView.of(read(item.certificate_id)), verify_token=str(data.get("verify_token"))
    )


# ---------------------------------------------------------------- verify
@dataclass
class Claim:
    voucher: Voucher
    resumed: bool  # the voucher was VERIFYING already (this request's retry, or a lapsed lease)


def _claim(certificate_id: str, store_id: str, poi_id: str, key: str, admin_id: str) -> Claim:
    now = clock.now()
    lease = clock.iso(now + timedelta(seconds=get_settings().voucher_claim_lease_seconds))
    actions: list[Any] = [
        Voucher.state.set(VERIFYING),
        Voucher.claim_key.set(key),
        Voucher.lease_until.set(lease),
        Voucher.store_id.set(store_id),
        Voucher.poi_id.set(poi_id),
        Voucher.verified_by.set(admin_id),
        Voucher.error_code.remove(),
        Voucher.updated_at.set(clock.iso(now)),
    ]
    try:
        Voucher(*Voucher.key(certificate_id)).update(
            actions=actions, condition=Voucher.pk.exists() & Voucher.state.is_in(*CLAIMABLE)
        )
        return Claim(read(certificate_id), resumed=False)
    except UpdateError as exc:
        if exc.cause_response_code != "ConditionalCheckFailedException":
            raise
    current = read(certificate_id)
    if current.state == VERIFYING and (
        current.claim_key == key or (current.lease_until or "") < clock.iso(now)
    ):
        try:  # this request's retry, or a claim whose holder is gone: take it over, then recover
            Voucher(*Voucher.key(certificate_id)).update(
                actions=[Voucher.claim_key.set(key), Voucher.lease_until.set(lease)],
                condition=(Voucher.state == VERIFYING) & (Voucher.claim_key == current.claim_key),
            )
            return Claim(read(certificate_id), resumed=True)
        except UpdateError as exc:
            if exc.cause_response_code != "ConditionalCheckFailedException":
                raise
            raise VoucherBusy(details={"state": VERIFYING}) from None
    if current.state == VERIFIED:
        raise VoucherUsed(
            details={
                "verified_at": current.verified_at,
                "store_id": current.store_id,
                "order_id": current.order_id,
            }
        )
    raise VoucherBusy(details={"state": current.state})


def _release(v: Voucher, key: str, error: SiyuError) -> None:
    """The platform refused: the claim ends, the refusal is kept (a new attempt may claim)."""
    try:
        Voucher(*Voucher.key(v.certificate_id)).update(
            actions=[
                Voucher.state.set(FAILED),
                Voucher.error_code.set(error.code),
                Voucher.claim_key.remove(),
                Voucher.lease_until.remove(),
                Voucher.updated_at.set(clock.now_iso()),
            ],
            condition=(Voucher.state == VERIFYING) & (Voucher.claim_key == key),
        )
    except UpdateError as exc:
        if exc.cause_response_code != "ConditionalCheckFailedException":
            raise


def _finish(v: Voucher, key: str, verify_id: str, verified_at: str) -> Voucher:
    """One transaction: the voucher VERIFIED (still this request's claim), its order, its event."""
    store = catalogue.get_store(str(v.store_id))
    order_id = new_id()
    join_secret = secrets.token_urlsafe(12)
    try:
        with transaction() as tx:
            tx.update(
                Voucher(*Voucher.key(v.certificate_id)),
                actions=[
                    Voucher.state.set(VERIFIED),
                    Voucher.verify_id.set(verify_id),
                    Voucher.verified_at.set(verified_at),
                    Voucher.verified_key.set(key),
                    Voucher.order_id.set(order_id),
                    Voucher.join_secret.set(join_secret),
                    Voucher.claim_key.remove(),
                    Voucher.lease_until.remove(),
                    Voucher.cancelled_at.remove(),
                    Voucher.cancelled_by.remove(),
                    Voucher.gsi1pk.set(
                        Voucher.day_key(clock.shanghai_day(clock.parse_iso(verified_at)).isoformat())
                    ),
                    Voucher.gsi1sk.set(f"{verified_at}#{v.certificate_id}"),
                    Voucher.updated_at.set(clock.now_iso()),
                ],
                condition=(Voucher.state == VERIFYING) & (Voucher.claim_key == key),
            )
            external.stage_counter_order(
                tx,
                order_id=order_id,
                store=store,
                source=ORDER_SOURCE,
                source_ref=v.certificate_id,
                product_ref=v.sku_id or v.certificate_id,
                title=v.title,
                list_fen=int(v.original_fen),
                paid_fen=int(v.pay_fen),
                at=verified_at,
                admin_id=str(v.verified_by or ""),
                member_id=v.member_id,
            )
            stage(
                tx,
                DomainEvent(
                    type="VoucherVerified",
                    member_id=v.member_id,
                    data={
                        "certificate_id": v.certificate_id,
                        "order_id": order_id,
                        "store_id": v.store_id,
                        "verify_id": verify_id,
                        "pay_fen": int(v.pay_fen),
                        "amount_fen": int(v.pay_fen),  # as OrderPaid's: the reports' GMV
                        "source": ORDER_SOURCE,
                    },
                ),
            )
    except TransactWriteError:
        current = read(v.certificate_id)
        if current.state == VERIFIED:  # finished by a concurrent recovery of the same claim
            return current
        raise
    metrics.add_metric(name="VouchersVerified", unit="Count", value=1)
    logger.info("voucher verified", extra={"certificate_id": v.certificate_id, "order_id": order_id})
    return read(v.certificate_id)


def _verify_once(v: Voucher, verify_token: str) -> dict[str, Any]:
    _limit()
    Voucher(*Voucher.key(v.certificate_id)).update(actions=[Voucher.platform_calls.add(1)])
    return platform.client().verify(
        verify_token=verify_token,
        poi_id=str(v.poi_id),
        order_id=v.platform_order_id,
        encrypted_code=v.encrypted_code,
    )


def verify(body: VerifyIn, *, key: str, admin_id: str) -> Voucher:
    """Verify a prepared voucher at the store, exactly once (see the module's docstring).
    Idempotent under the Idempotency-Key `key`: a retry of a finished verify returns it."""
    try:
        current = read(body.certificate_id)
    except VoucherNotFound:
        raise VoucherNotPrepared(details={"certificate_id": body.certificate_id}) from None
    if current.state == VERIFIED and current.verified_key == key:
        return current  # a retry of this verify
    catalogue.get_store(body.store_id)
    poi_id = poi_of(body.store_id)
    claim = _claim(body.certificate_id, body.store_id, poi_id, key, admin_id)
    v = claim.voucher
    if claim.resumed:
        return _recover_claimed(v, key)
    try:
        try:
            result = _verify_once(v, body.verify_token)
        except platform.PlatformTimeout:
            logger.warning("verify timed out; asking again", extra={"certificate_id": v.certificate_id})
            result = _verify_once(v, body.verify_token)  # the platform answers 1208 if it went through
    except platform.PlatformTimeout:
        metrics.add_metric(name="VoucherVerifyUnconfirmed", unit="Count", value=1)
        raise VoucherPlatformTimeout(details={"certificate_id": v.certificate_id}) from None
    except platform.PlatformError as exc:
        error = refusal(exc)
        _release(v, key, error)
        raise error from None
    except SiyuError as exc:  # unreachable (connection refused, 5xx): nothing was applied
        _release(v, key, exc)
        raise
    return _finish(v, key, str(result.get("verify_id") or ""), _verified_at(result))


def _verified_at(result: dict[str, Any]) -> str:
    at = result.get("verify_time")
    return _iso_of_epoch(at) if at else clock.now_iso()


def _recover_claimed(v: Voucher, key: str) -> Voucher:
    """The voucher is VERIFYING under this request's claim with an unknown outcome: the
    platform's status decides (verified at our POI → finish; unused → released, verify again)."""
    try:
        cert = platform.client().certificate(v.encrypted_code)
    except platform.PlatformTimeout:
        raise VoucherPlatformTimeout(details={"certificate_id": v.certificate_id}) from None
    except platform.PlatformError as exc:
        raise refusal(exc) from None
    done = cert.get("verify") or {}
    if int(cert.get("status") or 0) == 2 and done.get("poi_id") == v.poi_id and done.get("verify_id"):
        return _finish(v, key, str(done["verify_id"]), _iso_of_epoch(done.get("verify_time")))
    if int(cert.get("status") or 0) == 2:  # verified, but not by this claim's store (another tool)
        error: SiyuError = VoucherUsed(details={"verified_elsewhere": True})
    elif int(cert.get("status") or 0) == 3:
        error = VoucherExpired()
    else:
        error = VoucherNotPrepared(
            details={"reason": "not verified at the platform: prepare and verify again"}
        )
    _release(v, key, error)
    raise error


def recover(certificate_id: str, *, key: str) -> Voucher:
    """The clerk's "重新确认" for a verify that timed out: finish it from the platform's status.
    Allowed for the same request (its Idempotency-Key) or after the claim's lease."""
    v = read(certificate_id)
    if v.state != VERIFYING:
        return v
    if v.claim_key != key and (v.lease_until or "") >= clock.now_iso():
        raise VoucherBusy(details={"state": VERIFYING, "lease_until": v.lease_until})
    try:
        Voucher(*Voucher.key(certificate_id)).update(
            actions=[Voucher.claim_key.set(key)],
            condition=(Voucher.state == VERIFYING) & (Voucher.claim_key == str(v.claim_key)),
        )
    except UpdateError as exc:
        if exc.cause_response_code != "ConditionalCheckFailedException":
            raise
        raise VoucherBusy(details={"state": VERIFYING}) from None
    return _recover_claimed(read(certificate_id), key)


# ---------------------------------------------------------------- undo
def cancel(certificate_id: str, *, admin_id: str) -> Voucher:
    """Undo a verify within the window: the platform's cancel, then the voucher CANCELLED, its
    order cancelled and the points it earned taken back. Idempotent (a repeat returns it)."""
    v = read(certificate_id)
    if v.state == CANCELLED:
        return v
    if v.state not in (VERIFIED, CANCELLING) or not v.verify_id or not v.verified_at:
        raise VoucherNotVerified(details={"state": v.state})
    window = timedelta(seconds=get_settings().voucher_cancel_window_seconds)
    if clock.now() > clock.parse_iso(v.verified_at) + window:
        raise VoucherUndoExpired(details={"verified_at": v.verified_at})
    try:
        Voucher(*Voucher.key(certificate_id)).update(
            actions=[Voucher.state.set(CANCELLING), Voucher.updated_at.set(clock.now_iso())],
            condition=Voucher.state.is_in(VERIFIED, CANCELLING) & (Voucher.verify_id == v.verify_id),
        )
    except UpdateError as exc:
        if exc.cause_response_code != "ConditionalCheckFailedException":
            raise
        return cancel(certificate_id, admin_id=admin_id)  # changed meanwhile: judge it again
    _limit()
    try:
        platform.client().cancel(verify_id=str(v.verify_id), certificate_id=certificate_id)
    except platform.PlatformError as exc:
        already = exc.code == platform.PARAM_ERROR and _unused_at_platform(v)
        if not already:
            _back_to_verified(v)
            raise refusal(exc) from None
    except (platform.PlatformTimeout, SiyuError):
        _back_to_verified(v)  # the undo can be asked again (the platform's cancel is idempotent here)
        raise
    _finish_cancel(read(certificate_id), admin_id)
    metrics.add_metric(name="VouchersCancelled", unit="Count", value=1)
    return read(certificate_id)


def _finish_cancel(v: Voucher, admin_id: str) -> None:
    """The voucher CANCELLED, its order cancelled and the points it earned taken back, in one
    transaction: none without the others. `v` is read in CANCELLING, where no award commits."""
    from siyu.members.account import ATTEMPTS, InsufficientPoints, MemberBusy
    from siyu.vouchers import membership  # points taken back with the undo

    ids = {"certificate_id": v.certificate_id, "order_id": v.order_id, "verify_id": v.verify_id}
    event = DomainEvent(type="VoucherCancelled", member_id=v.member_id, data=ids)  # one id across attempts
    for _ in range(ATTEMPTS):
        at = clock.now_iso()
        try:
            with transaction() as tx:
                tx.update(
                    Voucher(*Voucher.key(v.certificate_id)),
                    actions=[
                        Voucher.state.set(CANCELLED),
                        Voucher.cancelled_at.set(at),
                        Voucher.cancelled_by.set(admin_id),
                        Voucher.updated_at.set(at),
                    ],
                    condition=(Voucher.state == CANCELLING) & (Voucher.verify_id == v.verify_id),
                )
                if v.order_id:
                    external.stage_cancel(tx, v.order_id, at)
                stage(tx, event)
                membership.stage_take_back(tx, v)
        except InsufficientPoints:
            continue  # spent between the balance read and the staging: judge it again
        except TransactWriteError as exc:
            cancelled(exc)  # re-raises anything but a lost race
            state = read(v.certificate_id).state
            if state == CANCELLED:
                return  # another undo finished it
            if state != CANCELLING:
                raise
            continue  # the member's account moved, or a conflict: again
        return
    raise MemberBusy()


def _unused_at_platform(v: Voucher) -> bool:
    """A cancel refused because the voucher is not verified any more: an earlier cancel of ours
    went through and its answer was lost."""
    try:
        return int(platform.client().certificate(v.encrypted_code).get("status") or 0) == 1
    except (platform.PlatformError, platform.PlatformTimeout, SiyuError):
        return False


def _back_to_verified(v: Voucher) -> None:
    try:
        Voucher(*Voucher.key(v.certificate_id)).update(
            actions=[Voucher.state.set(VERIFIED)], condition=Voucher.state == CANCELLING
        )
    except UpdateError as exc:
        if exc.cause_response_code != "ConditionalCheckFailedException":
            raise


# ---------------------------------------------------------------- lists
def of_day(day: str, store_id: str | None = None) -> list[Voucher]:
    """The vouchers verified on a Shanghai day (a Query on gsi1; an undone one stays listed on
    its verify day, state cancelled), optionally of one store."""
    items = list(Voucher.by_day.query(Voucher.day_key(day)))
    return [v for v in items if store_id is None or v.store_id == store_id]
