"""A member's account item and the one way to change it.

Points, growth, level and the check-in streak live on one item (`MEMBER#<id>`/`ACCOUNT`).
A change is computed from a snapshot of that item and staged into a transaction as:
the account update (condition: the version read is still current), one append-only ledger
entry per points change (with the balance after it), one guard per (source, ref) (condition:
not there yet) and the events describing it. So the whole change is exact or does not
happen; a lost race surfaces as a failed transaction that `explain` turns into a reason.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, TypeVar

from pynamodb.exceptions import TransactWriteError
from pynamodb.expressions.update import Action
from pynamodb.models import Model
from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.cache import TimedCache
from siyu.errors import ValidationFailed, define_error
from siyu.events import DomainEvent, stage
from siyu.members.models import Account, LedgerEntry, RefGuard
from siyu.members.schemas import LevelRules
from siyu.txn import cancelled

ATTEMPTS = 8  # optimistic retries before answering MEMBER_BUSY

MemberBusy = define_error("MEMBER_BUSY", 409, "操作太频繁，请稍后再试")
InsufficientPoints = define_error("POINTS_INSUFFICIENT", 409, "积分不足")

_SOURCE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class Snapshot:
    """The account item as read (or as a staged change will leave it)."""

    member_id: str
    exists: bool = False
    version: int = 0
    seq: int = 0
    balance: int = 0
    earned_total: int = 0
    spent_fen: int = 0
    level: str | None = None
    checkin_day: str | None = None
    checkin_streak: int = 0
    checkin_points: int = 0
    checkin_total: int = 0
    makeup_total: int = 0

    @classmethod
    def of(cls, member_id: str, item: Account | None) -> Snapshot:
        if item is None:
            return cls(member_id=member_id)
        return cls(
            member_id=member_id,
            exists=True,
            version=int(item.version),
            seq=int(item.seq),
            balance=int(item.balance),
            earned_total=int(item.earned_total),
            spent_fen=int(item.spent_fen),
            level=item.level,
            checkin_day=item.checkin_day,
            checkin_streak=int(item.checkin_streak),
            checkin_points=int(item.checkin_points),
            checkin_total=int(item.checkin_total),
            makeup_total=int(item.makeup_total),
        )

    def growth(self, levels: LevelRules) -> int:
        return self.spent_fen if levels.growth_basis == "spent_fen" else self.earned_total


# Snapshots this container has seen, as a first guess for the next write (a check-in right
# after the calendar was loaded then needs no read). Only ever a guess: the write's version
# condition rejects a stale one, and the failure returns the current item.
_SEEN_MAX = 10_000
_seen: TimedCache[str, Snapshot] = TimedCache(math.inf, max_entries=_SEEN_MAX)  # until a reset
_seen_lock = threading.Lock()


def remember(snapshot: Snapshot) -> Snapshot:
    with _seen_lock:
        current = _seen.get(snapshot.member_id)
        if current is None or current.version <= snapshot.version:
            _seen.put(snapshot.member_id, snapshot)
    return snapshot


def seen(member_id: str) -> Snapshot | None:
    return _seen.get(member_id)


def forget_all() -> None:
    """A fresh container's memory (tests, benchmarks); siyu.cache.reset_all forgets it too."""
    _seen.forget()


def read(member_id: str) -> Snapshot:
    """The account as it is now (consistent read)."""
    try:
        item: Account | None = Account.get(*Account.key(member_id), consistent_read=True)
    except Account.DoesNotExist:
        item = None
    return remember(Snapshot.of(member_id, item))


_ACCOUNT_FIELDS = (
    "seq",
    "balance",
    "earned_total",
    "spent_fen",
    "level",
    "checkin_day",
    "checkin_streak",
    "checkin_points",
    "checkin_total",
    "makeup_total",
)


