"""What the template wires to its functions, read the way SAM expands it: HTTP routes,
EventBridge rules (event patterns and schedules), EventBridge Scheduler schedules, SQS and
DynamoDB stream event sources. The local runtime and `resources.py` both work from these
specs, so nothing about routes, rules or schedules is written down twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from siyu_local.template import LOCAL_ACCOUNT, Stack

DEFAULT_RETRY = {"MaximumRetryAttempts": 185, "MaximumEventAgeInSeconds": 86400}


@dataclass(frozen=True)
class Route:
    method: str  # GET, POST, …, or ANY
    path: str  # "/v1/coupons/{template_id}/claim", "/files/{proxy+}" or "$default"
    function: str  # logical id
    api: str  # logical id of the HttpApi

    @property
    def route_key(self) -> str:
        return "$default" if self.path == "$default" else f"{self.method} {self.path}"


@dataclass
class Target:
    id: str
    arn: str
    function: str | None = None  # logical id, when the target is one of the template's functions
    input: str | None = None
    input_path: str | None = None
    input_transformer: dict[str, Any] | None = None
    retry_policy: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_RETRY))
    dead_letter_arn: str | None = None
    http_parameters: dict[str, Any] | None = None


@dataclass
class Rule:
    """An EventBridge rule: an event pattern on a bus, or a schedule (default bus)."""

    name: str
    origin: str  # where the template declares it, for log lines
    bus: str = "default"
    pattern: dict[str, Any] | None = None
    schedule: str | None = None
    enabled: bool = True
    targets: list[Target] = field(default_factory=list)

    @property
    def arn_path(self) -> str:
        return f"rule/{self.name}" if self.bus == "default" else f"rule/{self.bus}/{self.name}"


@dataclass
class Schedule:
    """An EventBridge Scheduler schedule declared in the template (ScheduleV2 or resource);
    created through the Scheduler API, so the runtime fires it like any run-time schedule."""

    name: str
    group: str
    arguments: dict[str, Any]  # CreateSchedule arguments


@dataclass
class SqsSource:
    function: str
    origin: str
    queue_name: str
    batch_size: int = 10
    batching_window: float = 0.0
    report_failures: bool = False
    enabled: bool = True
    filters: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class StreamSource:
    function: str
    origin: str
    table_name: str
    starting_position: str = "TRIM_HORIZON"
    batch_size: int = 100
    batching_window: float = 0.0
    max_retries: int = -1  # -1: until the record expires (DynamoDB keeps 24 h)
    bisect_on_error: bool = False
    report_failures: bool = False
    enabled: bool = True
    filters: list[dict[str, Any]] = field(default_factory=list)


def _events(stack: Stack, *types: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(function logical id, event id, resolved properties) of the functions' events of these types."""
    found = []
    for logical_id, fn in sorted(stack.functions().items()):
        for event_id, event in sorted(fn.events.items()):
            if event.get("Type") in types:
                found.append((logical_id, event_id, stack.resolve(event.get("Properties") or {})))
    return found


def _name_from_arn(arn: str) -> str:
    return str(arn).rsplit(":", 1)[-1].rsplit("/", 1)[-1]


def _short_name(value: Any) -> str:
    """A bus or schedule group given by name or ARN; "default" when absent."""
    return _name_from_arn(str(value)) if value else "default"


def _filters(props: dict[str, Any]) -> list[dict[str, Any]]:
    criteria = props.get("FilterCriteria") or {}
    return [json.loads(f["Pattern"]) for f in criteria.get("Filters", []) if f.get("Pattern")]


def _enabled(props: dict[str, Any]) -> bool:
    state = props.get("State")
    if state is not None:
        return str(state).upper() == "ENABLED"
    return bool(props.get("Enabled", True))


def _dead_letter(stack: Stack, function: str, event_id: str, props: dict[str, Any]) -> str | None:
    config = props.get("DeadLetterConfig") or {}
    if config.get("Arn"):
        return str(config["Arn"])
    if config.get("Type") == "SQS":  # SAM creates the queue
        queue = config.get("QueueLogicalId") or f"{function}{event_id}Queue"
        return f"arn:{stack.partition}:sqs:{stack.region}:{LOCAL_ACCOUNT}:{stack.stack_name}-{queue}"
    return None


