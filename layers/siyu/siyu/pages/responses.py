"""The success bodies of the page-layout and experiment admin routes, for the API contract."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from siyu.base_model import SiyuModel
from siyu.experiments.schemas import ExperimentDef


class Draft(SiyuModel):
    page: str
    version: str
    layout: list[dict[str, Any]]


class VersionInfo(SiyuModel):
    version: str
    created_at: str
    published_at: str | None
    live: bool


class Version(VersionInfo):
    page: str
    layout: list[dict[str, Any]]


class Shown(SiyuModel):
    experiment: str
    variant: str


class RenderedPage(SiyuModel):
    """A layout as one viewer sees it: running experiments applied, modules outside the
    viewer's audience dropped; `experiments` lists the variants shown (report their exposure)."""

    page: str
    version: str
    modules: list[dict[str, Any]]
    experiments: list[Shown]


class ModuleKinds(SiyuModel):
    kinds: dict[str, dict[str, Any]] = Field(description="each module kind's JSON schema, by kind")


class Versions(SiyuModel):
    page: str
    versions: list[VersionInfo]


class Published(SiyuModel):
    page: str
    version: str
    published_at: str


class Shipped(Published):
    experiment: str
    variant: str


class Exposure(SiyuModel):
    experiment: str
    variant: str = Field(description="the stored variant, which the client must show")
    recorded: bool = Field(description="false when this viewer's exposure was already recorded")


class SampleSize(SiyuModel):
    per_variant: int
    total: int
    baseline: float
    mde: float


class Experiments(SiyuModel):
    experiments: list[ExperimentDef]
