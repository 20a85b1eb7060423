"""`make bench`: every `case_*` module in this package adds rows to one table of figures,
measured in one run on this machine. Ratios are the figures to compare across machines.

Only the table goes to the terminal; everything the cases log goes to `bench.log`
(see `__main__`). Cases that count DynamoDB calls use `dynamodb_calls()` and
`quiet_environment()` below rather than setting up their own. Every row a case adds about
DynamoDB while counting also keeps the read and write request units of the calls counted
(`Table.units`): the capacity and cost model (case_capacity, run last) reads them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from siyu_local.bench.units import (
    CAPACITY_OPERATIONS,
    READ_OPERATIONS,
    consumed_units,
    outbox_puts,
    request_units,
    transaction_units,
)

if TYPE_CHECKING:
    from siyu_local.template import Stack


class Calls(list[str]):
    """The DynamoDB operations made meanwhile, and the on-demand request units they take, as
    DynamoDB Local bills them where the case runs on it (`local_stack`), else estimated
    (moto): `bench.units` says how."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0.0
        self.writes = 0.0
        self.measured = 0  # calls whose units the database reported (or read back)
        self.events = 0  # domain events staged (outbox items written)

    def clear(self) -> None:
        super().clear()
        self.reads = self.writes = 0.0
        self.measured = self.events = 0

    def record(self, operation: str, params: dict[str, Any], units: float | None = None) -> None:
        """One call; `units` as measured, None to estimate them from the request."""
        self.append(operation)
        self.events += outbox_puts(operation, params)
        if units is None:
            reads, writes = request_units(operation, params)
        else:
            self.measured += 1
            reads, writes = (units, 0.0) if operation in READ_OPERATIONS else (0.0, units)
        self.reads += reads
        self.writes += writes


_counting: list[Calls] = []  # the lists of the dynamodb_calls() blocks open now


@dataclass
class Table:
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)
    out: TextIO = field(default_factory=lambda: sys.stdout)
    # (case, figure) → (calls, read units, write units, domain events) counted for that row
    units: dict[tuple[str, str], tuple[int, float, float, int]] = field(default_factory=dict)

    def header(self) -> None:
        print(f"  {'case':<14} {'figure':<58} {'value':>12}  goal", file=self.out, flush=True)

    def add(self, case: str, figure: str, value: float | int | str, goal: str = "") -> None:
        text = f"{value:.2f}" if isinstance(value, float) else str(value)
        self.rows.append((case, figure, text, goal))
        if _counting and "DynamoDB" in figure:
            calls = _counting[-1]
            self.units[(case, figure)] = (len(calls), calls.reads, calls.writes, calls.events)
        print(f"  {case:<14} {figure:<58} {text:>12}  {goal}", file=self.out, flush=True)


@contextmanager
def dynamodb_calls() -> Iterator[Calls]:
    """The names of the DynamoDB operations any botocore client makes meanwhile (clients made
    before count too), with their request units. Clear the list between figures."""
    import botocore.client

    calls = Calls()
    original = botocore.client.BaseClient._make_api_call

    def counting(client: Any, operation: str, params: Any) -> Any:
        if client.meta.service_model.service_name != "dynamodb":
            return original(client, operation, params)
        if operation in CAPACITY_OPERATIONS and "ReturnConsumedCapacity" not in params:
            params = {**params, "ReturnConsumedCapacity": "INDEXES"}
        try:
            response = original(client, operation, params)
        except Exception:
            calls.record(operation, params)  # a refused write is billed too (estimated)
            raise
        units = consumed_units(response)
        if operation == "TransactWriteItems" and units is not None:
            units = transaction_units(params, lambda op, p: uncounted(client, op, p))
        calls.record(operation, params, units)
        return response

    uncounted = getattr(original, "__wrapped__", original)  # past an outer block's hook too
    counting.__wrapped__ = uncounted  # type: ignore[attr-defined]
    botocore.client.BaseClient._make_api_call = counting
    _counting.append(calls)
    try:
        yield calls
    finally:
        _counting.remove(calls)
        botocore.client.BaseClient._make_api_call = original


@contextmanager
def local_stack(stack: Stack) -> Iterator[None]:
    """The stack in moto with its tables in a DynamoDB Local of its own: conditions and
    transactions atomic as in the service, and the request units counted the database's."""
    from siyu_local.dynamodb_local import DynamoDBLocal
    from siyu_local.sandbox import moto_stack

    with DynamoDBLocal() as ddb, moto_stack(stack, dynamodb_url=ddb.url):
        yield


def function_environment(stack: Stack, function: str) -> dict[str, str]:
    """A function's own variables (beyond the template's Globals), without its service name."""
    shared = stack.environment()
    return {
        k: v
        for k, v in stack.functions()[function].environment.items()
        if k not in shared and k != "POWERTOOLS_SERVICE_NAME"
    }


def quiet_environment(stack: Stack, extra: dict[str, Any] | None = None) -> None:
    """The stack's environment for in-process cases, without tracing or metrics output."""
    from siyu_local.sandbox import configure_environment

    configure_environment(
        stack,
        {
            "POWERTOOLS_TRACE_DISABLED": "true",
            "POWERTOOLS_LOG_LEVEL": "WARNING",
            "POWERTOOLS_METRICS_DISABLED": "true",
            **(extra or {}),
        },
    )
