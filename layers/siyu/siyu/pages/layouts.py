"""Page layouts: versions drafted, previewed, published and rolled back; the published
layout per member with audience rules and experiment variants applied.

| pk | sk | item |
| --- | --- | --- |
| `PAGE#<page>` | `VERSION#<version>` | `PageVersion`: a validated layout, immutable once written |
| `PAGE#<page>` | `PUBLISHED` | `PublishedPointer`: the live version *with a copy of its layout* |

Publishing is one PutItem of the pointer carrying the whole layout, so a reader gets
either the old layout or the new one, never a mix."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from pydantic import ValidationError
from pynamodb.attributes import UnicodeAttribute
from pynamodb.exceptions import DoesNotExist, PutError
from pynamodb.models import Model

from siyu import clock
from siyu.db import table_meta
from siyu.errors import NotFound, ValidationFailed, define_error
from siyu.experiments import core as experiments
from siyu.experiments.schemas import Audience
from siyu.page_modules import Module, ModuleAudience, dump_layout, layout_adapter

VersionExists = define_error("PAGE_VERSION_EXISTS", 409, "该页面版本已存在且内容不同")
VersionNeverPublished = define_error("PAGE_VERSION_NEVER_PUBLISHED", 409, "只能回滚到曾经发布过的版本")
PageNotPublished = define_error("PAGE_NOT_PUBLISHED", 404, "页面尚未发布")


class PageVersion(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    layout = UnicodeAttribute()  # JSON
    created_at = UnicodeAttribute()
    published_at = UnicodeAttribute(null=True)


class PublishedPointer(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="PUBLISHED")
    version = UnicodeAttribute()
    layout = UnicodeAttribute()
    published_at = UnicodeAttribute()


def _pk(page: str) -> str:
    return f"PAGE#{page}"


def validate_layout(raw: Any) -> list[Module]:
    """A layout from input, or VALIDATION_ERROR naming each field at fault."""
    try:
        modules = layout_adapter.validate_python(raw)
    except ValidationError as exc:
        raise ValidationFailed(
            details=[
                {
                    "field": ".".join(str(p) for p in ("layout", *e["loc"])),
                    "reason": e["type"],
                    "message": e["msg"],
                }
                for e in exc.errors()
            ]
        ) from None
    ids = [m.id for m in modules]
    if len(set(ids)) != len(ids):
        raise ValidationFailed(
            details=[{"field": "layout", "reason": "duplicate_id", "message": "module ids must be unique"}]
        )
    return modules


def save_draft(page: str, version: str, raw_layout: Any) -> list[dict[str, Any]]:
    """Write a version (a natural key: a retry with the same layout succeeds, a different
    layout under the same version is refused)."""
    layout = dump_layout(validate_layout(raw_layout))
    body = json.dumps(layout, ensure_ascii=False, sort_keys=True)
    try:
        PageVersion(pk=_pk(page), sk=f"VERSION#{version}", layout=body, created_at=clock.now_iso()).save(
            condition=PageVersion.sk.does_not_exist() | (PageVersion.layout == body)
        )
    except PutError as exc:
        if exc.cause_response_code == "ConditionalCheckFailedException":
            raise VersionExists(details={"version": version}) from None
        raise
    return layout


def get_version(page: str, version: str) -> PageVersion:
    try:
        return PageVersion.get(_pk(page), f"VERSION#{version}")
    except DoesNotExist:
        raise NotFound(details={"page": page, "version": version}) from None


def version_json(page: str, version: str) -> dict[str, Any]:
    item = get_version(page, version)
    pointer = _pointer(page)
    return {
        "page": page,
        "version": version,
        "layout": json.loads(item.layout),
        "created_at": item.created_at,
        "published_at": item.published_at,
        "live": pointer is not None and pointer.version == version,
    }


def list_versions(page: str) -> list[dict[str, Any]]:
    published = _pointer(page)
    return [
        {
            "version": v.sk.removeprefix("VERSION#"),
            "created_at": v.created_at,
            "published_at": v.published_at,
            "live": published is not None and published.version == v.sk.removeprefix("VERSION#"),
        }
        for v in PageVersion.query(_pk(page), PageVersion.sk.startswith("VERSION#"))
    ]


def publish(page: str, version: str, *, rollback: bool = False) -> dict[str, Any]:
    """Make `version` live: one PutItem of the pointer carrying the layout."""
    item = get_version(page, version)
    if rollback and item.published_at is None:
        raise VersionNeverPublished(details={"version": version})
    now = clock.now_iso()
    PublishedPointer(pk=_pk(page), version=version, layout=item.layout, published_at=now).save()
    if item.published_at is None:  # history only: which versions may be rolled back to
        item.update(actions=[PageVersion.published_at.set(now)])
    return {"page": page, "version": version, "published_at": now}


def _pointer(page: str) -> PublishedPointer | None:
    try:
        return PublishedPointer.get(_pk(page), "PUBLISHED")
    except DoesNotExist:
        return None


@dataclass(frozen=True)
class Viewer:
    """Who is looking: a member (with the facts audiences need) or an anonymous device."""

    unit_id: str | None  # member id, else device id, else None
    is_member: bool = False
    registered_at: str | None = None
    level_rank: int | None = None


def _in_audience(audience: ModuleAudience | Audience | None, viewer: Viewer) -> bool:
    if audience is None:
        return True
    if audience.new_members_only:
        if viewer.registered_at is None:
            return not viewer.is_member  # an anonymous visitor is as new as it gets
        cutoff = clock.iso(clock.now() - timedelta(days=audience.new_member_days))
        if viewer.registered_at < cutoff:
            return False
    rank = viewer.level_rank if viewer.level_rank is not None else 0
    if audience.min_level_rank is not None and rank < audience.min_level_rank:
        return False
    return not (audience.max_level_rank is not None and rank > audience.max_level_rank)


def render(page: str, layout: list[dict[str, Any]], viewer: Viewer) -> dict[str, Any]:
    """Apply running experiments on this page (variant layout or module overrides), then
    drop modules outside the viewer's audience. Lists the variants shown, so the client
    reports the exposure when it actually shows them."""
    shown: list[dict[str, str]] = []
    for definition in experiments.list_all():
        if definition.page != page or not definition.running() or viewer.unit_id is None:
            continue
        if not _in_audience(definition.audience, viewer):
            continue
        variant_name = experiments.assigned_variant(definition, viewer.unit_id)
        variant = next(v for v in definition.variants if v.name == variant_name)
        if variant.layout is not None:
            layout = dump_layout(list(variant.layout))
        elif variant.module_overrides:
            merged = [{**m, **variant.module_overrides.get(str(m["id"]), {})} for m in layout]
            layout = dump_layout(layout_adapter.validate_python(merged))
        shown.append({"experiment": definition.key, "variant": variant_name})
    modules = [m for m in layout_adapter.validate_python(layout) if _in_audience(m.audience, viewer)]
    return {"page": page, "modules": dump_layout(modules), "experiments": shown}


def published_for(page: str, viewer: Viewer) -> dict[str, Any]:
    pointer = _pointer(page)
    if pointer is None:
        raise PageNotPublished(details={"page": page})
    rendered = render(page, json.loads(pointer.layout), viewer)
    return {**rendered, "version": pointer.version}


def preview(page: str, version: str, viewer: Viewer) -> dict[str, Any]:
    return {**render(page, json.loads(get_version(page, version).layout), viewer), "version": version}


def ship_variant(key: str, variant_name: str) -> dict[str, Any]:
    """ "Ship the winner": the variant's layout (its own, or the live layout with its module
    overrides) saved as version `<key>-<variant>` and published; the experiment stops.
    A retry saves the same version, publishes it again and leaves the experiment stopped."""
    definition = experiments.get(key)
    variant = next((v for v in definition.variants if v.name == variant_name), None)
    if variant is None:
        raise experiments.UnknownVariant(details={"variant": variant_name})
    if variant.layout is not None:
        layout: list[dict[str, Any]] = dump_layout(list(variant.layout))
    else:
        pointer = _pointer(definition.page)
        if pointer is None:
            raise PageNotPublished(details={"page": definition.page})
        live = json.loads(pointer.layout)
        layout = [{**m, **variant.module_overrides.get(str(m["id"]), {})} for m in live]
    version = f"{key}-{variant_name}"[:40].rstrip("-_")
    save_draft(definition.page, version, layout)
    published = publish(definition.page, version)
    experiments.stop(key)
    return {**published, "experiment": key, "variant": variant_name}
