"""Helpers every test folder shares: tokens, members, domain events, waiting, API calls.

Import from here rather than copying into a folder's own `support.py`:

    from tests.support import admin_token, event_data, events, make_member, member_token, wait_for
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from siyu import clock
from siyu.auth import tokens
from siyu.events import OutboxItem
from siyu.ids import new_id
from siyu.members.models import Member

LONG = 20 * 365 * 24 * 3600  # tokens that outlive any clock a test moves or freezes


# ---------------------------------------------------------------- tokens
def member_token(member_id: str, ttl: int = LONG) -> str:
    return tokens.issue(member_id, "access", ttl)


def admin_token(role: str = "operator", admin_id: str = "admin-1", ttl: int = LONG) -> str:
    return tokens.issue(admin_id, "admin", ttl, role=role)


# ---------------------------------------------------------------- members
def make_member(
    member_id: str | None = None, *, joined_days_ago: float = 0, open_id: str | None = None
) -> Member:
    """A member profile as login leaves it (created now, or `joined_days_ago`)."""
    member_id = member_id or new_id()
    member = Member(
        *Member.key(member_id),
        member_id=member_id,
        open_id=open_id or f"openid-{member_id}",
        created_at=clock.iso(clock.now() - timedelta(days=joined_days_ago)),
    )
    member.save()
    return member


# ---------------------------------------------------------------- domain events (the outbox)
def events(kind: str | None = None) -> list[OutboxItem]:
    """Domain events staged so far (a test-only Scan of the outbox), of one type or all."""
    return [e for e in OutboxItem.scan() if kind is None or e.type == kind]


def event_data(kind: str) -> list[dict[str, Any]]:
    return [json.loads(e.data) for e in events(kind)]


# ---------------------------------------------------------------- waiting for asynchronous work
def wait_for(check: Callable[[], Any], what: str = "", timeout: float = 15.0, interval: float = 0.1) -> Any:
    """Poll until `check()` returns something truthy (asynchronous deliveries), or fail
    naming `what` was awaited (default: the check's source line)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what or _describe(check)}; last value {value!r}")
        time.sleep(interval)


def _describe(check: Callable[[], Any]) -> str:
    import inspect

    try:
        return inspect.getsource(check).strip()
    except (OSError, TypeError):
        return getattr(check, "__qualname__", repr(check))
