"""Experiments capability: server-driven page layouts and A/B experiments, with admin routes."""

from __future__ import annotations

from typing import Annotated, Any

from aws_lambda_powertools.event_handler import Depends, Response, content_types
from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.event_handler.request import Request
from pydantic import BaseModel, Field
from pynamodb.exceptions import DoesNotExist

from siyu.auth import AnalystAdmin, OperatorAdmin
from siyu.auth.principals import MemberPrincipal, member_principal
from siyu.errors import ValidationFailed
from siyu.experiments import core as experiments
from siyu.experiments.core import ExperimentDef
from siyu.http import entry_point, header, make_app
from siyu.members import levels
from siyu.members.models import Member, member_pk
from siyu.observability import metrics
from siyu.pages import layouts
from siyu.pages.layouts import Viewer

app = make_app()

PAGE_CACHE_SECONDS = 60
PathKey = Annotated[str, Path(min_length=1, max_length=40, pattern=r"^[a-z0-9_-]+$")]
BodyKey = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z0-9_-]+$")]


def optional_member(request: Request) -> MemberPrincipal | None:
    """A member when a token is sent (and valid); anonymous visitors see the page too."""
    if not (request.headers.get("authorization") or request.headers.get("Authorization")):
        return None
    return member_principal(request)


OptionalMember = Annotated[MemberPrincipal | None, Depends(optional_member)]


def _device_id() -> str | None:
    value = header(app, "X-Device-Id")
    if value is not None and not (1 <= len(value) <= 64):
        raise ValidationFailed(
            details=[{"field": "X-Device-Id", "reason": "string_too_long", "message": "1-64 chars"}]
        )
    return value


def _viewer(member: MemberPrincipal | None) -> Viewer:
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


@app.get("/v1/pages/<page>", summary="the published layout of a page for this viewer")
def get_page(page: PathKey, member: OptionalMember) -> Response[Any]:
    viewer = _viewer(member)
    body = layouts.published_for(page, viewer)
    # Only a response that depends on nobody may sit in a shared cache.
    anonymous = member is None and viewer.unit_id is None
    return _json(body, f"public, max-age={PAGE_CACHE_SECONDS}" if anonymous else "private, no-store")


class ExposureRequest(BaseModel):
    variant: str | None = Field(
        default=None,
        min_length=1,
        max_length=40,
        description="the variant the client showed (optional, never stored: the server assigns)",
    )


@app.post(
    "/v1/experiments/<key>/exposures",
    summary="the viewer was shown the experiment (recorded once)",
    description="The server assigns the variant; the answer carries the stored one, which the client "
    "must show. A differing `variant` in the request is not stored.",
)
def expose(key: PathKey, body: ExposureRequest, member: OptionalMember) -> dict[str, Any]:
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


class DraftRequest(BaseModel):
    layout: list[dict[str, Any]] = Field(min_length=1, max_length=30)


class RollbackRequest(BaseModel):
    to_version: BodyKey


@app.put("/v1/admin/pages/<page>/versions/<version>", summary="draft a layout version (immutable)")
def put_version(page: PathKey, version: PathKey, body: DraftRequest, admin: OperatorAdmin) -> dict[str, Any]:
    return {"page": page, "version": version, "layout": layouts.save_draft(page, version, body.layout)}


@app.get("/v1/admin/pages/<page>/versions", summary="versions of a page, the live one marked")
def get_versions(page: PathKey, admin: AnalystAdmin) -> dict[str, Any]:
    return {"page": page, "versions": layouts.list_versions(page)}


@app.get(
    "/v1/admin/pages/{page}/versions/{version}/preview", summary="a version as a given viewer would see it"
)
def preview_version(
    page: PathKey,
    version: PathKey,
    admin: AnalystAdmin,
    unit_id: Annotated[str | None, Query(max_length=64)] = None,
    new_member: Annotated[bool, Query()] = False,
    level_rank: Annotated[int, Query(ge=0, le=50)] = 0,
) -> dict[str, Any]:
    viewer = Viewer(
        unit_id=unit_id,
        is_member=unit_id is not None,
        registered_at=None if new_member else "2000-01-01T00:00:00Z",
        level_rank=level_rank,
    )
    return layouts.preview(page, version, viewer)


@app.post("/v1/admin/pages/<page>/versions/<version>/publish", summary="make a version live (atomic)")
def publish_version(page: PathKey, version: PathKey, admin: OperatorAdmin) -> dict[str, Any]:
    return layouts.publish(page, version)


@app.post("/v1/admin/pages/<page>/rollback", summary="make a previously published version live again")
def rollback(page: PathKey, body: RollbackRequest, admin: OperatorAdmin) -> dict[str, Any]:
    return layouts.publish(page, body.to_version, rollback=True)


# ---------------------------------------------------------------- admin: experiments


@app.put("/v1/admin/experiments/<key>", summary="create or replace an experiment")
def put_experiment(key: PathKey, body: ExperimentDef, admin: OperatorAdmin) -> dict[str, Any]:
    if body.key != key:
        raise ValidationFailed(
            details=[{"field": "key", "reason": "mismatch", "message": "key must match the path"}]
        )
    return experiments.to_json(experiments.save(body))


@app.get("/v1/admin/experiments", summary="every experiment")
def list_experiments(admin: AnalystAdmin) -> dict[str, Any]:
    return {"experiments": [experiments.to_json(d) for d in experiments.list_all()]}


@app.get("/v1/admin/experiments/<key>/results", summary="per-variant results with statistics and a verdict")
def experiment_results(key: PathKey, admin: AnalystAdmin) -> dict[str, Any]:
    return experiments.results(key).model_dump(mode="json")


handler = entry_point(app)
