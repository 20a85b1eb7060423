"""The voucher buyer becomes the merchant's member (the point of verifying in Siyu): at the
counter the clerk links the verified voucher to a member — the member code shown in the
mini-program (the member id), or the phone the member bound — or the buyer scans the join QR
the counter shows, logs in to the mini-program (becoming a member) and claims the voucher.

Linking writes the member onto the voucher and its order in one transaction (condition: not
linked to anyone yet), then awards the points of the merchant's rule (`points_per_yuan` of
what the buyer paid; siyu.members.points, once per voucher verify, in one transaction with the
voucher's record of them, which an undo takes back: `stage_take_back`) and grants the first-visit
coupon (the template the merchant chose; siyu.coupons grant, once per member). Each step is
idempotent, so linking again finishes whatever an interrupted link left undone."""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass

from pynamodb.exceptions import TransactWriteError, UpdateError
from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.coupons.issuing import grant
from siyu.db import transaction
from siyu.errors import SiyuError, ValidationFailed
from siyu.events import DomainEvent, stage
from siyu.members import account, points
from siyu.members.account import ATTEMPTS, MemberBusy
from siyu.members.models import Member, MemberPhone
from siyu.observability import logger
from siyu.orders import external
from siyu.txn import cancelled
from siyu.vouchers.counter import read
from siyu.vouchers.errors import (
    VoucherJoinInvalid,
    VoucherMemberAmbiguous,
    VoucherMemberLinked,
    VoucherMemberNotFound,
    VoucherNotVerified,
)
from siyu.vouchers.models import VERIFIED, Voucher
from siyu.vouchers.settings import load as load_settings

PHONE = re.compile(r"^1\d{10}$")
MEMBER_ID = re.compile(r"^[0-9A-HJKMNP-TV-Z]{26}$")  # a ULID (the member code encodes it)
POINTS_SOURCE = "ks_voucher"
POINTS_UNDO_SOURCE = "ks_voucher_undo"
FIRST_VISIT_SOURCE = "ks_voucher_first_visit"


@dataclass
class Linked:
    voucher: Voucher
    points: int
    coupon_id: str | None
    coupon_error: str | None  # the coupon could not be granted (sold out, paused): its code


def find_member(member_code: str | None, phone: str | None) -> str:
    if bool(member_code) == bool(phone):
        raise ValidationFailed(
            details=[{"field": "member_code", "reason": "exactly one of member_code, phone"}]
        )
    if member_code:
        code = member_code.strip().upper()
        if not MEMBER_ID.match(code):
            raise ValidationFailed(
                details=[{"field": "member_code", "reason": "a member code (26 characters)"}]
            )
        try:
            return str(Member.get(*Member.key(code)).member_id)
        except Member.DoesNotExist:
            raise VoucherMemberNotFound() from None
    number = (phone or "").strip()
    if not PHONE.match(number):
        raise ValidationFailed(details=[{"field": "phone", "reason": "11 digits starting with 1"}])
    found = [p.member_id for p in MemberPhone.query(f"PHONE#{number}", limit=3)]
    if not found:
        raise VoucherMemberNotFound()
    if len(found) > 1:
        raise VoucherMemberAmbiguous()
    return str(found[0])


def link(certificate_id: str, member_id: str, *, via: str) -> Linked:
    v = read(certificate_id)
    if v.state != VERIFIED or not v.order_id:
        raise VoucherNotVerified(details={"state": v.state})
    if v.member_id and v.member_id != member_id:
        raise VoucherMemberLinked()
    if not v.member_id:
        at = clock.now_iso()
        try:
            with transaction() as tx:
                tx.update(
                    Voucher(*Voucher.key(certificate_id)),
                    actions=[
                        Voucher.member_id.set(member_id),
                        Voucher.linked_at.set(at),
                        Voucher.updated_at.set(at),
                    ],
                    condition=Voucher.member_id.does_not_exist() & (Voucher.state == VERIFIED),
                )
                external.stage_member(tx, v.order_id, member_id, at)
                stage(
                    tx,
                    DomainEvent(
                        type="VoucherLinked",
                        member_id=member_id,
                        data={"certificate_id": certificate_id, "order_id": v.order_id, "via": via},
                    ),
                )
        except TransactWriteError:
            v = read(certificate_id)
            if v.member_id != member_id:
                raise VoucherMemberLinked() from None
        v = read(certificate_id)
    return _rewards(v, member_id)


