"""DynamoDB calls per login (handler import times: case_coldstart)."""

from __future__ import annotations

import os

from siyu_local import bench
from siyu_local.template import default_stack


def login_calls(table: bench.Table) -> None:
    """DynamoDB calls per login of a returning member, counted with a botocore event hook."""
    from siyu_local.fake_kuaishou import FakeKuaishou
    from siyu_local.sandbox import KUAISHOU_TEST_SECRET, reset_caches

    stack = default_stack()
    bench.quiet_environment(stack)
    fake = FakeKuaishou(app_id=os.environ["KUAISHOU_APP_ID"], app_secret=KUAISHOU_TEST_SECRET, port=0)
    fake.start()
    bench.quiet_environment(stack, {"KUAISHOU_BASE_URL": fake.base_url})
    reset_caches()
    try:
        with bench.dynamodb_calls() as calls, bench.local_stack(stack):
            from siyu.auth import login

            login.login(fake.issue_login_code(open_id="bench"))
            calls.clear()
            login.login(fake.issue_login_code(open_id="bench"))
            table.add("auth", "DynamoDB calls per login, returning member", len(calls), "<= 2")
            calls.clear()
            login.login(fake.issue_login_code(open_id="bench-new"))
            table.add("auth", "DynamoDB calls per login, new member", len(calls))
    finally:
        fake.stop()


def run(table: bench.Table) -> None:
    login_calls(table)
