"""DynamoDB round trips per check-in (goal 1), per redemption and per points change, counted
with a botocore event hook through the members handler on DynamoDB Local; and check-ins per second."""

from __future__ import annotations

import json
import time
from typing import Any

from siyu_local import bench
from siyu_local.template import default_stack

MEMBERS_FOR_THROUGHPUT = 50


class _Context:
    function_name = "siyu-bench"
    memory_limit_in_mb = 512
    invoked_function_arn = "arn:aws-cn:lambda:cn-north-1:123456789012:function:siyu-bench"
    aws_request_id = "bench"

    @staticmethod
    def get_remaining_time_in_millis() -> int:
        return 10_000


def run(table: bench.Table) -> None:
    stack = default_stack()
    bench.quiet_environment(stack)
    with bench.dynamodb_calls() as calls, bench.local_stack(stack):
        _measure(table, calls)


def _measure(table: bench.Table, calls: list[str]) -> None:
    from members_app import handler

    from siyu import clock
    from siyu.auth import tokens
    from siyu.ids import new_id
    from siyu.members import account, gifts, points, rules
    from siyu.members.models import Member
    from siyu.members.schemas import CheckinRules, GiftDefinition, StreakBonus, TaskRule
    from siyu_local.apigw import json_event, parse_response

    def new_member() -> tuple[str, str]:
        member_id = new_id()
        Member(
            *Member.key(member_id), member_id=member_id, open_id=member_id, created_at=clock.now_iso()
        ).save()
        return member_id, tokens.issue(member_id, "access", 3600)

    def call(method: str, path: str, token: str, body: Any = None) -> dict[str, Any]:
        event = json_event(method, path, body, headers={"authorization": f"Bearer {token}"})
        status, _, data, _ = parse_response(handler(event, _Context()))
        if status >= 300:
            raise RuntimeError(f"{method} {path}: {status} {data!r}")
        return dict(json.loads(data))

    def counted(action: Any) -> int:
        calls.clear()
        action()
        return len(calls)

    rules.save_checkin(CheckinRules(base_points=5, streak_bonuses=[StreakBonus(day=7, points=20)]))
    rules.save_task(TaskRule(task_id="daily-checkin", kind="checkin", title="每日签到", points=2))
    _, warm_up = new_member()
    call("POST", "/v1/checkins", warm_up)

    rules.reset()
    account.forget_all()
    _, token = new_member()
    table.add(
        "members",
        "DynamoDB calls per check-in, cold container",
        counted(lambda: call("POST", "/v1/checkins", token)),
    )
    _, token = new_member()
    table.add(
        "members",
        "DynamoDB calls per check-in, member not seen by container",
        counted(lambda: call("POST", "/v1/checkins", token)),
    )
    _, token = new_member()
    table.add(
        "members", "DynamoDB calls per GET /v1/checkins", counted(lambda: call("GET", "/v1/checkins", token))
    )
    table.add(
        "members",
        "DynamoDB calls per check-in after the calendar (usual flow)",
        counted(lambda: call("POST", "/v1/checkins", token)),
        "1",
    )
    table.add(
        "members",
        "DynamoDB calls per repeated check-in, same day",
        counted(lambda: call("POST", "/v1/checkins", token)),
    )

    gifts.put_gift("cup", GiftDefinition(name="杯子", points_cost=10, initial_stock=1000))
    member_id, token = new_member()
    points.change(member_id, 100, reason="bench", source="bench", ref="seed")
    table.add(
        "members",
        "DynamoDB calls per gift redemption (domain)",
        counted(lambda: gifts.redeem(member_id, "cup")),
    )
    table.add(
        "members",
        "DynamoDB calls per points.change",
        counted(lambda: points.change(member_id, 1, reason="bench", source="bench", ref="one")),
    )

    tokens_ = [new_member()[1] for _ in range(MEMBERS_FOR_THROUGHPUT)]
    started = time.perf_counter()
    for member_token in tokens_:
        call("GET", "/v1/checkins", member_token)
        call("POST", "/v1/checkins", member_token)
    elapsed = time.perf_counter() - started
    table.add(
        "members",
        "calendar + check-in pairs per second, one thread, DynamoDB Local",
        MEMBERS_FOR_THROUGHPUT / elapsed,
    )
