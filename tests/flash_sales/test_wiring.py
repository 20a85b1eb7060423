"""The flash-sale functions as the stack wires them: the schedules' targets, role and
dead-letter queue exist, the sweep runs (routes: tests/unit/test_routes_in_template.py)."""

from __future__ import annotations

from siyu_local.template import default_stack


def _function(logical_id: str):
    return default_stack().functions()[logical_id]


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
