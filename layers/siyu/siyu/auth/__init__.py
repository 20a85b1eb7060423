"""Authentication: Siyu-issued member tokens, admin tokens with roles, and the route
dependencies that give a handler the caller it serves."""

from siyu.auth.principals import (
    AdminPrincipal,
    AnalystAdmin,
    CurrentAdmin,
    CurrentMember,
    MemberPrincipal,
    OperatorAdmin,
    OwnerAdmin,
)

__all__ = [
    "AdminPrincipal",
    "AnalystAdmin",
    "CurrentAdmin",
    "CurrentMember",
    "MemberPrincipal",
    "OperatorAdmin",
    "OwnerAdmin",
]
