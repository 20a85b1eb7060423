"""Shared fixtures. The environment comes from template.yaml (as the local runtime and
Lambda would see it); AWS is moto in-process; Kuaishou is the project's fake platform."""

from __future__ import annotations

import ipaddress
import json
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

from siyu_local.sandbox import KUAISHOU_TEST_SECRET, configure_environment, moto_stack, reset_caches  # noqa: E402
from siyu_local.template import default_stack  # noqa: E402

# Before anything imports a siyu model: each takes its table name from the environment when
# its class is made (siyu.db.table_meta).
STACK = default_stack()
configure_environment(
    STACK,
    {
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_SERVICE_NAME": "siyu-tests",
        "POWERTOOLS_LOG_LEVEL": "WARNING",
        # A loaded CI machine can be slow to answer even on loopback; the timeout tests set their own.
        "KUAISHOU_TIMEOUT_SECONDS": "10",
    },
)
os.environ.pop("AWS_ENDPOINT_URL", None)

from siyu_local.apigw import json_event, parse_response  # noqa: E402
from siyu_local.dynamodb_local import DynamoDBLocal  # noqa: E402
from siyu_local.fake_kuaishou import FakeKuaishou  # noqa: E402
from siyu_local.moto_transactions import faster_transactions  # noqa: E402

# One Chromium per test process, shared by the console and demo browser tests: Playwright's
# sync API allows one running instance per thread.
from tests.browser import browser, browser_page  # noqa: E402, F401  (fixtures)
from tests.support import wait_for  # noqa: E402, F401  (re-exported)
from tests.support.runtime import RunningRuntime, start  # noqa: E402

KUAISHOU_APP_ID = os.environ["KUAISHOU_APP_ID"]


# ---------------------------------------------------------------- network guard
_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            ip = ipaddress.ip_address(socket.gethostbyname(host)) if host == "localhost" else None
        if ip is None or not ip.is_loopback:
            raise ConnectionRefusedError(f"tests may only reach loopback, not {address!r}")
    return _real_connect(self, address)


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    socket.socket.connect = _loopback_only  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]


@pytest.fixture(autouse=True, scope="session")
def _faster_moto_transactions() -> Iterator[None]:
    """moto copies whole tables per transaction item to roll back; restore touched items instead."""
    with faster_transactions():
        yield


@pytest.fixture
def frozen_clock() -> Iterator[Any]:
    """Siyu's clock stopped at the test's start. For tests that count against a fixed window (the
    abuse limits: `siyu.ratelimit.Limit`): on a slow machine their requests may otherwise
    straddle a window boundary and find a fresh window."""
    from siyu import clock

    clock.clock.freeze(clock.now())
    yield clock.clock
    clock.clock.reset()


# ---------------------------------------------------------------- Kuaishou
@pytest.fixture(scope="session")
def fake_kuaishou() -> Iterator[FakeKuaishou]:
    fake = FakeKuaishou(app_id=KUAISHOU_APP_ID, app_secret=KUAISHOU_TEST_SECRET, host="127.0.0.1", port=0)
    fake.start()
    os.environ["KUAISHOU_BASE_URL"] = fake.base_url
    reset_caches()
    yield fake
    fake.stop()


# ---------------------------------------------------------------- AWS (moto, DynamoDB Local)
# Every test's DynamoDB is DynamoDB Local: measured against moto's in-process DynamoDB on the
# same tests in one run it was no slower (0.91×), so moto's approximation has no speed to offer.
# SIYU_TEST_DYNAMODB=moto puts the tables back in moto (to compare); concurrency tests
# (`atomic_dynamodb`) use DynamoDB Local regardless, and tests of moto itself (`moto_dynamodb`) moto.
ALL_ON_DYNAMODB_LOCAL = os.environ.get("SIYU_TEST_DYNAMODB", "local") != "moto"


@pytest.fixture(scope="session")
def dynamodb_local() -> Iterator[DynamoDBLocal]:
    """Amazon's DynamoDB Local, one per test worker, in memory; tables are made per test."""
    with DynamoDBLocal() as ddb:
        yield ddb


