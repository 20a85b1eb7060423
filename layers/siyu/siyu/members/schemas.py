"""The members API's shapes: the operations team's rules (check-in, tasks, the level ladder,
the birthday reward) and a gift's definition. Free of DynamoDB, so the route signatures and
the API contract load without the domain (docs/DEVELOPING.md, Import rules); the rules'
storage is `siyu.members.rules`, the gifts' `siyu.members.gifts`."""

from __future__ import annotations

import itertools
from typing import Annotated, Literal

from pydantic import ConfigDict, Field, HttpUrl, field_validator, model_validator

from siyu.base_model import SiyuModel

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,31}$", description="a-z, 0-9, _ and -")]
Points = Annotated[int, Field(ge=0, le=1_000_000)]


class StreakBonus(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    day: int = Field(ge=1, le=366, description="streak day that earns the bonus, e.g. 7")
    points: Points


class CheckinRules(SiyuModel):
    """Points per check-in: `base_points` plus the bonus of the streak day reached."""

    model_config = ConfigDict(extra="forbid")

    base_points: Points = 5
    streak_bonuses: list[StreakBonus] = Field(default_factory=list, max_length=31)
    cycle_days: int | None = Field(
        default=None, ge=2, le=366, description="bonuses repeat every N days of a streak (e.g. 7)"
    )
    makeup_window_days: int = Field(
        default=0, ge=0, le=30, description="a missed day within this many days may be made up; 0 = off"
    )
    makeup_cost_points: Points = 0
    makeup_max_per_month: int = Field(default=3, ge=0, le=31)

    @model_validator(mode="after")
    def _unique_days(self) -> CheckinRules:
        days = [b.day for b in self.streak_bonuses]
        if len(days) != len(set(days)):
            raise ValueError("streak_bonuses: each day at most once")
        if self.cycle_days is not None and any(d > self.cycle_days for d in days):
            raise ValueError("streak_bonuses: a bonus day cannot exceed cycle_days")
        return self

    def bonus_for(self, streak: int) -> int:
        day = (streak - 1) % self.cycle_days + 1 if self.cycle_days else streak
        return sum(b.points for b in self.streak_bonuses if b.day == day)

    def points_for(self, streak: int) -> int:
        return self.base_points + self.bonus_for(streak)


TaskKind = Literal["checkin", "share", "comment", "browse", "first_order", "invite", "assist"]
# Tasks a member reports; the others complete only from what the server sees happen
# (comment: a review, siyu.reviews).
CLIENT_TASK_KINDS: frozenset[str] = frozenset({"share", "browse"})


class TaskBody(SiyuModel):
    """A task as the admin route takes it (the id is in the path)."""

    model_config = ConfigDict(extra="forbid")

    kind: TaskKind
    title: str = Field(min_length=1, max_length=32)
    description: str = Field(default="", max_length=200)
    points: Points
    period: Literal["day", "once"] = "day"
    limit: int = Field(default=1, ge=1, le=100, description="completions per period")
    browse_seconds: int | None = Field(default=None, ge=3, le=3600, description="browse tasks only")
    enabled: bool = True
    sort: int = Field(default=0, ge=0, le=9999)

    @model_validator(mode="after")
    def _consistent(self) -> TaskBody:
        if (self.kind == "browse") != (self.browse_seconds is not None):
            raise ValueError("browse_seconds is required for browse tasks and only for them")
        if self.kind == "checkin" and (self.period != "day" or self.limit != 1):
            raise ValueError("a check-in task is daily with limit 1")
        if self.kind == "first_order" and self.period != "once":
            raise ValueError("a first-order task is once-only")
        return self


class TaskRule(TaskBody):
    task_id: Slug

    @property
    def client_claimable(self) -> bool:
        return self.kind in CLIENT_TASK_KINDS

    def period_key(self, day: str) -> str:
        return day if self.period == "day" else "ONCE"


class LevelRule(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    key: Slug
    name: str = Field(min_length=1, max_length=16)
    threshold: int = Field(ge=0, le=10_000_000_000, description="growth needed (points or fen)")
    discount_bp: int = Field(
        default=0, ge=0, le=5000, description="discount in basis points: 500 = 5% off (9.5折)"
    )
    coupon_template_ids: list[Annotated[str, Field(min_length=1, max_length=64)]] = Field(
        default_factory=list, max_length=20, description="coupons only this level may claim"
    )
    perks: list[Annotated[str, Field(min_length=1, max_length=40)]] = Field(
        default_factory=list, max_length=10, description="benefits shown to members"
    )


class LevelRules(SiyuModel):
    """The ladder, lowest first. Growth is points earned or money spent (fen), never decreasing
    with spending points."""

    model_config = ConfigDict(extra="forbid")

    growth_basis: Literal["points_earned", "spent_fen"] = "points_earned"
    levels: list[LevelRule] = Field(min_length=1, max_length=20)

    @model_validator(mode="after")
    def _ladder(self) -> LevelRules:
        if self.levels[0].threshold != 0:
            raise ValueError("the first level has threshold 0")
        thresholds = [lv.threshold for lv in self.levels]
        if any(b <= a for a, b in itertools.pairwise(thresholds)):
            raise ValueError("thresholds must increase strictly")
        keys = [lv.key for lv in self.levels]
        if len(keys) != len(set(keys)):
            raise ValueError("level keys must be unique")
        return self

    def level_for(self, growth: int) -> LevelRule:
        reached = self.levels[0]
        for level in self.levels:
            if growth >= level.threshold:
                reached = level
        return reached

    def rank(self, key: str | None) -> int:
        for index, level in enumerate(self.levels):
            if level.key == key:
                return index
        return -1

    def next_after(self, key: str) -> LevelRule | None:
        index = self.rank(key)
        return self.levels[index + 1] if 0 <= index < len(self.levels) - 1 else None


class BirthdayRule(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    points: Points = 0
    coupon_template_id: str | None = Field(
        default=None, min_length=1, max_length=64, description="granted once the coupons capability is live"
    )


class GiftDefinition(SiyuModel):
    """A gift as operations define it. `initial_stock` applies only when the gift is created;
    stock changes afterwards go through the stock route (redemptions change it concurrently)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=32)
    description: str = Field(default="", max_length=200)
    image_url: HttpUrl | None = None
    points_cost: int = Field(ge=1, le=1_000_000)
    per_member_limit: int = Field(default=1, ge=1, le=1000)
    valid_days: int = Field(default=30, ge=1, le=365, description="days a redemption code stays valid")
    active: bool = True
    sort: int = Field(default=0, ge=0, le=9999)
    initial_stock: int = Field(default=0, ge=0, le=1_000_000)

    @field_validator("image_url")
    @classmethod
    def _https(cls, v: HttpUrl | None) -> HttpUrl | None:
        if v is not None and v.scheme != "https":
            raise ValueError("image_url must be https")
        return v
