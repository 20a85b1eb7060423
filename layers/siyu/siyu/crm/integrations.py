"""The merchant's CRM as a caller: one integration per connected system, each with its own
API key (`siyu_crm_<integration id>_<secret>`, shown once; only the SHA-256 of the secret is
stored — 256 random bits need no slow hash) and scopes. Routes declare the scope they need
with `integration: CrmMembersRead` / `CrmMembersWrite` / `CrmPointsWrite`; siyu.auth.security
checks it before validation and the OpenAPI document shows the `integration` scheme. Every
request counts against the integration's rate limit (`limit_crm_requests`, 429)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

from aws_lambda_powertools.event_handler import Depends
from aws_lambda_powertools.event_handler.request import Request

from siyu import clock
from siyu.auth.principals import bearer_token
from siyu.auth.security import Security
from siyu.cache import TimedCache
from siyu.config import get_settings
from siyu.crm.errors import ApiKeyInvalid, IntegrationNotFound
from siyu.crm.schemas import IntegrationSpec
from siyu.errors import Forbidden

if TYPE_CHECKING:
    from siyu import ratelimit
    from siyu.crm.models import Integration

PREFIX = "siyu_crm_"
_known: TimedCache[str, Integration] = TimedCache(30)  # a revoked key stops working within 30 s


@dataclass(frozen=True)
class IntegrationPrincipal:
    integration_id: str
    scopes: frozenset[str]


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def view(item: Integration, *, key: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "integration_id": item.integration_id,
        "name": item.name,
        "scopes": sorted(item.scopes),
        "enabled": item.enabled,
        "created_at": item.created_at,
    }
    if key is not None:
        out["api_key"] = key
    return out


def create(spec: IntegrationSpec, admin_id: str) -> dict[str, Any]:
    from siyu.crm.models import Integration
    from siyu.ids import new_id

    integration_id, secret, now = new_id(), secrets.token_urlsafe(32), clock.now_iso()
    item = Integration(
        *Integration.key(integration_id),
        integration_id=integration_id,
        name=spec.name,
        scopes=set(spec.scopes),
        key_hash=_hash(secret),
        created_at=now,
        created_by=admin_id,
        gsi1sk=f"{now}#{integration_id}",
    )
    item.save(condition=Integration.pk.does_not_exist())
    return view(item, key=f"{PREFIX}{integration_id}_{secret}")


def list_all() -> list[dict[str, Any]]:
    from siyu.crm.models import Integration

    return [view(i) for i in Integration.by_gsi1.query("INTEGRATIONS")]


def revoke(integration_id: str) -> dict[str, Any]:
    from pynamodb.exceptions import UpdateError

    from siyu.crm.models import Integration

    item = Integration(*Integration.key(integration_id))
    try:
        item.update(actions=[Integration.enabled.set(False)], condition=Integration.pk.exists())
    except UpdateError:
        raise IntegrationNotFound(details={"integration_id": integration_id}) from None
    _known.forget(integration_id)
    return view(item)


def verify(key: str) -> Integration:
    """The enabled integration whose key this is, else API_KEY_INVALID (nothing written)."""
    if not key.startswith(PREFIX) or len(key) < len(PREFIX) + 28:
        raise ApiKeyInvalid()
    integration_id, secret = key[len(PREFIX) : len(PREFIX) + 26], key[len(PREFIX) + 27 :]
    item = _known.get(integration_id)
    if item is None:
        from pynamodb.exceptions import DoesNotExist

        from siyu.crm.models import Integration

        try:
            item = Integration.get(*Integration.key(integration_id))
        except DoesNotExist:
            raise ApiKeyInvalid() from None
        _known.put(integration_id, item)
    if not item.enabled or not hmac.compare_digest(item.key_hash, _hash(secret)):
        raise ApiKeyInvalid()
    return item


def _checked(scope: str, request: Request) -> IntegrationPrincipal:
    item = verify(bearer_token(request))
    if scope not in item.scopes:
        raise Forbidden(details={"required_scope": scope, "scopes": sorted(item.scopes)})
    return IntegrationPrincipal(item.integration_id, frozenset(item.scopes))


def limit() -> ratelimit.Limit:
    from siyu import ratelimit

    return ratelimit.Limit.parse("crm", get_settings().limit_crm_requests)


def _scoped(scope: str) -> Any:
    """The route's dependency (metered), carrying what siyu.auth.security checks before
    validation (the same check, not metered) and writes into the OpenAPI document."""

    def verified(request: Request) -> IntegrationPrincipal:
        return _checked(scope, request)

    def dependency(request: Request) -> IntegrationPrincipal:
        principal = _checked(scope, request)
        limit().hit(principal.integration_id)
        return principal

    dependency.__name__ = f"integration_{scope.replace(':', '_')}"
    dependency.siyu_security = Security("integration", scope, verified)  # type: ignore[attr-defined]
    return dependency


CrmMembersRead = Annotated[IntegrationPrincipal, Depends(_scoped("members:read"))]
CrmMembersWrite = Annotated[IntegrationPrincipal, Depends(_scoped("members:write"))]
CrmPointsWrite = Annotated[IntegrationPrincipal, Depends(_scoped("points:write"))]
