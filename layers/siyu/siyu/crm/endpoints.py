"""Webhook endpoints: where the merchant's CRM receives events, which types, and the secret
that signs them. At most `webhook_max_endpoints` per stack (a counter taken in the same
transaction as the endpoint). A new or rotated secret is returned once and never again;
after a rotation the previous secret keeps signing for 24 hours (both signatures sent)."""

from __future__ import annotations

import ipaddress
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from pynamodb.exceptions import DoesNotExist, TransactWriteError, UpdateError

from siyu import clock
from siyu.config import get_settings
from siyu.crm.errors import EndpointLimit, EndpointNotFound, EndpointUrlInvalid
from siyu.crm.models import ENDPOINT_COUNT, Counter, Endpoint
from siyu.crm.schemas import EndpointPatch, EndpointSpec
from siyu.crm.signing import new_secret
from siyu.db import transaction
from siyu.ids import new_id
from siyu.txn import cancelled

ROTATION_OVERLAP = timedelta(hours=24)


def check_url(url: str) -> str:
    """https with a host; plain http only to a loopback address and never in prod."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme not in ("https", "http") or not host or parts.username or parts.password:
        raise EndpointUrlInvalid(details={"url": "https://host/path, no credentials"})
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = None
    prod = get_settings().stage == "prod"
    if parts.scheme == "http" and (prod or ip is None or not ip.is_loopback) and host != "localhost":
        raise EndpointUrlInvalid(details={"url": "https only (http to loopback outside prod)"})
    if prod and ip is not None and not ip.is_global:
        raise EndpointUrlInvalid(details={"url": "a public address"})
    return url


def view(endpoint: Endpoint, *, secret: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "endpoint_id": endpoint.endpoint_id,
        "url": endpoint.url,
        "description": endpoint.description,
        "event_types": sorted(endpoint.event_types or []),
        "enabled": endpoint.enabled,
        "disabled_reason": endpoint.disabled_reason,
        "failing_since": endpoint.failing_since,
        "rotation_overlap_until": endpoint.previous_until,
        "created_at": endpoint.created_at,
        "updated_at": endpoint.updated_at,
    }
    if secret is not None:
        out["secret"] = secret
    return out


def get(endpoint_id: str) -> Endpoint:
    try:
        return Endpoint.get(*Endpoint.key(endpoint_id), consistent_read=True)
    except DoesNotExist:
        raise EndpointNotFound(details={"endpoint_id": endpoint_id}) from None


def all_endpoints() -> list[Endpoint]:
    return list(Endpoint.by_gsi1.query("WEBHOOKS"))


def create(spec: EndpointSpec) -> dict[str, Any]:
    check_url(spec.url)
    now, endpoint_id, secret = clock.now_iso(), new_id(), new_secret()
    endpoint = Endpoint(
        *Endpoint.key(endpoint_id),
        endpoint_id=endpoint_id,
        url=spec.url,
        description=spec.description,
        event_types=set(spec.event_types) or None,
        enabled=spec.enabled,
        secret=secret,
        created_at=now,
        updated_at=now,
        gsi1sk=f"{now}#{endpoint_id}",
    )
    limit = get_settings().webhook_max_endpoints
    try:
        with transaction() as tx:
            tx.update(
                Counter(*ENDPOINT_COUNT),
                actions=[Counter.n.add(1)],
                condition=Counter.n.does_not_exist() | (Counter.n < limit),
                return_values="ALL_OLD",
            )
            tx.save(endpoint, condition=Endpoint.pk.does_not_exist())
    except TransactWriteError as exc:
        if cancelled(exc).item(*ENDPOINT_COUNT) is not None:
            raise EndpointLimit(details={"max_endpoints": limit}) from None
        raise
    return view(endpoint, secret=secret)


def update(endpoint_id: str, patch: EndpointPatch) -> dict[str, Any]:
    endpoint = get(endpoint_id)
    actions: list[Any] = [Endpoint.updated_at.set(clock.now_iso())]
    if patch.url is not None:
        actions.append(Endpoint.url.set(check_url(patch.url)))
    if patch.description is not None:
        actions.append(Endpoint.description.set(patch.description))
    if patch.event_types is not None:
        actions.append(
            Endpoint.event_types.set(set(patch.event_types))
            if patch.event_types
            else Endpoint.event_types.remove()
        )
    if patch.enabled is not None:
        actions.append(Endpoint.enabled.set(patch.enabled))
        if patch.enabled:  # re-enabled: a fresh start for the failing clock
            actions += [Endpoint.disabled_reason.remove(), Endpoint.failing_since.remove()]
        else:
            actions.append(Endpoint.disabled_reason.set("staff"))
    try:
        endpoint.update(actions=actions, condition=Endpoint.pk.exists())
    except UpdateError:
        raise EndpointNotFound(details={"endpoint_id": endpoint_id}) from None
    return view(endpoint)


def delete(endpoint_id: str) -> bool:
    """Remove the endpoint (its deliveries stay readable until they expire); idempotent."""
    try:
        with transaction() as tx:
            tx.delete(Endpoint(*Endpoint.key(endpoint_id)), condition=Endpoint.pk.exists())
            tx.update(Counter(*ENDPOINT_COUNT), actions=[Counter.n.add(-1)])
    except TransactWriteError as exc:
        if cancelled(exc).condition_failed:  # the only condition: the endpoint exists
            return False
        raise
    return True


def rotate(endpoint_id: str) -> dict[str, Any]:
    """A new secret (returned once); the current one keeps signing for 24 hours."""
    endpoint = get(endpoint_id)
    now = clock.now()
    secret = new_secret()
    try:
        endpoint.update(
            actions=[
                Endpoint.secret.set(secret),
                Endpoint.previous_secret.set(endpoint.secret),
                Endpoint.previous_until.set(clock.iso(now + ROTATION_OVERLAP)),
                Endpoint.updated_at.set(clock.iso(now)),
            ],
            condition=Endpoint.secret == endpoint.secret,  # two rotations at once: one wins
        )
    except UpdateError:
        return rotate(endpoint_id)
    return view(endpoint, secret=secret)


def signing_secrets(endpoint: Endpoint) -> list[str]:
    """The secrets to sign with now: the current one, and the previous one while it overlaps."""
    found = [endpoint.secret]
    if endpoint.previous_secret and endpoint.previous_until and endpoint.previous_until > clock.now_iso():
        found.append(endpoint.previous_secret)
    return found


def wants(endpoint: Endpoint, webhook_type: str) -> bool:
    return not endpoint.event_types or webhook_type in endpoint.event_types
