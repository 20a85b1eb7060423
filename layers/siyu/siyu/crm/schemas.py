"""The CRM API's shapes: webhook endpoints, integrations and the CRM's own requests (contacts,
points). Free of DynamoDB, so the CRM routes declare them at import and load the domain
(PynamoDB, botocore) only in the routes that use it (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from siyu.base_model import SiyuModel
from siyu.crm import catalogue
from siyu.http import PlainText

Scope = Literal["members:read", "members:write", "points:write"]
SCOPES: tuple[str, ...] = ("members:read", "members:write", "points:write")
BATCH_MAX = 100
ExternalId = str
EXTERNAL_ID = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
PHONE = r"^1\d{10}$"
EventType = str


def known_types(value: list[str]) -> list[str]:
    unknown = sorted(set(value) - set(catalogue.NAMES))
    if unknown:
        raise ValueError(f"unknown event types {unknown}; known: {list(catalogue.NAMES)}")
    return sorted(set(value))


class EndpointSpec(SiyuModel):
    url: str = Field(min_length=8, max_length=2048, description="https (http only to loopback outside prod)")
    description: PlainText | None = Field(default=None, max_length=200)
    event_types: list[EventType] = Field(
        default_factory=list, max_length=len(catalogue.NAMES), description="empty: every type"
    )
    enabled: bool = True

    @field_validator("event_types")
    @classmethod
    def _known(cls, value: list[str]) -> list[str]:
        return known_types(value)


class EndpointPatch(SiyuModel):
    url: str | None = Field(default=None, min_length=8, max_length=2048)
    description: PlainText | None = Field(default=None, max_length=200)
    event_types: list[EventType] | None = None
    enabled: bool | None = None

    @field_validator("event_types")
    @classmethod
    def _known(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else known_types(value)


class IntegrationSpec(SiyuModel):
    name: PlainText = Field(min_length=1, max_length=60)
    scopes: list[Scope] = Field(min_length=1, max_length=len(SCOPES))


class ContactIn(SiyuModel):
    external_id: ExternalId = Field(pattern=EXTERNAL_ID, description="the CRM's id of the customer")
    phone: str | None = Field(default=None, pattern=PHONE, description="mainland mobile, 11 digits")
    name: PlainText | None = Field(default=None, max_length=60)
    attributes: dict[str, str | int | float | bool | None] | None = Field(
        default=None, max_length=50, description="kept as sent (CRM tier, tags, store)"
    )


class ContactBatch(SiyuModel):
    members: list[ContactIn] = Field(min_length=1, max_length=BATCH_MAX)


class AttachIn(SiyuModel):
    external_id: ExternalId = Field(pattern=EXTERNAL_ID)
    phone: str = Field(pattern=PHONE)


class PointsIn(SiyuModel):
    external_id: ExternalId = Field(pattern=EXTERNAL_ID)
    delta: int = Field(ge=-1_000_000, le=1_000_000, description="non-zero; negative takes points")
    reason: PlainText = Field(min_length=1, max_length=60)
    idempotency_key: str = Field(min_length=8, max_length=128, pattern=r"^[\x21-\x7e]+$")


class PointsBatch(SiyuModel):
    adjustments: list[PointsIn] = Field(min_length=1, max_length=BATCH_MAX)
