"""Hooks for capabilities that create orders of their own (a flash sale, a group-buy).

An order carries `source` and `source_ref`. When an order of a source closes unpaid
(cancel, timeout) or is refunded, the hook registered for that source adds its own items
to the same transaction — e.g. the flash sale gives its unit back exactly when the order
releases its stock. The OrderCancelled / OrderExpired / OrderRefunded events carry
`source` and `source_ref` too, for consumers that prefer events.

A module that registers hooks must be imported wherever orders close (the orders
functions): list it in HOOK_MODULES.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Literal

from pynamodb.transactions import TransactWrite

from siyu.orders.models import Order

CloseReason = Literal["cancel", "timeout", "refund"]
ReleaseHook = Callable[[TransactWrite, Order, CloseReason], None]

# Modules that call register_release_hook at import, e.g. "siyu.flash_sales.order_hooks".
HOOK_MODULES: tuple[str, ...] = ("siyu.flash_sales.ordering", "siyu.group_buys.ordering")

_hooks: dict[str, ReleaseHook] = {}
_loaded = False


def register_release_hook(source: str, hook: ReleaseHook) -> None:
    """`hook(tx, order, reason)` runs inside the transaction that closes or refunds an order
    whose `source` is `source`. It may only add items to `tx`."""
    _hooks[source] = hook


def stage_release_hooks(tx: TransactWrite, order: Order, reason: CloseReason) -> None:
    global _loaded
    if not _loaded:
        for module in HOOK_MODULES:
            importlib.import_module(module)
        _loaded = True
    hook = _hooks.get(order.source)
    if hook is not None:
        hook(tx, order, reason)
