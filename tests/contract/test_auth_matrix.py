"""The auth matrix, generated from docs/openapi.json: every protected operation is called in
process (real API Gateway v2 events through its capability's handler) with no token, a
malformed one, one signed with another key, an expired one, a member token on admin routes
(and an admin token on member routes), and a role below the one required. Each answers 401
or 403 before its body or query is looked at (they are invalid on purpose: validation would
answer 400), and no table changes."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from siyu.auth import tokens
from siyu.auth.principals import ROLE_RANK
from siyu.aws import client
from siyu.crm.schemas import SCOPES
from siyu_local.openapi import http_functions
from siyu_local.template import default_stack
from tests.conftest import Api

DOC = json.loads((Path(__file__).resolve().parents[2] / "docs" / "openapi.json").read_text("utf-8"))
LONG = 3600
INVALID_BODY = {"__not_a_field__": [None]}
INVALID_QUERY = "limit=-1&month=not-a-month&state=__nope__&from=x&to=y&day=z"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _signed_with_other_key(sub: str, typ: str, role: str | None) -> str:
    claims: dict[str, Any] = {"sub": sub, "typ": typ, "exp": 4_102_444_800}
    if role:
        claims["role"] = role
    body = "v1." + _b64(json.dumps(claims).encode())
    return body + "." + _b64(hmac.new(b"not-the-signing-key", body.encode(), hashlib.sha256).digest())


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op)
        for path, item in DOC["paths"].items()
        for method, op in item.items()
        if op.get("security") not in ([], None)
    ]


def cases(op: dict[str, Any]) -> list[tuple[str, Callable[[], str | None], set[int]]]:
    """(case, token maker, allowed statuses) for one operation."""
    optional = {} in op["security"]
    admin = any("admin" in s for s in op["security"])
    typ = "admin" if admin else "access"
    role = op.get("x-siyu-role")
    top_role = "owner" if admin else None
    out: list[tuple[str, Callable[[], str | None], set[int]]] = [
        ("malformed token", lambda: "not.a-token", {401}),
        ("wrong signing key", lambda: _signed_with_other_key("m-1", typ, top_role), {401}),
        ("expired", lambda: tokens.issue("m-1", typ, -5, role=top_role), {401}),  # type: ignore[arg-type]
    ]
    if not optional:
        out.insert(0, ("no token", lambda: None, {401}))
    if admin:
        out.append(("member token on admin route", lambda: tokens.issue("m-1", "access", LONG), {401, 403}))
        lower = [r for r, rank in ROLE_RANK.items() if rank < ROLE_RANK[role]]
        if lower:
            below = max(lower, key=ROLE_RANK.__getitem__)
            out.append(
                (f"role {below} < {role}", lambda: tokens.issue("a-1", "admin", LONG, role=below), {403})
            )
    else:
        out.append(
            ("admin token on member route", lambda: tokens.issue("a-1", "admin", LONG, role="owner"), {401})
        )
    return out


def _handlers() -> dict[tuple[str, str], Api]:
    found = {}
    for _, module in http_functions(default_stack()):
        for route in module.app._static_routes + module.app._dynamic_routes:
            found[(route.method.upper(), route.openapi_path)] = Api(module.handler)
    return found


def _concrete(path: str) -> str:
    return "/".join("x1" if part.startswith("{") else part for part in path.split("/"))


def _tables() -> dict[str, list[dict[str, Any]]]:
    ddb = client("dynamodb")
    out = {}
    for name in ddb.list_tables()["TableNames"]:
        items = ddb.scan(TableName=name)["Items"]
        out[name] = sorted(items, key=lambda i: json.dumps(i, sort_keys=True))
    return out


def test_the_document_declares_security_for_every_operation():
    ops = [op for item in DOC["paths"].values() for op in item.values()]
    assert all("security" in op for op in ops)
    assert set(DOC["components"]["securitySchemes"]) == {"member", "admin", "integration"}
    admin_ops = [op for op in ops if any("admin" in s for s in op["security"])]
    assert admin_ops
    assert all(op.get("x-siyu-role") in ROLE_RANK for op in admin_ops)
    crm_ops = [op for op in ops if any("integration" in s for s in op["security"])]
    assert crm_ops
    assert all(op.get("x-siyu-scope") in SCOPES for op in crm_ops)


def test_every_protected_operation_refuses_bad_callers_before_validation_and_changes_nothing(aws):
    handlers = _handlers()
    tokens.issue("warm-up", "access", 1)  # the signing secret is read once, outside the snapshot
    before = _tables()
    failures, calls = [], 0
    for method, path, op in operations():
        api = handlers[(method, path)]
        for case, make_token, allowed in cases(op):
            body = INVALID_BODY if method in {"POST", "PUT", "PATCH"} else None
            status, answer = api(method, _concrete(path), body, token=make_token(), query=INVALID_QUERY)
            calls += 1
            if status not in allowed:
                failures.append(f"{method} {path} [{case}] -> {status} {answer}")
            elif answer["error"]["code"] not in op["x-siyu-error-codes"]:
                failures.append(f"{method} {path} [{case}] -> undocumented {answer['error']['code']}")
    assert not failures, "\n".join(failures)
    assert _tables() == before
    assert calls >= 5 * len(operations())
    print(f"auth matrix: {len(operations())} protected operations, {calls} calls")


@pytest.mark.parametrize("case", ["no token", "member token"])
def test_an_anonymous_flash_sale_with_a_bad_body_is_401_not_field_details(aws, case):
    handler = _handlers()[("POST", "/v1/admin/flash-sales")]
    token = None if case == "no token" else tokens.issue("m-1", "access", LONG)
    status, body = handler("POST", "/v1/admin/flash-sales", {"price": "free"}, token=token)
    assert status == 401
    assert body["error"]["code"] in {"UNAUTHENTICATED", "TOKEN_INVALID"}
    assert "details" not in body["error"] or not body["error"]["details"]
