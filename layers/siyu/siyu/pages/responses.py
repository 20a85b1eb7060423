"""The success bodies of the page-layout and experiment admin routes, for the API contract."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from siyu.experiments.core import ExperimentDef


class Draft(BaseModel):
    page: str
    version: str
    layout: list[dict[str, Any]]


class VersionInfo(BaseModel):
    version: str
    created_at: str
    published_at: str | None
    live: bool


class Version(VersionInfo):
    page: str
    layout: list[dict[str, Any]]


class Shown(BaseModel):
    experiment: str
    variant: str


class RenderedPage(BaseModel):
    """A layout as one viewer sees it: running experiments applied, modules outside the
    viewer's audience dropped; `experiments` lists the variants shown (report their exposure)."""

    page: str
    version: str
    modules: list[dict[str, Any]]
    experiments: list[Shown]


class ModuleKinds(BaseModel):
    kinds: dict[str, dict[str, Any]] = Field(description="each module kind's JSON schema, by kind")


class Versions(BaseModel):
    page: str
    versions: list[VersionInfo]


class Published(BaseModel):
    page: str
    version: str
    published_at: str


class Shipped(Published):
    experiment: str
    variant: str


class Exposure(BaseModel):
    experiment: str
    variant: str = Field(description="the stored variant, which the client must show")
    recorded: bool = Field(description="false when this viewer's exposure was already recorded")


class SampleSize(BaseModel):
    per_variant: int
    total: int
    baseline: float
    mde: float


class Experiments(BaseModel):
    experiments: list[ExperimentDef]
