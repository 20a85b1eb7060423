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

if TYPE_CHECKING:
    from siyu_local.template import Stack


class Calls(list[str]):
    """The DynamoDB operations made meanwhile, and the on-demand request units they take:
    reads (RRU: 1 per strongly consistent read of up to 4 KB, 0.5 eventually consistent,
    2 transactional) and writes (WRU: 1 per item of up to 1 KB, 2 in a transaction). Items
    are assumed within those sizes (Siyu's are); a Query counts as one read of 4 KB."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0.0
        self.writes = 0.0

    def clear(self) -> None:
        super().clear()
        self.reads = self.writes = 0.0

    def record(self, operation: str, params: dict[str, Any]) -> None:
        self.append(operation)
        reads, writes = request_units(operation, params)
        self.reads += reads
        self.writes += writes


def request_units(operation: str, params: dict[str, Any]) -> tuple[float, float]:
    """(read, write) request units of one DynamoDB call (see `Calls`)."""
    read = 1.0 if params.get("ConsistentRead") else 0.5
    if operation in ("GetItem", "Query", "Scan"):
        return read, 0.0
    if operation == "BatchGetItem":
        return sum(
            len(spec.get("Keys", [])) * (1.0 if spec.get("ConsistentRead") else 0.5)
            for spec in params.get("RequestItems", {}).values()
        ), 0.0
    if operation == "TransactGetItems":
        return 2.0 * len(params.get("TransactItems", [])), 0.0
    if operation in ("PutItem", "UpdateItem", "DeleteItem"):
        return 0.0, 1.0
    if operation == "BatchWriteItem":
        return 0.0, float(sum(len(requests) for requests in params.get("RequestItems", {}).values()))
    if operation == "TransactWriteItems":
        return 0.0, 2.0 * len(params.get("TransactItems", []))
    return 0.0, 0.0


_counting: list[Calls] = []  # the lists of the dynamodb_calls() blocks open now


@dataclass
class Table:
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)
    out: TextIO = field(default_factory=lambda: sys.stdout)
    # (case, figure) → (calls, read units, write units) of the calls counted for that row
    units: dict[tuple[str, str], tuple[int, float, float]] = field(default_factory=dict)

    def header(self) -> None:
        print(f"  {'case':<14} {'figure':<58} {'value':>12}  goal", file=self.out, flush=True)

    def add(self, case: str, figure: str, value: float | int | str, goal: str = "") -> None:
        text = f"{value:.2f}" if isinstance(value, float) else str(value)
        self.rows.append((case, figure, text, goal))
        if _counting and "DynamoDB" in figure:
            calls = _counting[-1]
            self.units[(case, figure)] = (len(calls), calls.reads, calls.writes)
        print(f"  {case:<14} {figure:<58} {text:>12}  {goal}", file=self.out, flush=True)


@contextmanager
def dynamodb_calls() -> Iterator[Calls]:
    """The names of the DynamoDB operations any botocore client makes meanwhile (clients made
    before count too), with their request units. Clear the list between figures."""
    import botocore.client

    calls = Calls()
    original = botocore.client.BaseClient._make_api_call

    def counting(client: Any, operation: str, params: Any) -> Any:
        if client.meta.service_model.service_name == "dynamodb":
            calls.record(operation, params)
        return original(client, operation, params)

    botocore.client.BaseClient._make_api_call = counting
    _counting.append(calls)
    try:
        yield calls
    finally:
        _counting.remove(calls)
        botocore.client.BaseClient._make_api_call = original


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
