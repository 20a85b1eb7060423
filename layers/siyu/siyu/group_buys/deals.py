"""Group-buy deals: what operations staff create (an item, a group price, a group size N,
hours to fill a group) and what the mini-program lists."""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime, timedelta

from pydantic import AwareDatetime, ConfigDict, Field, model_validator
from pynamodb.exceptions import PutError, UpdateError

from siyu import clock
from siyu.base_model import SiyuModel
from siyu.group_buys.errors import DealNotActive, DealNotFound
from siyu.group_buys.models import ACTIVE, DEALS_LIST_KEY, ENDED, GroupDeal
from siyu.ids import new_id
from siyu.orders.catalogue import order_target


class DealIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    sku: str = Field(min_length=1, max_length=64, description="the catalogue product sold (product_id)")
    sku_id: str | None = Field(
        default=None, min_length=1, max_length=64, description="the product's SKU (size); null: its first"
    )
    store_id: str | None = Field(
        default=None, min_length=1, max_length=64, description="its orders' pickup store; null: the first"
    )
    name: str = Field(min_length=1, max_length=40)
    description: str = Field(default="", max_length=200)
    image_url: str | None = Field(default=None, max_length=512)
    original_price_fen: int | None = Field(default=None, ge=1, le=100_000_000)
    group_price_fen: int = Field(ge=1, le=100_000_000, description="what each member pays")
    group_size: int = Field(ge=2, le=50, description="N: members who must pay for the group to form")
    hours_to_fill: int = Field(ge=1, le=72, description="a group fails this long after it starts")
    starts_at: AwareDatetime | None = Field(
        default=None, description="groups can be started from (default now)"
    )
    ends_at: AwareDatetime = Field(description="no new group after this")

    @model_validator(mode="after")
    def _consistent(self) -> DealIn:
        if self.ends_at <= (self.starts_at or clock.now()):
            raise ValueError("ends_at must be after starts_at (and in the future)")
        if self.original_price_fen is not None and self.original_price_fen < self.group_price_fen:
            raise ValueError("original_price_fen must not be below group_price_fen")
        return self


class DealView(SiyuModel):
    deal_id: str
    sku: str
    sku_id: str | None
    store_id: str | None
    name: str
    description: str
    image_url: str | None
    original_price_fen: int | None
    group_price_fen: int
    group_size: int
    hours_to_fill: int
    starts_at: str
    ends_at: str
    status: str
    active: bool

    @classmethod
    def of(cls, deal: GroupDeal, now: datetime | None = None) -> DealView:
        return cls(
            deal_id=deal.deal_id,
            sku=deal.sku,
            sku_id=deal.sku_id,
            store_id=deal.store_id,
            name=deal.name,
            description=deal.description,
            image_url=deal.image_url,
            original_price_fen=None if deal.original_price_fen is None else int(deal.original_price_fen),
            group_price_fen=int(deal.group_price_fen),
            group_size=int(deal.group_size),
            hours_to_fill=int(deal.hours_to_fill),
            starts_at=deal.starts_at,
            ends_at=deal.ends_at,
            status=deal.status,
            active=is_active(deal, now),
        )


def is_active(deal: GroupDeal, now: datetime | None = None) -> bool:
    moment = clock.iso(now or clock.now())
    return deal.status == ACTIVE and deal.starts_at <= moment < deal.ends_at


def deal_id_for(created_by: str, request_key: str) -> str:
    digest = hashlib.sha256(f"{created_by}\x1fdeal\x1f{request_key}".encode()).digest()
    return base64.b32encode(digest).decode()[:26]


def create(spec: DealIn, *, created_by: str | None = None, deal_id: str | None = None) -> GroupDeal:
    """A new deal; with a chosen `deal_id`, creating it again returns the existing one."""
    deal_id = deal_id or new_id()
    ends = clock.iso(spec.ends_at)
    store_id, sku_id = order_target(spec.sku, spec.store_id, spec.sku_id)
    deal = GroupDeal(
        *GroupDeal.key(deal_id),
        gsi1sk=f"{ends}#{deal_id}",
        deal_id=deal_id,
        sku=spec.sku,
        sku_id=sku_id,
        store_id=store_id,
        name=spec.name,
        description=spec.description,
        image_url=spec.image_url,
        original_price_fen=spec.original_price_fen,
        group_price_fen=spec.group_price_fen,
        group_size=spec.group_size,
        hours_to_fill=spec.hours_to_fill,
        starts_at=clock.iso(spec.starts_at or clock.now()),
        ends_at=ends,
        status=ACTIVE,
        created_at=clock.now_iso(),
        created_by=created_by,
    )
    try:
        deal.save(condition=GroupDeal.pk.does_not_exist())
    except PutError as exc:
        if getattr(exc, "cause_response_code", None) != "ConditionalCheckFailedException":
            raise
        return get(deal_id)
    return deal


def get(deal_id: str) -> GroupDeal:
    try:
        return GroupDeal.get(*GroupDeal.key(deal_id))
    except GroupDeal.DoesNotExist as exc:
        raise DealNotFound(details={"deal_id": deal_id}) from exc


def end(deal_id: str) -> GroupDeal:
    """Stop new groups now (groups already started keep their own deadline)."""
    deal = get(deal_id)
    try:
        deal.update(actions=[GroupDeal.status.set(ENDED)], condition=GroupDeal.pk.exists())
    except UpdateError as exc:
        raise DealNotFound(details={"deal_id": deal_id}) from exc
    return get(deal_id)


def require_active(deal: GroupDeal) -> None:
    if not is_active(deal):
        raise DealNotActive(
            details={"starts_at": deal.starts_at, "ends_at": deal.ends_at, "status": deal.status}
        )


def active_deals() -> list[GroupDeal]:
    """Deals members can start a group in now (one Query: those not ended yet)."""
    now = clock.now_iso()
    found = GroupDeal.gsi1.query(DEALS_LIST_KEY, GroupDeal.gsi1sk > now, limit=200)
    return sorted((d for d in found if is_active(d)), key=lambda d: d.ends_at)


def deals_with_live_groups() -> list[GroupDeal]:
    """Deals whose groups may still be forming: ended at most 72 h (the longest fill) ago."""
    since = clock.iso(clock.now() - timedelta(hours=72))
    return list(GroupDeal.gsi1.query(DEALS_LIST_KEY, GroupDeal.gsi1sk > since, limit=500))


def list_deals(limit: int = 100) -> list[GroupDeal]:
    return list(GroupDeal.gsi1.query(DEALS_LIST_KEY, scan_index_forward=False, limit=limit))
