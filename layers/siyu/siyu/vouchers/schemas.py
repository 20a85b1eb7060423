"""The voucher API's shapes: the counter's request bodies, a voucher's view and the
merchant's settings. Free of DynamoDB, so the voucher routes declare them at import and load
the domain (PynamoDB, botocore) only in the routes that use it (docs/DEVELOPING.md, Import
rules)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from pydantic import Field

from siyu import clock
from siyu.base_model import SiyuModel
from siyu.config import get_settings
from siyu.http import PlainText

if TYPE_CHECKING:
    from siyu.vouchers.models import Voucher

MAX_CODE = 128
JOIN_PAGE = "pages/member/join"  # the mini-program page that calls POST /v1/vouchers/{id}/join


class VoucherView(SiyuModel):
    certificate_id: str
    state: str = Field(description="prepared | verifying | verified | cancelling | cancelled | failed")
    title: str
    groupon_type: int = Field(description="1 团购券, 2 代金券, 3 次卡 (GUESS: Douyin's enum)")
    original_fen: int
    pay_fen: int
    starts_at: str
    expires_at: str
    store_id: str | None
    verify_id: str | None
    verified_at: str | None
    order_id: str | None
    undo_until: str | None = Field(description="the undo (撤销) is allowed until this time")
    cancelled_at: str | None
    error_code: str | None
    member_id: str | None
    points_awarded: int
    join_path: str | None = Field(
        description="while no member is linked: the mini-program page the counter's join QR opens"
    )

    @classmethod
    def of(cls, v: Voucher) -> VoucherView:
        from siyu.vouchers.models import VERIFIED

        undo_until = None
        if v.state == VERIFIED and v.verified_at:
            window = timedelta(seconds=get_settings().voucher_cancel_window_seconds)
            undo_until = clock.iso(clock.parse_iso(v.verified_at) + window)
        return cls(
            certificate_id=v.certificate_id,
            state=v.state,
            title=v.title,
            groupon_type=int(v.groupon_type),
            original_fen=int(v.original_fen),
            pay_fen=int(v.pay_fen),
            starts_at=v.starts_at,
            expires_at=v.expires_at,
            store_id=v.store_id,
            verify_id=v.verify_id,
            verified_at=v.verified_at,
            order_id=v.order_id,
            undo_until=undo_until,
            cancelled_at=v.cancelled_at,
            error_code=v.error_code,
            member_id=v.member_id,
            points_awarded=int(v.points_awarded or 0),
            join_path=(
                f"{JOIN_PAGE}?c={v.certificate_id}&s={v.join_secret}"
                if v.state == VERIFIED and v.join_secret and not v.member_id
                else None
            ),
        )


class Prepared(SiyuModel):
    voucher: VoucherView
    verify_token: str = Field(description="send it back with the verify (one verify per prepare)")


class PrepareIn(SiyuModel):
    store_id: str = Field(min_length=1, max_length=64)
    code: str | None = Field(
        default=None, min_length=4, max_length=MAX_CODE, description="typed voucher code"
    )
    qr: str | None = Field(
        default=None, min_length=4, max_length=512, description="scanned QR content (a link)"
    )


class VerifyIn(SiyuModel):
    store_id: str = Field(min_length=1, max_length=64)
    certificate_id: str = Field(min_length=1, max_length=64)
    verify_token: str = Field(min_length=1, max_length=256)


class VoucherSettingsIn(SiyuModel):
    pois: dict[str, PlainText] = Field(
        default_factory=dict, max_length=200, description="Siyu store_id → the store's local-life POI id"
    )
    points_per_yuan: int = Field(
        default=1, ge=0, le=100, description="points per yuan the buyer paid, once linked"
    )
    first_visit_template_id: PlainText | None = Field(
        default=None, max_length=64, description="coupon template given to a buyer when first linked"
    )
