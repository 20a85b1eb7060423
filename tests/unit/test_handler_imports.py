"""Import guard: importing any handler of template.yaml (as Lambda does, in a fresh process,
tracing on and off) loads no module of the deny-list (siyu_local.imports.DENIED; the rules:
docs/DEVELOPING.md, "Import rules"). New functions are covered as soon as they are in the
template. Import time itself is a `make bench` figure (case_coldstart), never asserted here."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from siyu_local import imports
from siyu_local.template import default_stack

STACK = default_stack()
FUNCTIONS = STACK.functions()


@pytest.fixture(scope="module", params=[False, True], ids=["tracing off", "tracing on"])
def loaded(request: pytest.FixtureRequest) -> dict[str, frozenset[str]]:
    return imports.modules_of_handlers(STACK, FUNCTIONS.values(), tracing=request.param)


def test_every_template_function_is_probed(loaded: dict[str, frozenset[str]]) -> None:
    assert set(loaded) == set(FUNCTIONS)
    assert len(FUNCTIONS) > 10


@pytest.mark.parametrize("logical_id", sorted(FUNCTIONS))
def test_handler_import_loads_no_denied_module(logical_id: str, loaded: dict[str, frozenset[str]]) -> None:
    modules = loaded[logical_id]
    fn = FUNCTIONS[logical_id]
    assert fn.module in modules
    found = imports.denied(modules)
    assert not found, (
        f"importing {fn.module} ({logical_id}) loads {sorted(found)}: "
        + "; ".join(f"{name}: {why}" for name, why in found.items())
        + " (docs/DEVELOPING.md, Import rules)"
    )


_FIRST_INVOCATION = """
import json, sys
sys.path[:0] = {paths!r}
import {module} as handler_module
before = sorted(sys.modules)
class Context:
    function_name, function_version, memory_limit_in_mb = "f", "1", 512
    invoked_function_arn = "arn:aws:lambda:cn-north-1:123456789012:function:f"
    aws_request_id = "c6af9ac6-7b61-11e6-9a41-93e812345678"
handler_module.handler({{"Records": []}}, Context())
import botocore.client
print(json.dumps({{"before": before, "after": sorted(sys.modules),
    "patched": type(botocore.client.BaseClient.__dict__["_make_api_call"]).__name__}}))
"""


def test_tracing_on_the_first_invocation_loads_the_tracer_and_patches_only_what_siyu_calls() -> None:
    """With tracing on (Lambda, `Tracing: Active`) the import loads no X-Ray SDK; the first
    invocation creates Powertools' Tracer, which patches botocore (every AWS call) and httplib
    (the Kuaishou client) and no other library."""
    fn = FUNCTIONS["OutboxForwarderFunction"]
    code = _FIRST_INVOCATION.format(paths=imports.handler_paths(fn), module=fn.module)
    env = imports.lambda_environment(STACK, fn, tracing=True)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert not imports.denied(report["before"])
    after = set(report["after"])
    assert {"aws_xray_sdk.core", "aws_xray_sdk.ext.botocore.patch", "aws_xray_sdk.ext.httplib.patch"} <= after
    assert report["patched"] == "FunctionWrapper", "botocore's API calls are not wrapped by X-Ray"
    assert not any(m.startswith(("aws_xray_sdk.ext.requests", "aws_xray_sdk.ext.httpx")) for m in after)


def test_the_probe_sees_a_denied_module() -> None:
    """The guard is not vacuous: a denied module loaded by the import is reported."""
    assert imports.denied({"duckdb", "siyu"}) == {"duckdb": imports.DENIED["duckdb"]}
    assert "aws_xray_sdk" in imports.denied({"aws_xray_sdk"})
    assert "pynamodb" in imports.denied({"pynamodb", "pynamodb.models"})


@pytest.mark.parametrize(
    ("region", "mode", "disabled"), [("cn-north-1", "PassThrough", "true"), ("us-east-1", "Active", "false")]
)
def test_lambda_traces_where_x_ray_serves_lambda(region: str, mode: str, disabled: str) -> None:
    """Lambda's X-Ray integration is not offered in the China regions: there the functions pass
    tracing through and Powertools' Tracer is off; in other regions Lambda traces actively."""
    from siyu_local.template import Stack, load_template

    stack = Stack(load_template(), region=region)
    globals_ = stack.template["Globals"]["Function"]
    assert stack.resolve(globals_["Tracing"]) == mode
    assert stack.resolve(globals_["Environment"]["Variables"]["POWERTOOLS_TRACE_DISABLED"]) == disabled