@dataclass(frozen=True)
class PointsChange:
    """One ledger entry: what a points change did."""

    member_id: str
    seq: int
    delta: int
    balance_after: int
    reason: str
    source: str
    ref: str
    actor: str | None
    created_at: str

    @classmethod
    def of_guard(cls, guard: RefGuard) -> PointsChange:
        return cls(
            member_id=guard.member_id,
            seq=int(guard.seq),
            delta=int(guard.delta),
            balance_after=int(guard.balance_after),
            reason=guard.reason or "",
            source=guard.source,
            ref=guard.ref,
            actor=guard.actor,
            created_at=guard.created_at,
        )

    @classmethod
    def of_entry(cls, entry: LedgerEntry) -> PointsChange:
        return cls(
            member_id=entry.member_id,
            seq=int(entry.seq),
            delta=int(entry.delta),
            balance_after=int(entry.balance_after),
            reason=entry.reason,
            source=entry.source,
            ref=entry.ref,
            actor=entry.actor,
            created_at=entry.created_at,
        )


def check_source_ref(source: str, ref: str) -> None:
    if not _SOURCE.match(source):
        raise ValidationFailed(details=[{"field": "source", "reason": "pattern [a-z][a-z0-9_]{0,31}"}])
    if not (1 <= len(ref) <= 200) or not ref.isprintable():
        raise ValidationFailed(details=[{"field": "ref", "reason": "1-200 printable characters"}])


