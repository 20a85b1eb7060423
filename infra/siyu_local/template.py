"""Reads template.yaml (with its CloudFormation tags) and resolves what running it locally
needs: physical names, environment variables, code paths, routes, event sources.

Nothing here describes the system a second time: every name comes from the template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "template.yaml"
LOCAL_ACCOUNT = "123456789012"
LOCAL_REGION = "cn-north-1"


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


@dataclass
class Stack:
    """A template resolved for one local stack."""

    template: dict[str, Any]
    stack_name: str = "siyu-local"
    region: str = LOCAL_REGION
    parameter_overrides: dict[str, str] = field(default_factory=dict)

    @property
    def resources(self) -> dict[str, dict[str, Any]]:
        return dict(self.template.get("Resources", {}))

    def resources_of(self, cfn_type: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.resources.items() if v.get("Type") == cfn_type}

    # -- names ----------------------------------------------------------------------------
    def parameter(self, name: str) -> str:
        if name in self.parameter_overrides:
            return self.parameter_overrides[name]
        return str(self.template["Parameters"][name].get("Default", ""))

    def physical_name(self, logical_id: str) -> str:
        """What `!Ref` yields for a resource, locally."""
        resource = self.resources[logical_id]
        props = resource.get("Properties", {})
        explicit = props.get("Name") or props.get("TableName") or props.get("QueueName")
        if explicit is not None:
            return str(self.resolve(explicit))
        return f"{self.stack_name}-{logical_id}"

    def arn(self, logical_id: str) -> str:
        kind = self.resources[logical_id]["Type"]
        name = self.physical_name(logical_id)
        service = {
            "AWS::DynamoDB::Table": ("dynamodb", f"table/{name}"),
            "AWS::SQS::Queue": ("sqs", name),
            "AWS::Events::EventBus": ("events", f"event-bus/{name}"),
            "AWS::SecretsManager::Secret": ("secretsmanager", f"secret:{name}"),
            "AWS::Serverless::Function": ("lambda", f"function:{name}"),
            "AWS::KinesisFirehose::DeliveryStream": ("firehose", f"deliverystream/{name}"),
            "AWS::S3::Bucket": ("s3", name),
            "AWS::IAM::Role": ("iam", f"role/{name}"),
        }.get(kind, ("cloudformation", name))
        svc, res = service
        if svc == "s3":
            return f"arn:aws-cn:s3:::{res}"
        return f"arn:aws-cn:{svc}:{self.region}:{LOCAL_ACCOUNT}:{res}"

    def get_att(self, logical_id: str, attribute: str) -> str:
        if attribute == "Arn":
            return self.arn(logical_id)
        if attribute == "StreamArn":
            return self.arn(logical_id) + "/stream/local"
        if attribute in ("QueueName", "Name"):
            return self.physical_name(logical_id)
        if attribute == "QueueUrl":
            return f"http://localhost/{LOCAL_ACCOUNT}/{self.physical_name(logical_id)}"
        raise KeyError(f"GetAtt {logical_id}.{attribute} is not supported locally")

    def _pseudo(self, name: str) -> str:
        return {
            "AWS::Region": self.region,
            "AWS::AccountId": LOCAL_ACCOUNT,
            "AWS::Partition": "aws-cn",
            "AWS::URLSuffix": "amazonaws.com.cn",
            "AWS::StackName": self.stack_name,
            "AWS::NoValue": "",
        }[name]

    def ref(self, name: str) -> str:
        if name.startswith("AWS::"):
            return self._pseudo(name)
        if name in self.template.get("Parameters", {}):
            return self.parameter(name)
        if name in self.resources:
            return self.physical_name(name)
        raise KeyError(f"!Ref {name}: no such parameter or resource")

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
                return re.sub(r"\$\{([^}]+)\}", lambda m: self._sub_var(m.group(1), variables), text)
            if key == "Fn::Join":
                sep, items = arg
                return sep.join(str(i) for i in self.resolve(items))
            if key == "Fn::Select":
                index, items = arg
                return self.resolve(items)[int(index)]
        return {k: self.resolve(v) for k, v in value.items()}

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
                code_dir=ROOT / props["CodeUri"],
                handler=props["Handler"],
                environment={k: str(v) for k, v in env.items()},
                events=dict(props.get("Events", {})),
                timeout=int(props.get("Timeout", glob.get("Timeout", 3))),
            )
        return out

    def environment(self) -> dict[str, str]:
        """The environment every function shares (Globals), resolved."""
        glob = self.globals_function()
        return {k: str(v) for k, v in self.resolve(glob.get("Environment", {}).get("Variables", {})).items()}


@cache
def default_stack() -> Stack:
    return Stack(load_template())
