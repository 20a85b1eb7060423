"""The success bodies of the page-layout and experiment admin routes, for the API contract."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

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


class Versions(BaseModel):
    page: str
    versions: list[VersionInfo]


class Published(BaseModel):
    page: str
    version: str
    published_at: str


class Experiments(BaseModel):
    experiments: list[ExperimentDef]
