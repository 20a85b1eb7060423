"""Route selection as API Gateway HTTP APIs do it."""

from __future__ import annotations

import pytest

from siyu_local.routes import RouteTable
from siyu_local.wiring import Route


def table(*keys: str) -> RouteTable:
    routes = []
    for key in keys:
        method, _, path = key.partition(" ")
        routes.append(Route(method, path or "$default", f"Fn{len(routes)}", "Api"))
    return RouteTable(routes)


@pytest.mark.parametrize(
    ("request_line", "expected", "params"),
    [
        ("GET /pets/dog/1", "GET /pets/dog/1", {}),
        ("GET /pets/dog/2", "GET /pets/dog/{id}", {"id": "2"}),
        ("GET /pets/cat/2", "GET /pets/{proxy+}", {"proxy": "cat/2"}),
        ("POST /pets/dog/1", "ANY /{proxy+}", {"proxy": "pets/dog/1"}),
        ("GET /other", "ANY /{proxy+}", {"proxy": "other"}),
    ],
)
def test_the_most_specific_route_wins(request_line, expected, params):
    routes = table("GET /pets/dog/1", "GET /pets/dog/{id}", "GET /pets/{proxy+}", "ANY /{proxy+}")
    method, path = request_line.split(" ")
    match = routes.match(method, path)
    assert match is not None
    assert match.route.route_key == expected
    assert match.path_parameters == params


def test_an_exact_method_beats_any_on_the_same_path():
    routes = table("ANY /v1/me", "PATCH /v1/me")
    assert routes.match("PATCH", "/v1/me").route.method == "PATCH"
    assert routes.match("GET", "/v1/me").route.method == "ANY"


def test_no_match_without_default_and_default_catches_the_rest():
    assert table("GET /v1/health").match("GET", "/v1/nope") is None
    assert table("GET /v1/health").match("POST", "/v1/health") is None
    with_default = table("GET /v1/health", "$default")
    assert with_default.match("POST", "/anything").route.route_key == "$default"


def test_parameters_are_url_decoded_and_segments_must_be_present():
    routes = table("GET /v1/coupons/{template_id}/claim", "GET /files/{proxy+}")
    match = routes.match("GET", "/v1/coupons/%E5%A5%B6%E8%8C%B6/claim")
    assert match.path_parameters == {"template_id": "奶茶"}
    assert routes.match("GET", "/v1/coupons//claim") is None
    assert routes.match("GET", "/v1/coupons/x") is None
    assert routes.match("GET", "/files") is None
    assert routes.match("GET", "/files/a/b%20c").path_parameters == {"proxy": "a/b c"}


def test_duplicate_route_keys_are_reported():
    assert table("GET /a", "GET /a", "POST /a").duplicates() == ["GET /a"]
