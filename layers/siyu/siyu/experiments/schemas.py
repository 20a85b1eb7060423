"""The experiments API's shapes: an experiment's definition and its results. Free of
DynamoDB, so the route signatures and the API contract load without the domain
(docs/DEVELOPING.md, Import rules); the rules are `siyu.experiments.core`."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field, model_validator

from siyu import clock
from siyu.base_model import SiyuModel
from siyu.page_modules import Layout

BUCKETS = 10_000
Key = Field(min_length=1, max_length=40, pattern=r"^[a-z0-9_-]+$")


class Variant(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Key
    weight: int = Field(ge=0, le=BUCKETS)
    # What the variant changes: module configurations by module id, or the whole layout.
    module_overrides: dict[str, dict[str, Any]] = Field(default_factory=dict, max_length=20)
    layout: Layout | None = None


class Audience(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    new_members_only: bool = False  # registered within `new_member_days`
    new_member_days: int = Field(default=30, ge=1, le=365)
    min_level_rank: int | None = Field(default=None, ge=0, le=50)
    max_level_rank: int | None = Field(default=None, ge=0, le=50)


class Metric(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    event: Literal["OrderPaid"] = "OrderPaid"
    window_days: int = Field(default=7, ge=1, le=90)


class ExperimentDef(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    key: str = Key
    name: str = Field(min_length=1, max_length=100)
    page: str = Key
    variants: list[Variant] = Field(min_length=1, max_length=10)  # the first is the control
    audience: Audience = Field(default_factory=Audience)
    primary_metric: Metric = Field(default_factory=Metric)
    secondary_metrics: list[Literal["revenue_per_member"]] = Field(
        default=["revenue_per_member"], max_length=1
    )
    minimum_detectable_effect: float = Field(default=0.1, gt=0, le=10)  # relative, 0.1 = +10%
    baseline_rate: float = Field(default=0.1, gt=0, lt=1)  # used until the control has conversions
    start_at: str | None = None
    stop_at: str | None = None

    @model_validator(mode="after")
    def _check(self) -> ExperimentDef:
        names = [v.name for v in self.variants]
        if len(set(names)) != len(names):
            raise ValueError("variant names must be unique")
        if sum(v.weight for v in self.variants) <= 0:
            raise ValueError("at least one variant needs a positive weight")
        return self

    @property
    def control(self) -> Variant:
        return self.variants[0]

    def running(self, at: str | None = None) -> bool:
        now = at or clock.now_iso()
        return (
            self.start_at is not None
            and self.start_at <= now
            and (self.stop_at is None or now < self.stop_at)
        )


class VariantResult(SiyuModel):
    variant: str
    is_control: bool
    weight: int
    exposures: int
    conversions: int
    rate: float
    rate_ci: tuple[float, float]
    uplift: float | None = None
    uplift_ci: tuple[float, float] | None = None
    z: float | None = None
    p_value: float | None = None
    chance_to_beat_control: float | None = None
    revenue_per_member_fen: float
    revenue_t: float | None = None
    revenue_p_value: float | None = None


class Results(SiyuModel):
    key: str
    status: Literal["draft", "running", "stopped"]
    variants: list[VariantResult]
    srm_chi_square: float | None
    srm_p_value: float | None
    srm_flagged: bool
    sample_needed_per_variant: int
    members_still_needed: int
    verdict: Literal["inconclusive", "winner", "no_difference", "sample_ratio_mismatch"]
    winner: str | None = None
