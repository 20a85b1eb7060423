"""Reads template.yaml (with its CloudFormation tags) and resolves what running it locally
needs: physical names, ARNs, environment variables, code paths, routes, event sources.

Nothing here describes the system a second time: every name comes from the template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "template.yaml"
LOCAL_ACCOUNT = "123456789012"
LOCAL_REGION = "cn-north-1"

# Properties that carry a resource's explicit physical name, per CloudFormation type family.
_NAME_PROPERTIES = (
    "Name",
    "TableName",
    "QueueName",
    "FunctionName",
    "RoleName",
    "BucketName",
    "DeliveryStreamName",
    "TopicName",
)


class _CfnLoader(yaml.SafeLoader):
    """SafeLoader that turns !Ref, !GetAtt, !Sub, … into their long (Fn::) forms."""


def _tag(name: str) -> Any:
    def construct(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
        if isinstance(node, yaml.ScalarNode):
            value: Any = loader.construct_scalar(node)
            if name == "Fn::GetAtt":
                value = value.split(".", 1)
        elif isinstance(node, yaml.SequenceNode):
            value = loader.construct_sequence(node, deep=True)
        else:
            value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
        return {name: value}

    return construct


for _short in ("Ref", "Condition"):
    _CfnLoader.add_constructor(f"!{_short}", _tag(_short))
for _fn in (
    "GetAtt",
    "Sub",
    "Join",
    "Select",
    "Split",
    "If",
    "Equals",
    "Not",
    "And",
    "Or",
    "FindInMap",
    "Base64",
    "ImportValue",
    "GetAZs",
    "Cidr",
):
    _CfnLoader.add_constructor(f"!{_fn}", _tag(f"Fn::{_fn}"))


def load_template(path: Path = TEMPLATE) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        return dict(yaml.load(fh, Loader=_CfnLoader))  # noqa: S506 (SafeLoader subclass)


@dataclass
class Function:
    logical_id: str
    code_dir: Path
    handler: str  # "module.function"
    environment: dict[str, str]
    events: dict[str, dict[str, Any]]
    timeout: int
    name: str = ""  # physical name, what the ARN ends with
    arn: str = ""
    memory_mb: int = 128
    reserved_concurrency: int | None = None  # ReservedConcurrentExecutions

    @property
    def module(self) -> str:
        return self.handler.rsplit(".", 1)[0]


CONDITION_FUNCTIONS = ("Fn::If", "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or", "Condition")


@dataclass
class Stack:
    """A template resolved for one local stack."""

    template: dict[str, Any]
    stack_name: str = "siyu-local"
    region: str = LOCAL_REGION
    parameter_overrides: dict[str, str] = field(default_factory=dict)
    base_dir: Path = ROOT  # CodeUri and ContentUri are relative to the template's folder

    @cached_property
    def resources(self) -> dict[str, dict[str, Any]]:
        """Resources whose Condition (if any) holds."""
        out = {}
        for logical_id, res in dict(self.template.get("Resources", {})).items():
            condition = res.get("Condition")
            if condition is None or self.condition(condition):
                out[logical_id] = res
        return out

    def resources_of(self, *cfn_types: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.resources.items() if v.get("Type") in cfn_types}

    @property
    def partition(self) -> str:
        return "aws-cn" if self.region.startswith("cn-") else "aws"

    @property
    def url_suffix(self) -> str:
        return "amazonaws.com.cn" if self.partition == "aws-cn" else "amazonaws.com"

    # -- names ----------------------------------------------------------------------------
    def parameter(self, name: str) -> str:
        if name in self.parameter_overrides:
            return self.parameter_overrides[name]
        return str(self.template["Parameters"][name].get("Default", ""))

    def physical_name(self, logical_id: str) -> str:
        """The resource's name: its explicit name property, else `<stack>-<LogicalId>`."""
        props = self.resources[logical_id].get("Properties") or {}
        for key in _NAME_PROPERTIES:
            if props.get(key) is not None:
                return str(self.resolve(props[key]))
        return f"{self.stack_name}-{logical_id}"

    def queue_url(self, name: str) -> str:
        return f"http://localhost/{LOCAL_ACCOUNT}/{name}"

    def arn(self, logical_id: str) -> str:
        kind = self.resources[logical_id]["Type"]
        name = self.physical_name(logical_id)
        p, region, account = self.partition, self.region, LOCAL_ACCOUNT
        if kind == "AWS::S3::Bucket":
            return f"arn:{p}:s3:::{name}"
        if kind == "AWS::IAM::Role":
            return f"arn:{p}:iam::{account}:role/{name}"
        if kind == "AWS::Events::Rule":
            bus = self.resolve(self.resources[logical_id].get("Properties", {}).get("EventBusName"))
            bus = str(bus).rsplit("/", 1)[-1] if bus else "default"
            path = f"rule/{name}" if bus == "default" else f"rule/{bus}/{name}"
            return f"arn:{p}:events:{region}:{account}:{path}"
        service, resource = {
            "AWS::DynamoDB::Table": ("dynamodb", f"table/{name}"),
            "AWS::SQS::Queue": ("sqs", name),
            "AWS::SNS::Topic": ("sns", name),
            "AWS::Events::EventBus": ("events", f"event-bus/{name}"),
            "AWS::Events::ApiDestination": ("events", f"api-destination/{name}"),
            "AWS::Events::Connection": ("events", f"connection/{name}"),
            "AWS::SecretsManager::Secret": ("secretsmanager", f"secret:{name}"),
            "AWS::Serverless::Function": ("lambda", f"function:{name}"),
            "AWS::Lambda::Function": ("lambda", f"function:{name}"),
            "AWS::KinesisFirehose::DeliveryStream": ("firehose", f"deliverystream/{name}"),
            "AWS::Scheduler::ScheduleGroup": ("scheduler", f"schedule-group/{name}"),
            "AWS::Scheduler::Schedule": ("scheduler", f"schedule/default/{name}"),
        }.get(kind, ("cloudformation", name))
        return f"arn:{p}:{service}:{region}:{account}:{resource}"

    def get_att(self, logical_id: str, attribute: str) -> str:
        if attribute == "Arn":
            return self.arn(logical_id)
        if attribute == "StreamArn":
            # moto names the stream by its creation time; event sources map it back by table.
            return self.arn(logical_id) + "/stream/local"
        if attribute in ("QueueName", "Name"):
            return self.physical_name(logical_id)
        if attribute == "QueueUrl":
            return self.queue_url(self.physical_name(logical_id))
        if attribute == "ApiEndpoint":
            return self.api_base_url(logical_id)
        raise KeyError(f"GetAtt {logical_id}.{attribute} is not supported locally")

    def api_base_url(self, logical_id: str = "HttpApi") -> str:
        """The deployed URL form of an HttpApi; the local runtime maps it to its own address."""
        return f"https://{self.physical_name(logical_id)}.execute-api.{self.region}.{self.url_suffix}"

    def _pseudo(self, name: str) -> str:
        return {
            "AWS::Region": self.region,
            "AWS::AccountId": LOCAL_ACCOUNT,
            "AWS::Partition": self.partition,
            "AWS::URLSuffix": self.url_suffix,
            "AWS::StackName": self.stack_name,
            "AWS::StackId": f"arn:{self.partition}:cloudformation:{self.region}:{LOCAL_ACCOUNT}:stack/"
            f"{self.stack_name}/local",
            "AWS::NoValue": "",
        }[name]

    def ref(self, name: str) -> str:
        if name.startswith("AWS::"):
            return self._pseudo(name)
        if name in self.template.get("Parameters", {}):
            return self.parameter(name)
        if name in self.resources:
            if self.resources[name].get("Type") == "AWS::SQS::Queue":
                return self.queue_url(self.physical_name(name))  # Ref of a queue is its URL
            return self.physical_name(name)
        raise KeyError(f"!Ref {name}: no such parameter or resource")

    def condition(self, name: str) -> bool:
        return bool(self.resolve(self.template.get("Conditions", {})[name]))

    def resolve(self, value: Any) -> Any:
        """Evaluate intrinsic functions (the subset a local run needs)."""
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        if not isinstance(value, dict):
            return value
        if len(value) == 1:
            ((key, arg),) = value.items()
            if key == "Ref":
                return self.ref(arg)
            if key == "Fn::GetAtt":
                logical, attribute = arg if isinstance(arg, list) else arg.split(".", 1)
                return self.get_att(logical, attribute)
            if key == "Fn::Sub":
                text, variables = (arg, {}) if isinstance(arg, str) else (arg[0], self.resolve(arg[1]))
                return re.sub(
                    r"\$\{(!?)([^}]+)\}",
                    # "${!Literal}" is CloudFormation's escape for a literal "${Literal}".
                    lambda m: "${" + m.group(2) + "}" if m.group(1) else self._sub_var(m.group(2), variables),
                    text,
                )
            if key == "Fn::Join":
                sep, items = arg
                return sep.join(str(i) for i in self.resolve(items))
            if key == "Fn::Select":
                index, items = arg
                return self.resolve(items)[int(self.resolve(index))]
            if key == "Fn::Split":
                sep, text = arg
                return str(self.resolve(text)).split(sep)
            if key in CONDITION_FUNCTIONS:
                return self._resolve_condition_function(key, arg)
        return {k: self.resolve(v) for k, v in value.items()}

    def _resolve_condition_function(self, key: str, arg: Any) -> Any:
        if key == "Fn::If":
            name, then, otherwise = arg
            return self.resolve(then if self.condition(name) else otherwise)
        if key == "Fn::Equals":
            left, right = self.resolve(arg)
            return str(left) == str(right)
        if key == "Fn::Not":
            return not self.resolve(arg[0])
        if key == "Fn::And":
            return all(self.resolve(a) for a in arg)
        if key == "Fn::Or":
            return any(self.resolve(a) for a in arg)
        return self.condition(arg)  # "Condition"

    def _sub_var(self, name: str, variables: dict[str, Any]) -> str:
        if name in variables:
            return str(variables[name])
        if "." in name:
            logical, attribute = name.split(".", 1)
            return self.get_att(logical, attribute)
        return self.ref(name)

    # -- functions ------------------------------------------------------------------------
    def globals_function(self) -> dict[str, Any]:
        return dict(self.template.get("Globals", {}).get("Function", {}))

    def functions(self) -> dict[str, Function]:
        glob = self.globals_function()
        global_env = self.resolve(glob.get("Environment", {}).get("Variables", {}))
        out = {}
        for logical_id, res in self.resources_of("AWS::Serverless::Function").items():
            props = res["Properties"]
            env = {**global_env, **self.resolve(props.get("Environment", {}).get("Variables", {}))}
            out[logical_id] = Function(
                logical_id=logical_id,
                code_dir=(self.base_dir / props["CodeUri"]).resolve(),
                handler=props["Handler"],
                environment={k: str(v) for k, v in env.items()},
                events=dict(props.get("Events") or {}),
                timeout=int(props.get("Timeout", glob.get("Timeout", 3))),
                name=self.physical_name(logical_id),
                arn=self.arn(logical_id),
                memory_mb=int(props.get("MemorySize", glob.get("MemorySize", 128))),
                reserved_concurrency=(
                    int(self.resolve(props["ReservedConcurrentExecutions"]))
                    if "ReservedConcurrentExecutions" in props
                    else None
                ),
            )
        return out

    def function_for_arn(self, arn: str) -> Function | None:
        """The template function an ARN (or a bare function name) designates; qualifiers ignored."""
        parts = arn.split(":")
        name = parts[6] if arn.startswith("arn:") and len(parts) > 6 else arn
        return next((f for f in self.functions().values() if f.name == name), None)

    def environment(self) -> dict[str, str]:
        """The environment every function shares (Globals), resolved."""
        glob = self.globals_function()
        return {k: str(v) for k, v in self.resolve(glob.get("Environment", {}).get("Variables", {})).items()}

    def outputs(self) -> dict[str, str]:
        resolved = {}
        for name, output in dict(self.template.get("Outputs") or {}).items():
            condition = output.get("Condition")
            if condition is None or self.condition(condition):
                resolved[name] = str(self.resolve(output.get("Value")))
        return resolved


def load_stack(path: Path = TEMPLATE, **kwargs: Any) -> Stack:
    """A Stack for any template file; code paths resolve against the file's folder."""
    path = Path(path).resolve()
    return Stack(load_template(path), base_dir=path.parent, **kwargs)


@cache
def default_stack() -> Stack:
    return Stack(load_template())
