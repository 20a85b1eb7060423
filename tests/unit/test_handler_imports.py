"""Import guard: importing any handler of template.yaml (as Lambda does, in a fresh process)
loads no module of the deny-list (siyu_local.imports.DENIED; the rules: docs/DEVELOPING.md,
"Import rules"). New functions are covered as soon as they are in the template. Import time
itself is a `make bench` figure (case_coldstart), never asserted here."""

from __future__ import annotations

import pytest

from siyu_local import imports
from siyu_local.template import default_stack

STACK = default_stack()
FUNCTIONS = STACK.functions()


@pytest.fixture(scope="module")
def loaded_without_tracing() -> dict[str, frozenset[str]]:
    return imports.modules_of_handlers(STACK, FUNCTIONS.values(), tracing=False)


def test_every_template_function_is_probed(loaded_without_tracing: dict[str, frozenset[str]]) -> None:
    assert set(loaded_without_tracing) == set(FUNCTIONS)
    assert len(FUNCTIONS) > 10


@pytest.mark.parametrize("logical_id", sorted(FUNCTIONS))
def test_handler_import_loads_no_denied_module(
    logical_id: str, loaded_without_tracing: dict[str, frozenset[str]]
) -> None:
    modules = loaded_without_tracing[logical_id]
    fn = FUNCTIONS[logical_id]
    assert fn.module in modules
    found = imports.denied(modules, tracing=False)
    assert not found, (
        f"importing {fn.module} ({logical_id}) loads {sorted(found)}: "
        + "; ".join(f"{name}: {why}" for name, why in found.items())
        + " — import it inside the function that uses it (docs/DEVELOPING.md, Import rules)"
    )


def test_tracing_on_in_lambda_loads_the_tracer_and_patches_only_what_siyu_calls() -> None:
    """With tracing on (Lambda, `Tracing: Active`), Powertools' Tracer is there and the AWS and
    Kuaishou calls are patched, and still nothing else of the deny-list comes in."""
    probed = [FUNCTIONS["MembersFunction"], FUNCTIONS["OutboxForwarderFunction"]]
    loaded = imports.modules_of_handlers(STACK, probed, tracing=True)
    for fn in probed:
        modules = loaded[fn.logical_id]
        assert {
            "aws_xray_sdk.core",
            "aws_xray_sdk.ext.botocore.patch",
            "aws_xray_sdk.ext.httplib.patch",
        } <= modules
        assert not imports.denied(modules, tracing=True)
        assert not any(m.startswith(("aws_xray_sdk.ext.requests", "aws_xray_sdk.ext.httpx")) for m in modules)


def test_the_probe_sees_a_denied_module() -> None:
    """The guard is not vacuous: a denied module loaded by the import is reported."""
    assert imports.denied({"duckdb", "siyu"}, tracing=False) == {"duckdb": imports.DENIED["duckdb"]}
    assert "aws_xray_sdk" in imports.denied({"aws_xray_sdk"}, tracing=False)
    assert not imports.denied({"aws_xray_sdk"}, tracing=True)
