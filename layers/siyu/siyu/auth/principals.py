"""Who is calling. Routes declare `member: CurrentMember` or `admin: OperatorAdmin` and the
resolver injects the verified caller (or answers 401/403 before the route runs)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from aws_lambda_powertools.event_handler import Depends
from aws_lambda_powertools.event_handler.request import Request

from siyu.auth import tokens
from siyu.errors import Forbidden, Unauthenticated

# Higher rank includes everything below: an owner may do what an operator may.
ROLE_RANK = {"analyst": 1, "operator": 2, "owner": 3}


@dataclass(frozen=True)
class MemberPrincipal:
    member_id: str


@dataclass(frozen=True)
class AdminPrincipal:
    admin_id: str
    role: str
    username: str | None = None


def bearer_token(request: Request) -> str:
    value = request.headers.get("authorization") or request.headers.get("Authorization") or ""
    scheme, _, token = value.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated()
    return token.strip()


READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def verify_member(request: Request) -> MemberPrincipal:
    """The member of the bearer token, without counting the request against any limit."""
    claims = tokens.verify(bearer_token(request), "access")
    return MemberPrincipal(member_id=claims.sub)


def member_principal(request: Request) -> MemberPrincipal:
    """The member; every mutating member request counts against their write limit (429)."""
    member = verify_member(request)
    if request.method.upper() not in READ_METHODS:
        from siyu import ratelimit  # DynamoDB (PynamoDB): loaded by the first write, not at import

        ratelimit.member_writes().hit(member.member_id)
    return member


def _admin_with(min_role: str) -> object:
    def dependency(request: Request) -> AdminPrincipal:
        from siyu.auth import admins  # DynamoDB (PynamoDB): loaded by the first admin request

        claims = tokens.verify(bearer_token(request), "admin")
        role = admins.current_role(claims)  # revoked tokens (disabled, logged out) end here
        if ROLE_RANK.get(role, 0) < ROLE_RANK[min_role]:
            raise Forbidden(details={"required_role": min_role, "role": role})
        return AdminPrincipal(admin_id=claims.sub, role=role, username=claims.usr)

    return dependency


CurrentMember = Annotated[MemberPrincipal, Depends(member_principal)]
# Not counted against the member write limit: ONLY for a route whose own per-member guard
# makes the extra write per request a cost without a use — the flash-sale purchase, where
# sold-out attempts in a crush must stay reads only (its per-member limit and idempotent
# units bound what one member can do).
UnmeteredMember = Annotated[MemberPrincipal, Depends(verify_member)]
AnalystAdmin = Annotated[AdminPrincipal, Depends(_admin_with("analyst"))]
OperatorAdmin = Annotated[AdminPrincipal, Depends(_admin_with("operator"))]
OwnerAdmin = Annotated[AdminPrincipal, Depends(_admin_with("owner"))]
CurrentAdmin = AnalystAdmin
