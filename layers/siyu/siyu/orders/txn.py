"""Why an order transaction was cancelled, item by item.

Every item the order flow stages asks for its old image on a failed condition
(ReturnValuesOnConditionCheckFailure=ALL_OLD), so a cancellation names the items that
refused. Reasons are mapped by the item they carry, never by position (pynamodb reorders
a transaction's items by kind). Items that come back without an image are the coupon's
steps (siyu.coupons stages them) and condition checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pynamodb.exceptions import TransactWriteError


@dataclass
class Cancelled:
    items: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    itemless: int = 0  # failed conditions that carried no item back
    conflict: bool = False  # another transaction was changing one of the items

    def item(self, pk: str, sk: str) -> dict[str, Any] | None:
        return self.items.get((pk, sk))

    def with_sk(self, prefix: str) -> list[dict[str, Any]]:
        return [raw for (_, sk), raw in self.items.items() if sk.startswith(prefix)]

    def with_pk(self, prefix: str) -> list[dict[str, Any]]:
        return [raw for (pk, _), raw in self.items.items() if pk.startswith(prefix)]

    @property
    def only_conflict(self) -> bool:
        return self.conflict and not self.items and not self.itemless


def cancelled(exc: TransactWriteError) -> Cancelled:
    """The failed items of a cancelled transaction; re-raises anything that is not a
    cancellation (throttling, validation, network)."""
    reasons = exc.cancellation_reasons
    if not reasons:
        raise exc
    result = Cancelled()
    for reason in reasons:
        if reason is None or reason.code in ("None", ""):
            continue
        if reason.code == "TransactionConflict":
            result.conflict = True
        elif reason.code == "ConditionalCheckFailed":
            raw = reason.raw_item
            if raw and "pk" in raw and "sk" in raw:
                result.items[(raw["pk"]["S"], raw["sk"]["S"])] = raw
            else:
                result.itemless += 1
        else:
            raise exc
    return result


def number(raw: dict[str, Any] | None, name: str) -> int | None:
    cell = (raw or {}).get(name) or {}
    return int(float(cell["N"])) if "N" in cell else None


def text(raw: dict[str, Any] | None, name: str) -> str | None:
    cell = (raw or {}).get(name) or {}
    return str(cell["S"]) if "S" in cell else None
