"""The orders functions as template.yaml wires them: every route both ways, the expiry
schedule's target and role, the sweep, least-privilege scheduling."""

from __future__ import annotations

import json

import pytest
from orders_app import app as orders_app
from orders_payments import app as payments_app

from siyu_local.template import default_stack


def _function(logical_id: str):
    return default_stack().functions()[logical_id]


def _routes_in_code(app) -> set[tuple[str, str]]:
    schema = app.get_openapi_schema().model_dump(by_alias=True, exclude_none=True)
    return {
        (method.upper(), path)
        for path, item in schema["paths"].items()
        for method in item
        if method in ("get", "post", "put", "patch", "delete")
    }


@pytest.mark.parametrize(
    ("logical_id", "app"), [("OrdersFunction", orders_app), ("OrdersPaymentsFunction", payments_app)]
)
def test_every_route_is_in_the_template_and_back(logical_id, app):
    in_template = {
        (e["Properties"]["Method"], e["Properties"]["Path"])
        for e in _function(logical_id).events.values()
        if e["Type"] == "HttpApi"
    }
    assert _routes_in_code(app) == in_template


def test_the_expiry_schedules_invoke_the_timeout_function_through_its_role():
    stack = default_stack()
    env = _function("OrdersFunction").environment
    assert env["ORDER_EXPIRY_TARGET_ARN"] == _function("OrdersTimeoutFunction").arn
    assert env["ORDER_SCHEDULER_ROLE_ARN"] == stack.arn("OrdersSchedulerRole")
    assert env["ORDER_SCHEDULE_GROUP"] == stack.physical_name("OrdersScheduleGroup")
    assert env["ORDER_PAYMENT_TIMEOUT_SECONDS"] == "900"
    role = stack.resolve(stack.resources["OrdersSchedulerRole"]["Properties"])
    (statement,) = role["Policies"][0]["PolicyDocument"]["Statement"]
    assert (statement["Action"], statement["Resource"]) == (
        "lambda:InvokeFunction",
        env["ORDER_EXPIRY_TARGET_ARN"],
    )

    sweep = _function("OrdersTimeoutFunction").events["Sweep"]
    assert sweep["Type"] == "ScheduleV2"
    assert json.loads(sweep["Properties"]["Input"]) == {"sweep": True}


def test_only_the_order_function_may_create_schedules():
    stack = default_stack()
    for logical_id in ("OrdersPaymentsFunction", "OrdersTimeoutFunction"):
        policies = json.dumps(stack.resolve(stack.resources[logical_id]["Properties"]["Policies"]))
        assert "scheduler:" not in policies
        assert "iam:PassRole" not in policies
