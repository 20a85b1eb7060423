"""Vouchers capability (团购券核销, issue 26): the counter's admin routes — prepare a typed or
scanned code, verify it exactly once, undo within the window, recover a verify that timed out,
link the buyer to a member — the merchant's authorisation and settings, a day's vouchers and
their reconciliation with the local-life bill; and the member's join from the counter's QR.

The domain (PynamoDB, botocore) is imported in the routes that use it, so importing this
module — every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from pydantic import Field

from siyu import clock
from siyu.auth import AnalystAdmin, CurrentMember, OperatorAdmin, OwnerAdmin
from siyu.base_model import SiyuModel
from siyu.errors import ValidationFailed
from siyu.http import PlainText, entry_point, make_app, returns
from siyu.idempotency import IdempotencyKey, check_key
from siyu.vouchers import responses as R
from siyu.vouchers.schemas import PrepareIn, VerifyIn, VoucherSettingsIn, VoucherView

if TYPE_CHECKING:
    from siyu.vouchers.membership import Linked

app = make_app()

CertificateId = Annotated[str, Path(min_length=1, max_length=64)]
Day = Annotated[str, Path(min_length=10, max_length=10, description="YYYY-MM-DD (Asia/Shanghai)")]


def _day(value: str | None) -> str:
    if value is None:
        return clock.shanghai_day().isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValidationFailed(details=[{"field": "day", "reason": "YYYY-MM-DD"}]) from None


def _linked(result: Linked) -> dict[str, Any]:
    return {
        "voucher": VoucherView.of(result.voucher).model_dump(),
        "points": result.points,
        "coupon_id": result.coupon_id,
        "coupon_error": result.coupon_error,
    }


# ---------------------------------------------------------------- the merchant's setup
class AuthorizeIn(SiyuModel):
    code: PlainText = Field(
        min_length=1, max_length=256, description="the authorisation code of the platform's callback"
    )


@app.post(
    "/v1/admin/vouchers/authorize",
    responses=returns(R.Authorized),
    summary="exchange the merchant's local-life authorisation code for tokens (owner)",
)
def admin_authorize(body: AuthorizeIn, admin: OwnerAdmin) -> dict[str, Any]:
    from siyu.vouchers import platform

    return {"authorized": True, "merchant_open_id": platform.client().authorize(body.code)}


@app.get("/v1/admin/vouchers/settings", responses=returns(R.VoucherSettingsIn), summary="voucher settings")
def admin_voucher_settings(admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.vouchers import settings

    return settings.load().model_dump()


@app.put(
    "/v1/admin/vouchers/settings",
    responses=returns(R.VoucherSettingsIn),
    summary="set stores' POI ids, the points rule and the first-visit coupon (owner)",
)
def admin_put_voucher_settings(body: VoucherSettingsIn, admin: OwnerAdmin) -> dict[str, Any]:
    from siyu.vouchers import settings

    return settings.save(body).model_dump()


# ---------------------------------------------------------------- the counter
@app.post(
    "/v1/admin/vouchers/prepare",
    responses=returns(R.Prepared),
    summary="look a voucher up by typed code or scanned QR: product, amounts, validity",
    description="Nothing is used yet. VOUCHER_NOT_FOUND, VOUCHER_USED, VOUCHER_EXPIRED, VOUCHER_OTHER_STORE, "
    "VOUCHER_RATE_LIMITED each say why a code cannot be used here.",
)
def admin_prepare_voucher(body: PrepareIn, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.vouchers import counter

    return counter.prepare(body).model_dump()


@app.post(
    "/v1/admin/vouchers/verify",
    responses=returns(R.VoucherView),
    summary="verify (核销) a prepared voucher at the store, exactly once; records a ks_local order",
    description="Needs an Idempotency-Key: a retry returns the same result. Two counters at once: one "
    "verifies, the other gets VOUCHER_BUSY or VOUCHER_USED. VOUCHER_PLATFORM_TIMEOUT: the outcome is not "
    "known yet — POST …/recover with the same Idempotency-Key.",
)
def admin_verify_voucher(
    body: VerifyIn, admin: OperatorAdmin, idempotency_key: IdempotencyKey = None
) -> dict[str, Any]:
    from siyu.vouchers import counter

    key = check_key(idempotency_key)
    return VoucherView.of(counter.verify(body, key=key, admin_id=admin.admin_id)).model_dump()


@app.post(
    "/v1/admin/vouchers/<certificate_id>/recover",
    responses=returns(R.VoucherView),
    summary="finish a verify that timed out from the platform's status (重新确认)",
    description="With the verify's Idempotency-Key, or by anyone once the claim's lease has passed.",
)
def admin_recover_voucher(
    certificate_id: CertificateId, admin: OperatorAdmin, idempotency_key: IdempotencyKey = None
) -> dict[str, Any]:
    from siyu.vouchers import counter

    key = check_key(idempotency_key)
    return VoucherView.of(counter.recover(certificate_id, key=key)).model_dump()


@app.post(
    "/v1/admin/vouchers/<certificate_id>/cancel",
    responses=returns(R.VoucherView),
    summary="undo (撤销) a verify within the platform's window; its order is cancelled",
    description="Idempotent. VOUCHER_UNDO_EXPIRED after the window.",
)
def admin_cancel_voucher(certificate_id: CertificateId, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.vouchers import counter

    return VoucherView.of(counter.cancel(certificate_id, admin_id=admin.admin_id)).model_dump()


class LinkIn(SiyuModel):
    member_code: PlainText | None = Field(
        default=None, max_length=64, description="the member code the buyer shows"
    )
    phone: PlainText | None = Field(default=None, max_length=20, description="the phone the member bound")


@app.post(
    "/v1/admin/vouchers/<certificate_id>/member",
    responses=returns(R.Linked),
    summary="link the voucher's buyer to a member: points by the merchant's rule, the first-visit coupon",
    description="Idempotent: linking the same member again finishes what was left undone.",
)
def admin_link_voucher(certificate_id: CertificateId, body: LinkIn, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.vouchers import membership

    member_id = membership.find_member(body.member_code, body.phone)
    return _linked(membership.link(certificate_id, member_id, via="phone" if body.phone else "member_code"))


@app.get("/v1/admin/vouchers/<certificate_id>", responses=returns(R.VoucherView), summary="a voucher")
def admin_voucher(certificate_id: CertificateId, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.vouchers import counter

    return VoucherView.of(counter.read(certificate_id)).model_dump()


@app.get(
    "/v1/admin/vouchers",
    responses=returns(R.VoucherList),
    summary="the vouchers verified on a day (default today), optionally of one store",
)
def admin_vouchers(
    admin: AnalystAdmin,
    day: Annotated[str | None, Query(description="YYYY-MM-DD (Asia/Shanghai)")] = None,
    store_id: Annotated[str | None, Query(max_length=64)] = None,
) -> dict[str, Any]:
    from siyu.vouchers import counter

    the_day = _day(day)
    return {
        "day": the_day,
        "vouchers": [VoucherView.of(v).model_dump() for v in counter.of_day(the_day, store_id)],
    }


@app.post(
    "/v1/admin/vouchers/reconciliations/<day>/run",
    responses=returns(R.Reconciled),
    summary="reconcile a day's vouchers with the local-life bill (idempotent)",
    description="Differences are also listed with the day's reconciliation "
    "(GET /v1/admin/reconciliations/{day}).",
)
def admin_reconcile_vouchers(day: Day, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.vouchers import reconcile

    result = reconcile.run(_day(day))
    return {"day": result.day, "matched": result.matched, "figures": result.figures, "issues": result.issues}


# ---------------------------------------------------------------- the member
class JoinIn(SiyuModel):
    secret: PlainText = Field(min_length=8, max_length=64, description="from the counter's join QR")


@app.post(
    "/v1/vouchers/<certificate_id>/join",
    responses=returns(R.Linked),
    summary="a voucher buyer who scanned the counter's join QR claims the voucher as a member",
)
def join_voucher(certificate_id: CertificateId, body: JoinIn, member: CurrentMember) -> dict[str, Any]:
    from siyu.vouchers import membership

    return _linked(membership.join(certificate_id, body.secret, member.member_id))


handler = entry_point(app)
