"""Abuse rules for every campaign: hard rate limits (a help over them is refused) and the
flags raised for operators (a flagged help is recorded with its reasons, and counts only if
`count_flagged`). One item in the campaigns table, cached per container for CACHE_SECONDS."""

from __future__ import annotations

from siyu import clock
from siyu.assist.models import RulesItem
from siyu.assist.schemas import AssistRules
from siyu.cache import TimedCache

CACHE_SECONDS = 30.0

FRESH_ACCOUNT = "FRESH_ACCOUNT"
INITIATOR_BURST = "INITIATOR_BURST"


_cached: TimedCache[str, AssistRules] = TimedCache(CACHE_SECONDS)


def _read() -> AssistRules:
    try:
        return AssistRules.model_validate_json(RulesItem.get(*RulesItem.key(), consistent_read=True).data)
    except RulesItem.DoesNotExist:
        return AssistRules()


def load() -> AssistRules:
    """The current rules (one GetItem, then cached for CACHE_SECONDS in this container)."""
    return _cached.get_or_load("rules", _read)


def save(rules: AssistRules, actor: str | None = None) -> AssistRules:
    RulesItem(
        *RulesItem.key(), data=rules.model_dump_json(), updated_at=clock.now_iso(), updated_by=actor
    ).save()
    reset()
    return rules


def reset() -> None:
    _cached.forget()