def implicit_queues(stack: Stack) -> list[str]:
    """Dead-letter queues that SAM creates for events with `DeadLetterConfig: {Type: SQS}`."""
    names = []
    for function, event_id, props in _events(stack, "Schedule", "ScheduleV2", "EventBridgeRule"):
        config = props.get("DeadLetterConfig") or {}
        if config.get("Type") == "SQS":
            names.append(f"{stack.stack_name}-{config.get('QueueLogicalId') or f'{function}{event_id}Queue'}")
    return names


# ---------------------------------------------------------------------------------- HTTP
def routes(stack: Stack) -> list[Route]:
    found = []
    for function, _, props in _events(stack, "HttpApi"):
        api = props.get("ApiId") or "ServerlessHttpApi"
        path = props.get("Path")
        method = str(props.get("Method") or "ANY").upper()
        if path is None:
            found.append(Route("ANY", "$default", function, str(api)))
        else:
            found.append(
                Route(
                    "ANY" if method in ("ANY", "X-AMAZON-APIGATEWAY-ANY-METHOD") else method,
                    path,
                    function,
                    str(api),
                )
            )
    return found


def cors(stack: Stack, extra_origins: tuple[str, ...] = ()) -> dict[str, Any] | None:
    """The CorsConfiguration of the (first) HttpApi that declares one, plus `extra_origins`
    (local only: e.g. the H5 build of the demo mini-program served from another port)."""
    found: dict[str, Any] | None = None
    for res in stack.resources_of("AWS::Serverless::HttpApi").values():
        config = (res.get("Properties") or {}).get("CorsConfiguration")
        if config:
            resolved = stack.resolve(config)
            found = resolved if isinstance(resolved, dict) else {"AllowOrigins": ["*"]}
            break
    if found is None or not extra_origins:
        return found
    origins = [str(o) for o in found.get("AllowOrigins") or []]
    return {**found, "AllowOrigins": origins + [o for o in extra_origins if o not in origins]}


# ---------------------------------------------------------------------------------- rules
def _target(stack: Stack, spec: dict[str, Any]) -> Target:
    arn = str(spec["Arn"])
    fn = stack.function_for_arn(arn) if ":lambda:" in arn else None
    dead_letter = (spec.get("DeadLetterConfig") or {}).get("Arn")
    return Target(
        id=str(spec.get("Id") or _name_from_arn(arn)),
        arn=arn,
        function=fn.logical_id if fn else None,
        input=spec.get("Input"),
        input_path=spec.get("InputPath"),
        input_transformer=spec.get("InputTransformer"),
        retry_policy={**DEFAULT_RETRY, **(spec.get("RetryPolicy") or {})},
        dead_letter_arn=str(dead_letter) if dead_letter else None,
        http_parameters=spec.get("HttpParameters"),
    )


def rules(stack: Stack) -> list[Rule]:
    found = []
    for logical_id, res in sorted(stack.resources_of("AWS::Events::Rule").items()):
        props = stack.resolve(res.get("Properties") or {})
        found.append(
            Rule(
                name=stack.physical_name(logical_id),
                origin=logical_id,
                bus=_short_name(props.get("EventBusName")),
                pattern=props.get("EventPattern"),
                schedule=props.get("ScheduleExpression"),
                enabled=_enabled(props),
                targets=[_target(stack, t) for t in props.get("Targets") or []],
            )
        )
    functions = stack.functions()
    for function, event_id, props in _events(stack, "EventBridgeRule", "CloudWatchEvent", "Schedule"):
        target_spec = {
            "Arn": functions[function].arn,
            "Id": (props.get("Target") or {}).get("Id") or f"{function}{event_id}LambdaTarget",
            "Input": props.get("Input"),
            "InputPath": props.get("InputPath"),
            "InputTransformer": props.get("InputTransformer"),
            "RetryPolicy": props.get("RetryPolicy"),
            "DeadLetterConfig": {"Arn": _dead_letter(stack, function, event_id, props)},
        }
        is_schedule = "Schedule" in props
        name = props.get("RuleName") or props.get("Name") or f"{stack.stack_name}-{function}{event_id}"
        found.append(
            Rule(
                name=str(name)[:64],
                origin=f"{function}.{event_id}",
                bus="default" if is_schedule else _short_name(props.get("EventBusName")),
                pattern=None if is_schedule else props.get("Pattern"),
                schedule=props.get("Schedule") if is_schedule else None,
                enabled=_enabled(props),
                targets=[_target(stack, target_spec)],
            )
        )
    return found


