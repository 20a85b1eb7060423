"""Group-buy deals: what operations staff create (an item, a group price, a group size N,
hours to fill a group) and what the mini-program lists."""

from __future__ import annotations

import base64
import hashlib
from datetime import timedelta

from pynamodb.exceptions import PutError, UpdateError

from siyu import clock
from siyu.group_buys.errors import DealNotActive, DealNotFound
from siyu.group_buys.models import ACTIVE, DEALS_LIST_KEY, ENDED, GroupDeal
from siyu.group_buys.schemas import DealIn, is_active
from siyu.ids import new_id
from siyu.orders.catalogue import order_target


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
