"""Abuse rules for every campaign: hard rate limits (a help over them is refused) and the
flags raised for operators (a flagged help is recorded with its reasons, and counts only if
`count_flagged`). One item in the campaigns table, cached per container for CACHE_SECONDS."""

from __future__ import annotations

from pydantic import ConfigDict, Field

from siyu import clock
from siyu.assist.models import RulesItem
from siyu.base_model import SiyuModel
from siyu.cache import TimedCache

CACHE_SECONDS = 30.0

FRESH_ACCOUNT = "FRESH_ACCOUNT"
INITIATOR_BURST = "INITIATOR_BURST"


class Window(SiyuModel):
    """At most `max` in a fixed window of `minutes`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max: int = Field(ge=1, le=100_000)
    minutes: int = Field(ge=1, le=1440)

    def index(self, epoch_seconds: int) -> int:
        return epoch_seconds // (self.minutes * 60)

    def ends_at(self, epoch_seconds: int) -> int:
        return (self.index(epoch_seconds) + 1) * self.minutes * 60


class AssistRules(SiyuModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    helper_limit: Window = Field(
        default=Window(max=10, minutes=60),
        description="helps one member may give, across all campaigns (over it: ASSIST_HELPER_RATE_LIMITED)",
    )
    initiator_limit: Window = Field(
        default=Window(max=60, minutes=60),
        description="helps one member's assists may receive (over it: ASSIST_INITIATOR_RATE_LIMITED)",
    )
    burst: Window = Field(
        default=Window(max=8, minutes=5),
        description="more helps than this for one initiator within the window are flagged INITIATOR_BURST",
    )
    fresh_account_minutes: int = Field(
        default=2,
        ge=0,
        le=1440,
        description="a helper whose account is younger than this is flagged FRESH_ACCOUNT (0: off)",
    )
    count_flagged: bool = Field(
        default=True, description="false: flagged helps are recorded for review but do not count"
    )


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
