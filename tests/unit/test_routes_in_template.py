"""Every HTTP function: the routes of its resolver are exactly the HttpApi events that
template.yaml gives it, both ways (a route missing from the template is unreachable when
deployed; an event without a route is a 404 the template promises)."""

from __future__ import annotations

import importlib

import pytest

from siyu_local.template import default_stack

METHODS = ("get", "post", "put", "patch", "delete")
HTTP_FUNCTIONS = sorted(
    logical_id
    for logical_id, function in default_stack().functions().items()
    if any(e["Type"] == "HttpApi" for e in function.events.values())
)


def routes_in_code(module_name: str) -> set[tuple[str, str]]:
    app = importlib.import_module(module_name).app
    schema = app.get_openapi_schema().model_dump(by_alias=True, exclude_none=True)
    return {(m.upper(), path) for path, item in schema["paths"].items() for m in item if m in METHODS}


@pytest.mark.parametrize("logical_id", HTTP_FUNCTIONS)
def test_every_route_is_in_the_template_and_back(logical_id):
    function = default_stack().functions()[logical_id]
    in_template = {
        (e["Properties"]["Method"], e["Properties"]["Path"])
        for e in function.events.values()
        if e["Type"] == "HttpApi"
    }
    assert routes_in_code(function.module) == in_template
