"""Gifts for points (积分兑换): a catalogue with stock and a per-member limit. A redemption
is one transaction that takes the points (ledger entry), one unit of stock (condition: in
stock, active, price unchanged), one unit of the member's limit, and records a short code
that staff verify at the counter, exactly once."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

from pynamodb.exceptions import TransactWriteError, UpdateError

from siyu import clock
from siyu.db import transaction
from siyu.errors import define_error
from siyu.events import DomainEvent, stage
from siyu.ids import new_id
from siyu.members import account, rules
from siyu.members.account import ATTEMPTS, AccountChange, MemberBusy, explain
from siyu.members.models import CountItem, Gift, Redemption, member_pk
from siyu.members.schemas import GiftDefinition

GiftNotFound = define_error("GIFT_NOT_FOUND", 404, "礼品不存在")
GiftUnavailable = define_error("GIFT_UNAVAILABLE", 409, "该礼品暂不可兑换")
GiftSoldOut = define_error("GIFT_SOLD_OUT", 409, "礼品已兑完")
GiftLimitReached = define_error("GIFT_LIMIT_REACHED", 409, "已达到该礼品的兑换上限")
GiftStockTooLow = define_error("GIFT_STOCK_TOO_LOW", 409, "库存不足，无法扣减")
RedemptionNotFound = define_error("REDEMPTION_NOT_FOUND", 404, "兑换码不存在")
RedemptionAlreadyUsed = define_error("REDEMPTION_ALREADY_USED", 409, "该兑换码已核销")
RedemptionExpired = define_error("REDEMPTION_EXPIRED", 409, "该兑换码已过期")

CATALOGUE_KEY = "GIFTS"
# No 0/O, 1/I/L: staff read the code off a phone screen.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8


def gift_view(gift: Gift, *, admin: bool = False) -> dict[str, Any]:
    view: dict[str, Any] = {
        "gift_id": gift.gift_id,
        "name": gift.name,
        "description": gift.description or "",
        "image_url": gift.image_url,
        "points_cost": int(gift.points_cost),
        "per_member_limit": int(gift.per_member_limit),
        "valid_days": int(gift.valid_days),
        "stock": int(gift.stock),
        "in_stock": int(gift.stock) > 0,
    }
    if admin:
        view.update(
            active=bool(gift.active),
            sort=int(gift.sort),
            redeemed_count=int(gift.redeemed_count),
            updated_at=gift.updated_at,
            updated_by=gift.updated_by,
        )
    return view


def put_gift(gift_id: str, definition: GiftDefinition, actor: str | None = None) -> dict[str, Any]:
    """Create or update a gift's definition; stock is set only on creation."""
    now = clock.now_iso()
    gift = Gift(*Gift.key(gift_id))
    gift.update(
        actions=[
            Gift.gift_id.set(gift_id),
            Gift.name.set(definition.name),
            Gift.description.set(definition.description),
            Gift.image_url.set(str(definition.image_url))
            if definition.image_url
            else Gift.image_url.remove(),
            Gift.points_cost.set(definition.points_cost),
            Gift.per_member_limit.set(definition.per_member_limit),
            Gift.valid_days.set(definition.valid_days),
            Gift.active.set(definition.active),
            Gift.sort.set(definition.sort),
            Gift.stock.set(Gift.stock | definition.initial_stock),
            Gift.redeemed_count.set(Gift.redeemed_count | 0),
            Gift.created_at.set(Gift.created_at | now),
            Gift.updated_at.set(now),
            Gift.updated_by.set(actor or "system"),
            Gift.gsi1pk.set(CATALOGUE_KEY),
            Gift.gsi1sk.set(f"{definition.sort:04d}#{gift_id}"),
        ]
    )
    return gift_view(gift, admin=True)


def restock(gift_id: str, delta: int, actor: str | None = None) -> dict[str, Any]:
    """Add (or, negative, remove) stock; never below zero."""
    gift = Gift(*Gift.key(gift_id))
    condition = Gift.pk.exists()
    if delta < 0:
        condition &= Gift.stock >= -delta
    try:
        gift.update(
            actions=[
                Gift.stock.add(delta),
                Gift.updated_at.set(clock.now_iso()),
                Gift.updated_by.set(actor or "system"),
            ],
            condition=condition,
        )
    except UpdateError:
        current = get_gift(gift_id)
        raise GiftStockTooLow(details={"stock": int(current.stock)}) from None
    return gift_view(get_gift(gift_id), admin=True)


def get_gift(gift_id: str) -> Gift:
    try:
        return Gift.get(*Gift.key(gift_id), consistent_read=True)
    except Gift.DoesNotExist:
        raise GiftNotFound(details={"gift_id": gift_id}) from None


def catalogue(*, include_inactive: bool = False) -> list[Gift]:
    return [g for g in Gift.catalogue.query(CATALOGUE_KEY) if include_inactive or g.active]


def catalogue_for(member_id: str) -> list[dict[str, Any]]:
    """Active gifts, each with how many times this member has redeemed it."""
    gifts = catalogue()
    keys = [(member_pk(member_id), f"GIFTCOUNT#{g.gift_id}") for g in gifts]
    counts = {c.sk: int(c.used) for c in CountItem.batch_get(keys)} if keys else {}
    return [{**gift_view(g), "redeemed_by_me": counts.get(f"GIFTCOUNT#{g.gift_id}", 0)} for g in gifts]


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code: str) -> str:
    return code.strip().replace("-", "").replace(" ", "").upper()


