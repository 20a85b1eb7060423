"""Who may claim a template: everyone, new members (registered within N days), or members
of some levels.

"New member" is enforced inside the claim transaction (a ConditionCheck on the member's
profile `created_at`), so it costs no extra round trip. Levels belong to the members
capability: the level is asked of `siyu.members.levels.benefits(member_id)`, or of a resolver
installed with `set_level_resolver` (tests).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from siyu import clock
from siyu.members import levels

LevelResolver = Callable[[str], str | None]
_resolver: LevelResolver | None = None


def set_level_resolver(resolver: LevelResolver | None) -> None:
    """Install how a member's level key is found (None: back to the members capability)."""
    global _resolver
    _resolver = resolver


def _members_level(member_id: str) -> str | None:
    return levels.benefits(member_id).level_key


def member_level(member_id: str) -> str | None:
    return (_resolver or _members_level)(member_id)


def new_member_cutoff(days: int) -> str:
    """Members created at or after this instant count as new."""
    return clock.iso(clock.now() - timedelta(days=days))
