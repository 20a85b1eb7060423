"""What each route requires of its caller, declared once by the route's parameters
(`member: CurrentMember`, `admin: OperatorAdmin`, `member: OptionalMember`, none = public;
the merchant's CRM: `integration: CrmMembersWrite`, an API key with a scope, siyu.crm.integrations).

The same declaration serves two readers: `check()` runs it before Powertools validates the
body or query (an anonymous caller gets 401, never field details of a protected route), and
the OpenAPI generator turns it into the operation's `security`, `x-siyu-role` and 401/403."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal, get_args, get_origin, get_type_hints

from aws_lambda_powertools.event_handler import Depends
from aws_lambda_powertools.event_handler.request import Request

from siyu.auth import principals
from siyu.auth.principals import MemberPrincipal

Kind = Literal["public", "optional", "member", "admin", "integration"]
# Stronger requirement wins when a route depends on several (an admin route never runs anonymously).
_STRENGTH = {"public": 0, "optional": 1, "member": 2, "admin": 3, "integration": 3}


@dataclass(frozen=True)
class Security:
    kind: Kind
    role: str | None = None  # admin routes: the lowest role allowed; integration routes: the scope
    # The check run before validation: it verifies and never meters (the route's own
    # dependency runs again after validation and counts a member's write).
    dependency: Callable[..., Any] | None = None

    @property
    def scheme(self) -> str | None:
        """The OpenAPI security scheme name (components.securitySchemes)."""
        return {"member": "member", "optional": "member", "admin": "admin", "integration": "integration"}.get(
            self.kind
        )

    @property
    def error_codes(self) -> tuple[str, ...]:
        """Codes the check itself can answer."""
        if self.kind == "public":
            return ()
        if self.kind == "integration":
            return ("UNAUTHENTICATED", "API_KEY_INVALID", "FORBIDDEN", "RATE_LIMITED")
        codes = ("UNAUTHENTICATED", "TOKEN_INVALID", "TOKEN_EXPIRED")
        return (*codes, "FORBIDDEN") if self.kind == "admin" else codes


PUBLIC = Security("public")


def optional_member(request: Request) -> MemberPrincipal | None:
    """A member when a token is sent (and valid: a bad token is 401, not anonymity); else None."""
    if not (request.headers.get("authorization") or request.headers.get("Authorization")):
        return None
    return principals.verify_member(request)


OptionalMember = Annotated[MemberPrincipal | None, Depends(optional_member)]


def _dependency(alias: Any) -> Callable[..., Any]:
    return next(m.dependency for m in get_args(alias)[1:] if isinstance(m, Depends))


def _declared() -> dict[Callable[..., Any], Security]:
    verify_member = principals.verify_member
    found: dict[Callable[..., Any], Security] = {
        _dependency(principals.CurrentMember): Security("member", dependency=verify_member),
        _dependency(principals.UnmeteredMember): Security("member", dependency=verify_member),
        _dependency(OptionalMember): Security("optional", dependency=optional_member),
    }
    for alias, role in (
        (principals.AnalystAdmin, "analyst"),
        (principals.OperatorAdmin, "operator"),
        (principals.OwnerAdmin, "owner"),
    ):
        dependency = _dependency(alias)
        found[dependency] = Security("admin", role, dependency)
    return found


@cache
def _known() -> dict[Callable[..., Any], Security]:
    return _declared()


def _strongest(a: Security, b: Security) -> Security:
    if _STRENGTH[b.kind] != _STRENGTH[a.kind]:
        return b if _STRENGTH[b.kind] > _STRENGTH[a.kind] else a
    if a.kind == "admin":
        rank = principals.ROLE_RANK
        return b if rank[b.role or ""] > rank[a.role or ""] else a
    return a


@cache
def required(func: Callable[..., Any]) -> Security:
    """The security a route function (or dependency) declares through its parameters."""
    result = PUBLIC
    try:
        hints = get_type_hints(func, include_extras=True)
    except (NameError, TypeError):
        hints = {}
    for name in inspect.signature(func).parameters:
        hint = hints.get(name)
        if get_origin(hint) is not Annotated:
            continue
        for meta in get_args(hint)[1:]:
            if not isinstance(meta, Depends):
                continue
            # A principal declared elsewhere (the CRM's API keys, siyu.crm.integrations) carries
            # its Security on the dependency itself.
            declared = getattr(meta.dependency, "siyu_security", None)
            found = _known().get(meta.dependency) or declared or required(meta.dependency)
            result = _strongest(result, found)
    return result


def check(func: Callable[..., Any], request: Request) -> None:
    """Authenticate and authorise the caller of `func` (raises 401/403), before any validation."""
    security = required(func)
    if security.dependency is not None:
        security.dependency(request)


def auth_first(validation: Callable[..., Any]) -> Callable[..., Any]:
    """Wraps Powertools' request-validation middleware so the route's security runs first."""

    def middleware(app: Any, next_middleware: Callable[..., Any]) -> Any:
        route = app.context.get("_route")
        if route is not None:
            check(route.func, app.request)
        return validation(app, next_middleware)

    middleware.__name__ = "auth_first"
    return middleware
