"""The orders functions as template.yaml wires them: the expiry schedule's target and role,
the sweep, least-privilege scheduling (routes: tests/unit/test_routes_in_template.py)."""

from __future__ import annotations

import json

from siyu_local.template import default_stack


def _function(logical_id: str):
    return default_stack().functions()[logical_id]


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
