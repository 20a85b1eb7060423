"""Experiments capability: server-driven page layouts and A/B experiments, with admin routes.

The domain (PynamoDB, botocore) is imported in the routes that use it, so importing this
module — every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler import Response, content_types
from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from pydantic import Field

from siyu.auth import AnalystAdmin, OperatorAdmin
from siyu.auth.security import OptionalMember
from siyu.base_model import SiyuModel
from siyu.errors import ValidationFailed
from siyu.experiments import stats
from siyu.experiments.schemas import ExperimentDef, Results
from siyu.http import entry_point, header, make_app, returns
from siyu.observability import metrics
from siyu.page_modules import module_schemas
from siyu.pages import responses as R

if TYPE_CHECKING:
    from siyu.auth.principals import MemberPrincipal
    from siyu.pages.layouts import Viewer

app = make_app()

PAGE_CACHE_SECONDS = 60
PathKey = Annotated[str, Path(min_length=1, max_length=40, pattern=r"^[a-z0-9_-]+$")]
BodyKey = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z0-9_-]+$")]


def _device_id() -> str | None:
    value = header(app, "X-Device-Id")
    if value is not None and not (1 <= len(value) <= 64):
        raise ValidationFailed(
            details=[{"field": "X-Device-Id", "reason": "string_too_long", "message": "1-64 chars"}]
        )
    return value


def _viewer(member: MemberPrincipal | None) -> Viewer:
    from pynamodb.exceptions import DoesNotExist

    from siyu.members import levels
    from siyu.members.models import Member, member_pk
    from siyu.pages.layouts import Viewer

    if member is None:
        return Viewer(unit_id=_device_id())
    try:
        registered_at = str(Member.get(member_pk(member.member_id), "PROFILE").created_at)
    except DoesNotExist:
        registered_at = None
    rank = levels.benefits(member.member_id).rank
    return Viewer(unit_id=member.member_id, is_member=True, registered_at=registered_at, level_rank=rank)


def _json(body: Any, cache_control: str) -> Response[Any]:
    import json

    return Response(
        status_code=200,
        content_type=content_types.APPLICATION_JSON,
        body=json.dumps(body, ensure_ascii=False),
        headers={"Cache-Control": cache_control},
    )


@app.get(
    "/v1/pages/<page>",
    responses=returns(R.RenderedPage),
    summary="the published layout of a page for this viewer",
)
def get_page(page: PathKey, member: OptionalMember) -> Response[Any]:
    from siyu.pages import layouts

    viewer = _viewer(member)
    body = layouts.published_for(page, viewer)
    # Only a response that depends on nobody may sit in a shared cache.
    anonymous = member is None and viewer.unit_id is None
    return _json(body, f"public, max-age={PAGE_CACHE_SECONDS}" if anonymous else "private, no-store")


class ExposureRequest(SiyuModel):
    variant: str | None = Field(
        default=None,
        min_length=1,
        max_length=40,
        description="the variant the client showed (optional, never stored: the server assigns)",
    )


@app.post(
    "/v1/experiments/<key>/exposures",
    responses=returns(R.Exposure),
    summary="the viewer was shown the experiment (recorded once)",
    description="The server assigns the variant; the answer carries the stored one, which the client "
    "must show. A differing `variant` in the request is not stored.",
)
def expose(key: PathKey, body: ExposureRequest, member: OptionalMember) -> dict[str, Any]:
    from siyu.experiments import core as experiments

    unit_id = member.member_id if member is not None else _device_id()
    if unit_id is None:
        raise ValidationFailed(
            details=[{"field": "X-Device-Id", "reason": "missing", "message": "login or device id"}]
        )
    variant, recorded = experiments.expose(key, unit_id, body.variant)
    if recorded:
        metrics.add_metric(name="ExperimentExposures", unit="Count", value=1)
    return {"experiment": key, "variant": variant, "recorded": recorded}


# ---------------------------------------------------------------- admin: pages


class DraftRequest(SiyuModel):
    layout: list[dict[str, Any]] = Field(min_length=1, max_length=30)


class RollbackRequest(SiyuModel):
    to_version: BodyKey


@app.put(
    "/v1/admin/pages/<page>/versions/<version>",
    responses=returns(R.Draft),
    summary="draft a layout version (immutable)",
)
def put_version(page: PathKey, version: PathKey, body: DraftRequest, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.pages import layouts

    return {"page": page, "version": version, "layout": layouts.save_draft(page, version, body.layout)}


@app.get(
    "/v1/admin/page-modules",
    responses=returns(R.ModuleKinds),
    summary="the module kinds a layout may hold, each with its JSON schema (for generated forms)",
)
def get_module_schemas(admin: AnalystAdmin) -> dict[str, Any]:
    return {"kinds": module_schemas()}


@app.get(
    "/v1/admin/pages/<page>/versions/<version>",
    responses=returns(R.Version),
    summary="one version of a page: its layout as saved",
)
def get_version(page: PathKey, version: PathKey, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.pages import layouts

    return layouts.version_json(page, version)


@app.get(
    "/v1/admin/pages/<page>/versions",
    responses=returns(R.Versions),
    summary="versions of a page, the live one marked",
)
def get_versions(page: PathKey, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.pages import layouts

    return {"page": page, "versions": layouts.list_versions(page)}


@app.get(
    "/v1/admin/pages/<page>/versions/<version>/preview",
    responses=returns(R.RenderedPage),
    summary="a version as a given viewer would see it",
)
def preview_version(
    page: PathKey,
    version: PathKey,
    admin: AnalystAdmin,
    unit_id: Annotated[str | None, Query(max_length=64)] = None,
    new_member: Annotated[bool, Query()] = False,
    level_rank: Annotated[int, Query(ge=0, le=50)] = 0,
) -> dict[str, Any]:
    from siyu.pages import layouts

    viewer = layouts.Viewer(
        unit_id=unit_id,
        is_member=unit_id is not None,
        registered_at=None if new_member else "2000-01-01T00:00:00Z",
        level_rank=level_rank,
    )
    return layouts.preview(page, version, viewer)


@app.post(
    "/v1/admin/pages/<page>/versions/<version>/publish",
    responses=returns(R.Published),
    summary="make a version live (atomic)",
)
def publish_version(page: PathKey, version: PathKey, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.pages import layouts

    return layouts.publish(page, version)


@app.post(
    "/v1/admin/pages/<page>/rollback",
    responses=returns(R.Published),
    summary="make a previously published version live again",
)
def rollback(page: PathKey, body: RollbackRequest, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.pages import layouts

    return layouts.publish(page, body.to_version, rollback=True)


# ---------------------------------------------------------------- admin: experiments


@app.put(
    "/v1/admin/experiments/<key>", responses=returns(ExperimentDef), summary="create or replace an experiment"
)
def put_experiment(key: PathKey, body: ExperimentDef, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.experiments import core as experiments

    if body.key != key:
        raise ValidationFailed(
            details=[{"field": "key", "reason": "mismatch", "message": "key must match the path"}]
        )
    return experiments.to_json(experiments.save(body))


@app.post(
    "/v1/admin/experiments/<key>/start",
    responses=returns(ExperimentDef),
    summary="start an experiment now (idempotent: a running experiment keeps its start time)",
)
def start_experiment(key: PathKey, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.experiments import core as experiments

    return experiments.to_json(experiments.start(key))


@app.post(
    "/v1/admin/experiments/<key>/stop",
    responses=returns(ExperimentDef),
    summary="stop an experiment now (idempotent: a stopped experiment keeps its stop time)",
)
def stop_experiment(key: PathKey, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.experiments import core as experiments

    return experiments.to_json(experiments.stop(key))


class ShipRequest(SiyuModel):
    variant: BodyKey


@app.post(
    "/v1/admin/experiments/<key>/ship",
    responses=returns(R.Shipped),
    summary="ship a variant: publish its layout on the experiment's page and stop the experiment",
)
def ship_variant(key: PathKey, body: ShipRequest, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.pages import layouts

    return layouts.ship_variant(key, body.variant)


@app.get(
    "/v1/admin/experiments/sample-size",
    responses=returns(R.SampleSize),
    summary="members needed per variant to detect a relative effect over a baseline conversion rate",
)
def sample_size(
    admin: AnalystAdmin,
    baseline: Annotated[float, Query(gt=0, lt=1, description="control conversion rate, e.g. 0.1")],
    mde: Annotated[float, Query(gt=0, le=10, description="relative effect to detect, e.g. 0.2 = +20%")],
    alpha: Annotated[float, Query(gt=0, lt=0.5)] = 0.05,
    power: Annotated[float, Query(gt=0.5, lt=1)] = 0.8,
    variants: Annotated[int, Query(ge=2, le=10)] = 2,
) -> dict[str, Any]:
    per_variant = stats.sample_size_per_variant(min(baseline, 0.99), mde, alpha, power)
    return {"per_variant": per_variant, "total": per_variant * variants, "baseline": baseline, "mde": mde}


@app.get("/v1/admin/experiments", responses=returns(R.Experiments), summary="every experiment")
def list_experiments(admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.experiments import core as experiments

    return {"experiments": [experiments.to_json(d) for d in experiments.list_all()]}


@app.get(
    "/v1/admin/experiments/<key>/results",
    responses=returns(Results),
    summary="per-variant results with statistics and a verdict",
)
def experiment_results(key: PathKey, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.experiments import core as experiments

    return experiments.results(key).model_dump(mode="json")


handler = entry_point(app)
