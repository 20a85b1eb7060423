"""Demo data for the local runtime: a Shanghai milk-tea shop to click through.

Each module in this package seeds one capability's part of the demo and exposes::

    def seed() -> dict[str, str]:
        '''Write the capability's demo data; return lines to print at start-up
        (label → text, e.g. credentials, ids, URLs to try).'''

`seed()` runs in-process against the runtime's moto, with the functions' environment set,
so it calls the capability's own domain code (`siyu.<domain>`), never raw table writes
when a domain function exists. `context()` gives the API URL, the fake Kuaishou platform
(e.g. `context().kuaishou.issue_login_code(open_id=...)`) and the stack. The shop itself
(stores, menu, prices in fen) is plain data in `demo/shop.py`: capabilities seed from it
so that every part of the demo describes the same shop.

Modules run in `ORDER` (auth first, since other data belongs to members and staff); modules
not listed run afterwards in name order. Seeding runs on a clean start only: with
`--data-dir`, a restored state is kept as it is and the saved start-up lines are shown.
Long seeding that need not hold up the start goes through `in_background(target)`; the
runtime reports it (`seeding` in /_local/info) until it is done.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("siyu_local")

ORDER = (
    "shop",
    "auth",
    "members",
    "coupons",
    "orders",
    "flash_sales",
    "assist",
    "live",
    "tracking",
    "reports",
    "experiments",
)


@dataclass
class DemoContext:
    api_url: str
    kuaishou: Any  # siyu_local.fake_kuaishou.FakeKuaishou
    stack: Any  # siyu_local.template.Stack
    locallife: Any = None  # siyu_local.fake_locallife.FakeLocalLife (vouchers)


_context: DemoContext | None = None
_background: list[threading.Thread] = []


def in_background(target: Callable[[], object], name: str) -> None:
    """Seed on a thread after start-up (the runtime answers meanwhile)."""
    thread = threading.Thread(target=target, name=f"demo-{name}", daemon=True)
    _background.append(thread)
    thread.start()


def seeding() -> bool:
    """Whether background seeding is still writing."""
    return any(thread.is_alive() for thread in _background)


def context() -> DemoContext:
    if _context is None:
        raise RuntimeError("demo context is only available while the local runtime seeds")
    return _context


def modules() -> list[str]:
    found = {m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")}
    return [m for m in ORDER if m in found] + sorted(found - set(ORDER))


def seed_all(ctx: DemoContext) -> list[tuple[str, dict[str, str]]]:
    """Run every module's seed(); returns (module, lines) in order."""
    global _context
    _context = ctx
    printed = []
    try:
        for name in modules():
            module = importlib.import_module(f"{__name__}.{name}")
            seed = getattr(module, "seed", None)
            if seed is None:
                continue
            lines = seed() or {}
            printed.append((name, {str(k): str(v) for k, v in lines.items()}))
    finally:
        _context = None
    return printed
