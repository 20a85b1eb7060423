"""Who may claim a template: everyone, new members (registered within N days), or members
of some levels.

"New member" is enforced inside the claim transaction (a ConditionCheck on the member's
profile `created_at`), so it costs no extra round trip. Levels belong to the members
capability: the level is asked of `siyu.members.levels.benefits(member_id)` when that
module exists, or of a resolver installed with `set_level_resolver` (tests, other setups).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import timedelta

from siyu import clock

LevelResolver = Callable[[str], str | None]
_resolver: LevelResolver | None = None


def set_level_resolver(resolver: LevelResolver | None) -> None:
    """Install how a member's level key is found (None: back to the members capability)."""
    global _resolver
    _resolver = resolver


def _members_level(member_id: str) -> str | None:
    try:
        levels = importlib.import_module("siyu.members.levels")
    except ImportError:  # the members capability is not deployed with this layer
        return None
    benefits = levels.benefits(member_id)
    for attr in ("level_key", "key", "level"):
        value = getattr(benefits, attr, None)
        if isinstance(value, str):
            return value
    return None


def member_level(member_id: str) -> str | None:
    return (_resolver or _members_level)(member_id)


def new_member_cutoff(days: int) -> str:
    """Members created at or after this instant count as new."""
    return clock.iso(clock.now() - timedelta(days=days))