# ---------------------------------------------------------------------------------- Scheduler
def _schedule_arguments(props: dict[str, Any], target: dict[str, Any]) -> dict[str, Any]:
    args: dict[str, Any] = {
        "ScheduleExpression": props["ScheduleExpression"],
        "FlexibleTimeWindow": props.get("FlexibleTimeWindow") or {"Mode": "OFF"},
        "Target": {k: v for k, v in target.items() if v not in (None, {}, "")},
    }
    for key in ("ScheduleExpressionTimezone", "State", "Description", "StartDate", "EndDate"):
        if props.get(key) is not None:
            args[key] = props[key]
    return args


def schedules(stack: Stack) -> list[Schedule]:
    found = []
    fake_role = f"arn:{stack.partition}:iam::{LOCAL_ACCOUNT}:role/{stack.stack_name}-scheduler"
    for logical_id, res in sorted(stack.resources_of("AWS::Scheduler::Schedule").items()):
        props = stack.resolve(res.get("Properties") or {})
        name = props.get("Name") or f"{stack.stack_name}-{logical_id}"
        target = dict(props["Target"])
        target.setdefault("RoleArn", fake_role)
        found.append(
            Schedule(str(name), _short_name(props.get("GroupName")), _schedule_arguments(props, target))
        )
    functions = stack.functions()
    for function, event_id, props in _events(stack, "ScheduleV2"):
        dead_letter = _dead_letter(stack, function, event_id, props)
        target = {
            "Arn": functions[function].arn,
            "RoleArn": props.get("RoleArn") or fake_role,
            "Input": props.get("Input"),
            "RetryPolicy": props.get("RetryPolicy"),
            "DeadLetterConfig": {"Arn": dead_letter} if dead_letter else None,
        }
        name = props.get("Name") or f"{function}{event_id}"
        found.append(
            Schedule(str(name)[:64], _short_name(props.get("GroupName")), _schedule_arguments(props, target))
        )
    return found


# ---------------------------------------------------------------------------------- pollers
def _mapping_sources(stack: Stack) -> list[tuple[str, str, dict[str, Any]]]:
    """AWS::Lambda::EventSourceMapping resources naming a template function."""
    found = []
    for logical_id, res in sorted(stack.resources_of("AWS::Lambda::EventSourceMapping").items()):
        props = stack.resolve(res.get("Properties") or {})
        fn = stack.function_for_arn(str(props.get("FunctionName", "")))
        if fn is not None:
            found.append((fn.logical_id, logical_id, {**props, "_arn": props.get("EventSourceArn", "")}))
    return found


def sqs_sources(stack: Stack) -> list[SqsSource]:
    found = []
    candidates = [(f, e, {**p, "_arn": p.get("Queue", "")}) for f, e, p in _events(stack, "SQS")]
    candidates += [(f, e, p) for f, e, p in _mapping_sources(stack) if ":sqs:" in str(p["_arn"])]
    for function, event_id, props in candidates:
        found.append(
            SqsSource(
                function=function,
                origin=f"{function}.{event_id}",
                queue_name=_name_from_arn(str(props["_arn"])),
                batch_size=int(props.get("BatchSize", 10)),
                batching_window=float(props.get("MaximumBatchingWindowInSeconds", 0)),
                report_failures="ReportBatchItemFailures" in (props.get("FunctionResponseTypes") or []),
                enabled=bool(props.get("Enabled", True)),
                filters=_filters(props),
            )
        )
    return found


def _table_of_stream(arn: str) -> str:
    # arn:…:dynamodb:region:account:table/<name>/stream/<label>
    return arn.split(":table/", 1)[1].split("/", 1)[0]


def stream_sources(stack: Stack) -> list[StreamSource]:
    found = []
    candidates = [(f, e, {**p, "_arn": p.get("Stream", "")}) for f, e, p in _events(stack, "DynamoDB")]
    candidates += [(f, e, p) for f, e, p in _mapping_sources(stack) if ":dynamodb:" in str(p["_arn"])]
    for function, event_id, props in candidates:
        found.append(
            StreamSource(
                function=function,
                origin=f"{function}.{event_id}",
                table_name=_table_of_stream(str(props["_arn"])),
                starting_position=str(props.get("StartingPosition", "TRIM_HORIZON")),
                batch_size=int(props.get("BatchSize", 100)),
                batching_window=float(props.get("MaximumBatchingWindowInSeconds", 0)),
                max_retries=int(props.get("MaximumRetryAttempts", -1)),
                bisect_on_error=bool(props.get("BisectBatchOnFunctionError", False)),
                report_failures="ReportBatchItemFailures" in (props.get("FunctionResponseTypes") or []),
                enabled=bool(props.get("Enabled", True)),
                filters=_filters(props),
            )
        )
    return found
