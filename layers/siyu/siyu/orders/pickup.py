"""Pickup reservation (预约取餐) and pickup codes.

A store's day is cut into slots of `slot_minutes` from its opening time; a slot is named by
its Shanghai start, `YYYY-MM-DDTHH:MM`. Each slot has a counter item; an order takes one
place with a conditional update inside the order's transaction (`taken < capacity`), so a
slot never holds more orders than its capacity, and a closed order gives its place back.

A paid order gets a 4-digit pickup code, unique per store and pickup day (a conditional put
of the code item in the payment transaction; a clash draws another code). Staff (operator)
find the order by code and mark it picked up.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from pynamodb.exceptions import TransactWriteError
from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.db import transaction
from siyu.events import DomainEvent, stage
from siyu.orders.errors import (
    OrderBusy,
    OrderNotFound,
    OrderNotPickable,
    OrderOnHold,
    PickupCodeNotFound,
    PickupSlotInvalid,
    StoreClosed,
)
from siyu.orders.models import Order, PickupCode, SlotCounter
from siyu.orders.schemas import PAID, PICKED_UP, SlotView, StoreView, minutes

SLOT_RETENTION = timedelta(days=30)
CODE_RETENTION = timedelta(days=7)


@dataclass(frozen=True)
class Slot:
    slot: str  # YYYY-MM-DDTHH:MM, Asia/Shanghai
    day: str
    starts_at: datetime  # UTC


def _parse(slot: str) -> datetime:
    try:
        local = datetime.strptime(slot, "%Y-%m-%dT%H:%M")
    except ValueError:
        raise PickupSlotInvalid(details={"pickup_slot": slot, "reason": "FORMAT YYYY-MM-DDTHH:MM"}) from None
    return local.replace(tzinfo=clock.SHANGHAI)


def slot_of(slot: str) -> Slot:
    """A slot by its name, unchecked (for a slot an order already holds)."""
    local = _parse(slot)
    return Slot(slot=slot, day=local.date().isoformat(), starts_at=local.astimezone(UTC))


def _slot_name(day: date, minute_of_day: int) -> str:
    return f"{day.isoformat()}T{minute_of_day // 60:02d}:{minute_of_day % 60:02d}"


def check_slot(store: StoreView, slot: str, now: datetime | None = None) -> Slot:
    """The slot if this store takes orders for it now; PICKUP_SLOT_INVALID says why not."""
    now = now or clock.now()
    rules = store.pickup
    if store.status != "OPEN":
        raise StoreClosed(details={"store_id": store.store_id})
    if not rules.enabled:
        raise PickupSlotInvalid(details={"pickup_slot": slot, "reason": "PICKUP_DISABLED"})
    local = _parse(slot)
    start = local.hour * 60 + local.minute
    opens, closes = minutes(store.opens), minutes(store.closes)
    if start < opens or start + rules.slot_minutes > closes or (start - opens) % rules.slot_minutes:
        raise PickupSlotInvalid(details={"pickup_slot": slot, "reason": "NOT_A_SLOT"})
    today = clock.shanghai_day(now)
    if local.date() > today + timedelta(days=rules.days_ahead):
        raise PickupSlotInvalid(details={"pickup_slot": slot, "reason": "TOO_FAR_AHEAD"})
    if local < now + timedelta(minutes=rules.lead_minutes):
        raise PickupSlotInvalid(details={"pickup_slot": slot, "reason": "TOO_SOON"})
    return Slot(slot=slot, day=local.date().isoformat(), starts_at=local.astimezone(UTC))


def slots_of(store: StoreView, day: date) -> list[SlotView]:
    """Every slot of the store's day with its places left (one Query)."""
    rules = store.pickup
    taken = {
        c.sk.removeprefix("SLOT#"): int(c.taken)
        for c in SlotCounter.query(
            f"STORE#{store.store_id}",
            SlotCounter.sk.startswith(f"SLOT#{day.isoformat()}T"),
            consistent_read=True,
        )
    }
    now = clock.now()
    views = []
    start = minutes(store.opens)
    while start + rules.slot_minutes <= minutes(store.closes):
        name = _slot_name(day, start)
        try:
            check_slot(store, name, now)
            open_for_orders = True
        except (PickupSlotInvalid, StoreClosed):
            open_for_orders = False
        used = taken.get(name, 0)
        local = datetime.combine(day, time(start // 60, start % 60), tzinfo=clock.SHANGHAI)
        views.append(
            SlotView(
                slot=name,
                starts_at=clock.iso(local),
                capacity=rules.capacity,
                taken=used,
                remaining=max(rules.capacity - used, 0),
                available=open_for_orders and used < rules.capacity,
            )
        )
        start += rules.slot_minutes
    return views


def stage_take(tx: TransactWrite, store_id: str, slot: Slot, capacity: int) -> None:
    """One place in the slot; the transaction fails when the slot is full."""
    tx.update(
        SlotCounter(*SlotCounter.key(store_id, slot.slot)),
        actions=[
            SlotCounter.taken.add(1),
            SlotCounter.ttl.set(clock.epoch(slot.starts_at + SLOT_RETENTION)),
        ],
        condition=SlotCounter.taken.does_not_exist() | (SlotCounter.taken < capacity),
        return_values="ALL_OLD",
    )


def stage_give_back(tx: TransactWrite, store_id: str, slot: str) -> None:
    tx.update(SlotCounter(*SlotCounter.key(store_id, slot)), actions=[SlotCounter.taken.add(-1)])


def new_code() -> str:
    return f"{secrets.randbelow(9000) + 1000}"


def stage_code(tx: TransactWrite, store_id: str, day: str, code: str, order_id: str) -> None:
    """The code item; the transaction fails if the store already gave this code that day."""
    expires = clock.shanghai_day_start(date.fromisoformat(day)) + CODE_RETENTION
    tx.save(
        PickupCode(*PickupCode.key(store_id, day, code), order_id=order_id, ttl=clock.epoch(expires)),
        condition=PickupCode.pk.does_not_exist(),
        return_values="ALL_OLD",
    )


def order_for_code(store_id: str, code: str, day: str | None = None) -> str:
    """The order a pickup code belongs to (today in Shanghai unless `day` says otherwise)."""
    day = day or clock.shanghai_day().isoformat()
    try:
        return PickupCode.get(*PickupCode.key(store_id, day, code), consistent_read=True).order_id
    except PickupCode.DoesNotExist:
        raise PickupCodeNotFound(details={"store_id": store_id, "day": day, "code": code}) from None


def mark_picked_up(order_id: str, admin_id: str) -> Order:
    """Staff hand the order over: PAID → PICKED_UP once (a repeat returns it as it is)."""
    for _ in range(4):
        try:
            order = Order.get(*Order.key(order_id), consistent_read=True)
        except Order.DoesNotExist:
            raise OrderNotFound(details={"order_id": order_id}) from None
        if order.status == PICKED_UP:
            return order
        if order.status != PAID:
            raise OrderNotPickable(details={"order_id": order_id, "status": order.status})
        if order.hold:
            raise OrderOnHold(details={"order_id": order_id, "hold": order.hold})
        now = clock.now_iso()
        try:
            with transaction() as tx:
                tx.update(
                    order,
                    actions=[
                        Order.status.set(PICKED_UP),
                        Order.picked_up_at.set(now),
                        Order.picked_up_by.set(admin_id),
                        Order.updated_at.set(now),
                    ],
                    condition=(Order.status == PAID) & Order.hold.does_not_exist(),
                )
                stage(
                    tx,
                    DomainEvent(
                        type="OrderPickedUp",
                        member_id=order.member_id,
                        data={
                            "order_id": order_id,
                            "store_id": order.store_id,
                            "pickup_code": order.pickup_code,
                            "pickup_slot": order.pickup_slot,
                            "picked_up_by": admin_id,
                        },
                    ),
                )
        except TransactWriteError:
            continue
        order.status, order.picked_up_at, order.picked_up_by = PICKED_UP, now, admin_id
        return order
    raise OrderBusy()
