"""A bounded schemathesis run against the local runtime: every operation of docs/openapi.json,
a fixed number of generated requests each (schema-valid and schema-violating), derandomized
(the same requests on every run), sent with a member token on member routes and an owner
token on admin routes. No answer may be a 5xx, and every answer must match the documented
response schema (the success model or the error envelope)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tests.e2e.conftest import ROOT, RunningRuntime

pytestmark = pytest.mark.e2e

DOC = json.loads((ROOT / "docs" / "openapi.json").read_text("utf-8"))
EXAMPLES_PER_MODE = 3  # × 2 modes × every operation: about 800 requests
MODES = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
CHECKS = [not_a_server_error, response_schema_conformance]
# Kuaishou's payment callback answers in Kuaishou's own shape, not the API's error envelope.
CALLBACKS = {"/v1/payments/kuaishou/notify"}


def _owner_token(runtime: RunningRuntime) -> str:
    from siyu_local.demo.auth import STAFF

    username, _, password = next(s for s in STAFF if s[1] == "owner")
    response = runtime.post("/v1/admin/auth/login", {"username": username, "password": password})
    assert response.status == 200, response.body
    return str(response.json()["access_token"])


def _token_for(operation: dict[str, Any], member: str, owner: str) -> str | None:
    schemes = {name for requirement in operation.get("security", []) for name in requirement}
    return owner if "admin" in schemes else member if "member" in schemes else None


def _fuzz(operation: Any, mode: GenerationMode, base_url: str, headers: dict[str, str]) -> tuple[int, str]:
    """(requests sent, failure or "") for one operation in one generation mode."""
    sent = 0

    @settings(
        max_examples=EXAMPLES_PER_MODE,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case: Any) -> None:
        nonlocal sent
        response = case.call(base_url=base_url, headers=headers, timeout=30)
        sent += 1
        checks = [not_a_server_error] if operation.path in CALLBACKS else CHECKS
        case.validate_response(response, checks=checks)

    try:
        run()
    except Unsatisfiable:  # nothing to vary (no parameters, no body) in this mode
        return sent, ""
    except (Exception, BaseExceptionGroup) as exc:
        return sent, f"{operation.method.upper()} {operation.path} [{mode.value}]: {exc}"[:1500]
    return sent, ""


def test_every_operation_answers_without_server_errors_and_as_documented(local_runtime: RunningRuntime):
    schema = schemathesis.openapi.from_dict(DOC)
    member = str(local_runtime.login("contract-fuzz")["access_token"])
    owner = _owner_token(local_runtime)
    failures: list[str] = []
    sent = 0
    started = time.monotonic()
    operations = [result.ok() for result in schema.get_all_operations()]
    for operation in operations:
        token = _token_for(DOC["paths"][operation.path][operation.method.lower()], member, owner)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        for mode in MODES:
            count, failure = _fuzz(operation, mode, local_runtime.url, headers)
            sent += count
            if failure:
                failures.append(failure)
    took = time.monotonic() - started
    print(f"schemathesis: {took:.0f} s, {len(operations)} operations, {sent} sent, {len(failures)} failed")
    assert not failures, "\n\n".join(failures)


def test_the_committed_document_is_what_the_runtime_serves(local_runtime: RunningRuntime):
    served = local_runtime.get("/openapi.json").json()
    assert served["paths"].keys() == DOC["paths"].keys()
    assert Path(ROOT / "docs" / "openapi.json").exists()
