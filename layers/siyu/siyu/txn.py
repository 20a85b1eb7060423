"""Why a transaction was cancelled: the one reader of a TransactionCanceled's
CancellationReasons, for every capability.

Items staged with a condition can ask for their old image on a failed condition
(ReturnValuesOnConditionCheckFailure=ALL_OLD, pynamodb's `return_values="ALL_OLD"`), so a
cancellation names the items that refused. Map reasons by the item they carry whenever you
can (`item`, `with_sk`); pynamodb sends a transaction's items grouped by kind
(condition checks, deletes, puts, updates — each group in staging order), which is what
`refused` (per position) follows. Failed conditions without an image (condition checks,
items staged without ALL_OLD) are counted in `itemless` (positions in `itemless_at`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pynamodb.exceptions import TransactWriteError


@dataclass
class Cancelled:
    items: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    itemless: int = 0  # failed conditions that carried no item back
    itemless_at: list[int] = field(default_factory=list)
    refused: list[bool] = field(default_factory=list)  # per item sent: did its condition fail?
    conflict: bool = False  # another transaction was changing one of the items

    def item(self, pk: str, sk: str) -> dict[str, Any] | None:
        return self.items.get((pk, sk))

    def with_sk(self, prefix: str) -> list[dict[str, Any]]:
        return [raw for (_, sk), raw in self.items.items() if sk.startswith(prefix)]

    @property
    def only_conflict(self) -> bool:
        return self.conflict and not self.items and not self.itemless

    @property
    def condition_failed(self) -> bool:
        return any(self.refused)


def cancelled(exc: TransactWriteError) -> Cancelled:
    """The failed items of a cancelled transaction; re-raises anything that is not a lost
    race (throttling, validation, network, a reason other than a condition or a conflict)."""
    reasons = exc.cancellation_reasons
    if not reasons:
        raise exc
    result = Cancelled()
    for position, reason in enumerate(reasons):
        failed = reason is not None and reason.code == "ConditionalCheckFailed"
        result.refused.append(failed)
        if reason is None or reason.code in (None, "None", ""):
            continue
        if reason.code == "TransactionConflict":
            result.conflict = True
        elif failed:
            raw = reason.raw_item
            if raw and "pk" in raw and "sk" in raw:
                result.items[(raw["pk"]["S"], raw["sk"]["S"])] = raw
            else:
                result.itemless += 1
                result.itemless_at.append(position)
        else:
            raise exc
    return result


def number(raw: dict[str, Any] | None, name: str) -> int | None:
    cell = (raw or {}).get(name) or {}
    return int(float(cell["N"])) if "N" in cell else None


def text(raw: dict[str, Any] | None, name: str) -> str | None:
    cell = (raw or {}).get(name) or {}
    return str(cell["S"]) if "S" in cell else None


def value(raw: dict[str, Any] | None, name: str) -> float | str | None:
    """A number (as float) or a string attribute of a returned item."""
    cell = (raw or {}).get(name) or {}
    return float(cell["N"]) if "N" in cell else cell.get("S")