@pytest.fixture
def aws(fake_kuaishou: FakeKuaishou, request: pytest.FixtureRequest) -> Iterator[None]:
    """Every table, queue, bus and secret of template.yaml, fresh for each test: the tables in
    DynamoDB Local (see above), the rest in moto."""
    url = None
    on_local = ALL_ON_DYNAMODB_LOCAL and "moto_dynamodb" not in request.fixturenames
    if on_local or "atomic_dynamodb" in request.fixturenames:
        url = request.getfixturevalue("dynamodb_local").url
    with moto_stack(STACK, dynamodb_url=url):
        yield


@pytest.fixture
def atomic_dynamodb(aws: None) -> None:
    """DynamoDB as the service is: DynamoDB Local applies each conditional write and each
    transaction atomically. Every test that hammers one item from many threads uses this."""


@pytest.fixture
def moto_dynamodb(aws: None) -> None:
    """The tables in moto's in-process DynamoDB: for tests of the project's moto patches."""


@pytest.fixture
def ddb_calls() -> Iterator[list[str]]:
    """Counts DynamoDB API calls (operation names) made by botocore while the test runs."""
    from siyu_local.bench import dynamodb_calls

    with dynamodb_calls() as calls:
        yield calls


# ---------------------------------------------------------------- waiting for asynchronous work
# wait_for lives in tests.support (re-exported here for older imports)


# ---------------------------------------------------------------- handlers
class Api:
    """Calls a Lambda handler with real API Gateway HTTP API v2 events."""

    def __init__(self, handler: Callable[[dict[str, Any], Any], dict[str, Any]]) -> None:
        self.handler = handler

    def __call__(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        token: str | None = None,
        headers: dict[str, str] | None = None,
        query: str = "",
        raw: str | None = None,
    ) -> tuple[int, Any]:
        hdrs = dict(headers or {})
        if token:
            hdrs["authorization"] = f"Bearer {token}"
        event = json_event(method, path, body, headers=hdrs, query=query)
        if raw is not None:
            event["body"] = raw
        status, _, data, _ = parse_response(self.handler(event, LambdaContextStub()))
        answer = json.loads(data) if data else None
        if os.environ.get("SIYU_CHECK_CONTRACT") == "1":
            from tests.contract.conformance import problems

            wrong = problems(method, path, status, answer)
            assert not wrong, "\n".join(wrong)
        return status, answer


class LambdaContextStub:
    function_name = "siyu-test"
    memory_limit_in_mb = 512
    invoked_function_arn = "arn:aws-cn:lambda:cn-north-1:123456789012:function:siyu-test"
    aws_request_id = "test-request"

    @staticmethod
    def get_remaining_time_in_millis() -> int:
        return 10_000


@pytest.fixture
def lambda_context() -> LambdaContextStub:
    return LambdaContextStub()


# ---------------------------------------------------------------- the local runtime (subprocess)
# Defined here once: a fixture imported into several conftest files is several fixtures, and
# each session-scoped copy started a demo runtime of its own on every worker.
@pytest.fixture(scope="session")
def runtime_logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("runtime-logs")


@pytest.fixture(scope="session")
def local_runtime(runtime_logs: Path) -> Iterator[RunningRuntime]:
    runtime = start(runtime_logs, name="main")
    yield runtime
    runtime.stop()


@pytest.fixture(scope="session")
def console_runtime(runtime_logs: Path) -> Iterator[RunningRuntime]:
    """The console's tests act as the merchant's staff: they publish page layouts, start, stop
    and ship experiments, verify vouchers. They get a demo shop of their own, so the API and
    SDK tests on `local_runtime` see the shop as it was seeded."""
    runtime = start(runtime_logs, name="console")
    runtime.wait_settled()  # its screens are compared with the API's answers a moment later
    yield runtime
    runtime.stop()


@pytest.fixture
def start_runtime(runtime_logs: Path) -> Iterator[Callable[..., RunningRuntime]]:
    started: list[RunningRuntime] = []

    def _start(*args: str, port: int | None = None) -> RunningRuntime:
        runtime = start(runtime_logs, *args, name="extra", port=port)
        started.append(runtime)
        return runtime

    yield _start
    for runtime in started:
        runtime.stop()