def redemption_view(r: Redemption, *, admin: bool = False) -> dict[str, Any]:
    status = r.status
    if status == "issued" and r.expires_at <= clock.now_iso():
        status = "expired"
    view: dict[str, Any] = {
        "code": r.code,
        "redemption_id": r.redemption_id,
        "gift_id": r.gift_id,
        "gift_name": r.gift_name,
        "points_cost": int(r.points_cost),
        "status": status,
        "created_at": r.created_at,
        "expires_at": r.expires_at,
        "used_at": r.used_at,
    }
    if admin:
        view.update(member_id=r.member_id, used_by=r.used_by)
    return view


def redeem(member_id: str, gift_id: str) -> dict[str, Any]:
    """Exchange points for one unit of a gift: all of it or nothing."""
    now = clock.now()
    ladder = rules.load().levels
    snapshot = account.read(member_id)
    redemption_id = new_id()
    count_key = (member_pk(member_id), f"GIFTCOUNT#{gift_id}")
    for _ in range(ATTEMPTS):
        gift = get_gift(gift_id)
        if not gift.active:
            raise GiftUnavailable(details={"gift_id": gift_id})
        if int(gift.stock) < 1:
            raise GiftSoldOut(details={"gift_id": gift_id})
        cost, limit = int(gift.points_cost), int(gift.per_member_limit)
        pending = AccountChange(snapshot, ladder, now)
        pending.points(-cost, reason=f"兑换礼品：{gift.name}", source="gift", ref=redemption_id)
        code = new_code()
        redemption = Redemption(
            *Redemption.key(code),
            code=code,
            redemption_id=redemption_id,
            member_id=member_id,
            gift_id=gift_id,
            gift_name=gift.name,
            points_cost=cost,
            status="issued",
            created_at=clock.iso(now),
            expires_at=clock.iso(now + timedelta(days=int(gift.valid_days))),
            gsi1pk=Redemption.member_key(member_id),
            gsi1sk=f"{clock.iso(now)}#{redemption_id}",
        )
        pending.event(
            "GiftRedeemed",
            {"redemption_id": redemption_id, "code": code, "gift_id": gift_id, "points_cost": cost},
        )
        try:
            with transaction() as tx:
                tx.update(
                    Gift(*Gift.key(gift_id)),
                    actions=[Gift.stock.add(-1), Gift.redeemed_count.add(1)],
                    condition=(Gift.active == True) & (Gift.stock >= 1) & (Gift.points_cost == cost),  # noqa: E712
                    return_values="ALL_OLD",
                )
                tx.update(
                    CountItem(*count_key),
                    actions=[CountItem.used.add(1), CountItem.updated_at.set(clock.iso(now))],
                    condition=CountItem.pk.does_not_exist() | (CountItem.used < limit),
                    return_values="ALL_OLD",
                )
                tx.save(redemption, condition=Redemption.pk.does_not_exist())
                pending.stage(tx)
        except TransactWriteError as exc:
            failure = explain(exc)
            now_gift = failure.model(Gift, *Gift.key(gift_id))
            if now_gift is not None and not now_gift.active:
                raise GiftUnavailable(details={"gift_id": gift_id}) from None
            if now_gift is not None and int(now_gift.stock) < 1:
                raise GiftSoldOut(details={"gift_id": gift_id}) from None
            used = failure.model(CountItem, *count_key)
            if used is not None and int(used.used) >= limit:
                raise GiftLimitReached(details={"gift_id": gift_id, "limit": limit}) from None
            # The price changed, the account moved or the code was taken: try again.
            snapshot = failure.account(member_id) or account.read(member_id)
            continue
        pending.committed()
        return redemption_view(redemption)
    raise MemberBusy()


def my_redemptions(member_id: str, limit: int = 50, *, admin: bool = False) -> list[dict[str, Any]]:
    return [
        redemption_view(r, admin=admin)
        for r in Redemption.by_member.query(
            Redemption.member_key(member_id), scan_index_forward=False, limit=limit
        )
    ]


def _redemption(code: str) -> Redemption:
    try:
        return Redemption.get(*Redemption.key(normalise_code(code)), consistent_read=True)
    except Redemption.DoesNotExist:
        raise RedemptionNotFound() from None


def lookup(code: str) -> dict[str, Any]:
    return redemption_view(_redemption(code), admin=True)


def use(code: str, admin_id: str) -> dict[str, Any]:
    """Staff verify a code at the counter: issued → used, exactly once."""
    current = _redemption(code)
    now = clock.now_iso()
    if current.status == "used":
        raise RedemptionAlreadyUsed(details={"used_at": current.used_at})
    if current.expires_at <= now:
        raise RedemptionExpired(details={"expires_at": current.expires_at})
    try:
        with transaction() as tx:
            tx.update(
                current,
                actions=[
                    Redemption.status.set("used"),
                    Redemption.used_at.set(now),
                    Redemption.used_by.set(admin_id),
                ],
                condition=Redemption.status == "issued",
            )
            stage(
                tx,
                DomainEvent(
                    type="GiftRedemptionUsed",
                    member_id=current.member_id,
                    data={
                        "code": current.code,
                        "redemption_id": current.redemption_id,
                        "gift_id": current.gift_id,
                    },
                ),
            )
    except TransactWriteError:
        raise RedemptionAlreadyUsed(details={"used_at": _redemption(code).used_at}) from None
    current.status, current.used_at, current.used_by = "used", now, admin_id
    return redemption_view(current, admin=True)
