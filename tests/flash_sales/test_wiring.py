"""The flash-sale functions as the stack wires them: routes in template.yaml match the
resolver, the schedules' targets, role and dead-letter queue exist, the sweep runs."""

from __future__ import annotations

from flash_sales_app import app

from siyu_local.template import default_stack


def _function(logical_id: str):
    return default_stack().functions()[logical_id]


def test_every_route_is_in_the_template_and_back():
    in_template = {
        (e["Properties"]["Method"], e["Properties"]["Path"])
        for e in _function("FlashSalesFunction").events.values()
        if e["Type"] == "HttpApi"
    }
    schema = app.get_openapi_schema().model_dump(by_alias=True, exclude_none=True)
    in_code = {
        (method.upper(), path)
        for path, item in schema["paths"].items()
        for method in item
        if method in ("get", "post", "put", "patch", "delete")
    }
    assert in_code == in_template


def test_the_schedules_point_at_the_opener_and_closer_through_the_role():
    stack = default_stack()
    env = _function("FlashSalesFunction").environment
    assert env["FLASH_SALE_OPENER_ARN"] == _function("FlashSaleOpenerFunction").arn
    assert env["FLASH_SALE_CLOSER_ARN"] == _function("FlashSaleCloserFunction").arn
    assert env["FLASH_SALE_SCHEDULER_ROLE_ARN"] == stack.arn("FlashSaleSchedulerRole")
    assert env["FLASH_SALE_DEAD_LETTER_ARN"] == stack.arn("FlashSaleScheduleDeadLetterQueue")
    assert env["FLASH_SALE_SCHEDULE_GROUP"] == stack.physical_name("FlashSaleScheduleGroup")
    role = stack.resolve(stack.resources["FlashSaleSchedulerRole"]["Properties"])
    [statement] = role["AssumeRolePolicyDocument"]["Statement"]
    assert statement["Principal"] == {"Service": "scheduler.amazonaws.com"}
    allowed = role["Policies"][0]["PolicyDocument"]["Statement"]
    assert set(allowed[0]["Resource"]) == {
        _function("FlashSaleOpenerFunction").arn,
        _function("FlashSaleCloserFunction").arn,
    }
    assert allowed[1]["Resource"] == stack.arn("FlashSaleScheduleDeadLetterQueue")


def test_the_group_expiry_sweep_runs_every_minute():
    sweep = _function("GroupBuysSweeperFunction").events["EveryMinute"]
    assert sweep["Type"] == "ScheduleV2"
    assert sweep["Properties"]["ScheduleExpression"] == "rate(1 minute)"