@dataclass
class AccountChange:
    """Everything one transaction does to one member's account."""

    before: Snapshot
    levels: LevelRules
    now: datetime = field(default_factory=clock.now)
    entries: list[PointsChange] = field(default_factory=list)
    guards: list[RefGuard] = field(default_factory=list)
    events: list[DomainEvent] = field(default_factory=list)
    after: Snapshot = field(init=False)

    def __post_init__(self) -> None:
        self.after = self.before

    @property
    def touches_account(self) -> bool:
        return self.after != self.before

    def _guard(self, source: str, ref: str, entry: PointsChange | None) -> None:
        check_source_ref(source, ref)
        if any(g.source == source and g.ref == ref for g in self.guards):
            raise ValueError(f"({source}, {ref}) twice in one change")
        self.guards.append(
            RefGuard(
                *RefGuard.key(self.before.member_id, source, ref),
                member_id=self.before.member_id,
                source=source,
                ref=ref,
                seq=entry.seq if entry else 0,
                delta=entry.delta if entry else 0,
                balance_after=entry.balance_after if entry else self.after.balance,
                reason=entry.reason if entry else None,
                actor=entry.actor if entry else None,
                created_at=clock.iso(self.now),
            )
        )

    def points(
        self, delta: int, *, reason: str, source: str, ref: str, actor: str | None = None
    ) -> PointsChange:
        """A ledger entry; raises POINTS_INSUFFICIENT if the balance would go below zero."""
        if delta == 0:
            raise ValueError("a ledger entry moves points")
        if not (1 <= len(reason) <= 100):
            raise ValidationFailed(details=[{"field": "reason", "reason": "1-100 characters"}])
        balance = self.after.balance + delta
        if balance < 0:
            raise InsufficientPoints(details={"balance": self.after.balance, "needed": -delta})
        entry = PointsChange(
            member_id=self.before.member_id,
            seq=self.after.seq + 1,
            delta=delta,
            balance_after=balance,
            reason=reason,
            source=source,
            ref=ref,
            actor=actor,
            created_at=clock.iso(self.now),
        )
        self._guard(source, ref, entry)
        self.after = replace(
            self.after,
            seq=entry.seq,
            balance=balance,
            earned_total=self.after.earned_total + max(delta, 0),
        )
        self.entries.append(entry)
        return entry

    def mark(self, source: str, ref: str) -> None:
        """Record (source, ref) as applied without moving points (e.g. a zero-point task)."""
        self._guard(source, ref, None)

    def spend(self, fen: int, *, source: str, ref: str) -> None:
        """Money spent (growth when the ladder counts spending), once per (source, ref)."""
        self.after = replace(self.after, spent_fen=max(0, self.after.spent_fen + fen))
        self._guard(source, ref, None)

    def checkin(self, *, day: str, streak: int, points: int | None, makeup: bool) -> None:
        """Move the streak state; `day` is the end of the run `streak` counts."""
        updated = replace(self.after, checkin_day=day, checkin_streak=streak)
        if makeup:
            updated = replace(updated, makeup_total=updated.makeup_total + 1)
        else:
            updated = replace(updated, checkin_points=points or 0, checkin_total=updated.checkin_total + 1)
        self.after = updated

    def event(self, type_: str, data: dict[str, Any]) -> DomainEvent:
        event = DomainEvent(type=type_, member_id=self.before.member_id, data=data)
        self.events.append(event)
        return event

    def _level_events(self) -> list[DomainEvent]:
        before_key = self.before.level or self.levels.level_for(self.before.growth(self.levels)).key
        reached = self.levels.level_for(self.after.growth(self.levels))
        self.after = replace(self.after, level=reached.key)
        if self.levels.rank(reached.key) > self.levels.rank(before_key):
            return [
                DomainEvent(
                    type="LevelUpgraded",
                    member_id=self.before.member_id,
                    data={
                        "from": before_key,
                        "to": reached.key,
                        "name": reached.name,
                        "growth": self.after.growth(self.levels),
                    },
                )
            ]
        return []

    def stage(self, tx: TransactWrite) -> None:
        """Add the change to a transaction (at most one AccountChange per member per transaction)."""
        if self.touches_account:
            upgrades = self._level_events()
            after = self.after = replace(self.after, exists=True, version=self.before.version + 1)
            # Only what changed: the version condition makes the rest exact anyway.
            actions: list[Action] = [
                Account.version.set(after.version),
                Account.updated_at.set(clock.iso(self.now)),
            ]
            if not self.before.exists:
                actions.append(Account.member_id.set(after.member_id))
            for name in _ACCOUNT_FIELDS:
                value = getattr(after, name)
                if value is not None and (value != getattr(self.before, name) or not self.before.exists):
                    actions.append(getattr(Account, name).set(value))
            # Exactly the state the change was computed from (so the balance after is exact),
            # and never below zero.
            taken = max(0, self.before.balance - after.balance)
            condition = (
                (Account.version == self.before.version) & (Account.balance >= taken)
                if self.before.exists
                else Account.pk.does_not_exist()
            )
            tx.update(
                Account(*Account.key(after.member_id)),
                actions=actions,
                condition=condition,
                return_values="ALL_OLD",
            )
            self.events.extend(upgrades)
        for entry in self.entries:
            tx.save(
                LedgerEntry(
                    *LedgerEntry.key(entry.member_id, entry.seq),
                    member_id=entry.member_id,
                    seq=entry.seq,
                    delta=entry.delta,
                    balance_after=entry.balance_after,
                    reason=entry.reason,
                    source=entry.source,
                    ref=entry.ref,
                    actor=entry.actor,
                    created_at=entry.created_at,
                ),
                condition=LedgerEntry.pk.does_not_exist(),
            )
            stage(
                tx,
                DomainEvent(
                    type="PointsChanged",
                    member_id=entry.member_id,
                    data={
                        "seq": entry.seq,
                        "delta": entry.delta,
                        "balance_after": entry.balance_after,
                        "reason": entry.reason,
                        "source": entry.source,
                        "ref": entry.ref,
                    },
                ),
            )
        for guard in self.guards:
            tx.save(guard, condition=RefGuard.pk.does_not_exist(), return_values="ALL_OLD")
        for event in self.events:
            stage(tx, event)

    def committed(self) -> Snapshot:
        """After the transaction commits: remember the new state as this container's guess."""
        return remember(self.after)


@dataclass
class Failure:
    """Why a transaction was cancelled: the items whose condition failed, as they are now."""

    items: dict[tuple[str, str], dict[str, Any]]
    unexplained: int

    def raw(self, pk: str, sk: str) -> dict[str, Any] | None:
        return self.items.get((pk, sk))

    def model(self, cls: type[M], pk: str, sk: str) -> M | None:
        raw = self.raw(pk, sk)
        return cls.from_raw_data(raw) if raw is not None else None

    def account(self, member_id: str) -> Snapshot | None:
        item = self.model(Account, *Account.key(member_id))
        return remember(Snapshot.of(member_id, item)) if item is not None else None

    def guard(self, member_id: str | None = None) -> RefGuard | None:
        for (pk, sk), raw in self.items.items():
            if sk.startswith("REF#") and (member_id is None or pk == f"MEMBER#{member_id}"):
                return RefGuard.from_raw_data(raw)
        return None


def explain(exc: TransactWriteError) -> Failure:
    """Map a cancelled transaction to the failed items; anything but a lost race re-raises."""
    failed = cancelled(exc)
    return Failure(items=failed.items, unexplained=failed.itemless)