def _rewards(v: Voucher, member_id: str) -> Linked:
    rules = load_settings()
    award = int(v.pay_fen) * rules.points_per_yuan // 100
    if award > 0:
        award = _award(v, member_id, award)
    coupon_id = coupon_error = None
    if rules.first_visit_template_id:
        try:
            coupon_id = grant(
                member_id, rules.first_visit_template_id, source=FIRST_VISIT_SOURCE, source_ref=member_id
            )
        except SiyuError as exc:  # sold out, paused, ended: the link stands, staff see why
            coupon_error = exc.code
            logger.warning("first-visit coupon not granted", extra={"code": exc.code})
    return Linked(read(v.certificate_id), award, coupon_id, coupon_error)


def join(certificate_id: str, secret: str, member_id: str) -> Linked:
    """The buyer scanned the counter's join QR and logged in: claim the voucher as theirs."""
    v = read(certificate_id)
    if not v.join_secret or not hmac.compare_digest(v.join_secret.encode(), secret.encode()):
        raise VoucherJoinInvalid()
    return link(certificate_id, member_id, via="join_qr")


def _award(v: Voucher, member_id: str, award: int) -> int:
    """The points the verify earns and the voucher's record of them, in one transaction (an
    undo takes back what the voucher records; a voucher undone meanwhile earns nothing).
    Returns the points awarded, 0 if the voucher is no longer verified."""
    ref = f"{v.certificate_id}:{v.verify_id}"
    for _ in range(ATTEMPTS):
        try:
            with transaction() as tx:
                points.stage_change(tx, member_id, award, reason="团购券核销", source=POINTS_SOURCE, ref=ref)
                tx.update(
                    Voucher(*Voucher.key(v.certificate_id)),
                    actions=[Voucher.points_awarded.set(award)],
                    condition=(Voucher.state == VERIFIED) & (Voucher.verify_id == v.verify_id),
                )
        except TransactWriteError as exc:
            first = points.already_applied(exc, member_id)
            if first is not None:
                _record_award(v, first.delta)  # awarded before this transaction was the rule
                return first.delta
            cancelled(exc)  # re-raises anything but a lost race
            now = read(v.certificate_id)
            if now.state != VERIFIED or now.verify_id != v.verify_id:
                return 0
            continue  # the member's account moved, or a conflict: again
        return award
    raise MemberBusy()


def _record_award(v: Voucher, awarded: int) -> None:
    """Points a link before the award was atomic applied without recording them."""
    if int(v.points_awarded or 0) == awarded:
        return
    try:
        Voucher(*Voucher.key(v.certificate_id)).update(
            actions=[Voucher.points_awarded.set(awarded)],
            condition=(Voucher.state == VERIFIED) & (Voucher.verify_id == v.verify_id),
        )
    except UpdateError as exc:
        if exc.cause_response_code != "ConditionalCheckFailedException":
            raise


def stage_take_back(tx: TransactWrite, v: Voucher) -> int:
    """Add to the undo's transaction the points the verify earned, going back as far as the
    balance allows (what was spent meanwhile stays spent; the ledger shows both). `v` must be
    read after the voucher left VERIFIED, so no award can follow. Returns the points staged."""
    awarded = int(v.points_awarded or 0)
    if not v.member_id or awarded <= 0:
        return 0
    take = min(awarded, account.read(v.member_id).balance)
    if take < awarded:
        logger.warning("points of an undone voucher partly spent", extra={"awarded": awarded, "taken": take})
    if take <= 0:
        return 0
    points.stage_change(
        tx,
        v.member_id,
        -take,
        reason="团购券撤销核销",
        source=POINTS_UNDO_SOURCE,
        ref=f"{v.certificate_id}:{v.verify_id}",
    )
    return take
