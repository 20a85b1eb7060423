"""--data-dir: what one run saves, the next restores into freshly created resources."""

from __future__ import annotations

import json

from moto import mock_aws

from siyu_local import resources
from siyu_local.persistence import DataDir
from siyu_local.targets import Clients
from siyu_local.template import Stack


def test_tables_secrets_schedules_and_meta_survive_a_restart(tmp_path, probe_stack: Stack):
    data = DataDir(tmp_path / "state")
    assert not data.has_state
    function_arn = probe_stack.functions()["ProbeFunction"].arn
    with mock_aws():
        resources.create_all(probe_stack, {"siyu/e2e/secret": "s3cr3t"})
        clients = Clients(probe_stack.region)
        clients("scheduler").create_schedule(
            Name="reminder-1",
            ScheduleExpression="at(2030-01-01T00:00:00)",
            FlexibleTimeWindow={"Mode": "OFF"},
            Target={
                "Arn": function_arn,
                "RoleArn": "arn:aws-cn:iam::123456789012:role/r",
                "Input": '{"x": 1}',
            },
            ActionAfterCompletion="DELETE",
        )
        data.save(probe_stack, clients, {"demo": [["auth", {"owner login": "owner / pw"}]], "completed": []})
    assert data.has_state
    assert data.secrets()["siyu/e2e/secret"] == "s3cr3t"

    with mock_aws():
        resources.create_all(probe_stack, data.secrets())
        clients = Clients(probe_stack.region)
        meta = data.restore(probe_stack, clients)
        assert meta["demo"] == [["auth", {"owner login": "owner / pw"}]]
        restored = clients("scheduler").get_schedule(Name="reminder-1")
        assert restored["Target"]["Input"] == '{"x": 1}'
        assert restored["ActionAfterCompletion"] == "DELETE"
        assert (
            clients("secretsmanager").get_secret_value(SecretId="siyu/e2e/secret")["SecretString"] == "s3cr3t"
        )


def test_table_items_round_trip(tmp_path, aws):
    from siyu_local.template import default_stack

    stack = default_stack()
    clients = Clients(stack.region)
    table = stack.physical_name("MembersTable")
    items = [{"pk": {"S": f"MEMBER#{i}"}, "sk": {"S": "PROFILE"}, "n": {"N": str(i)}} for i in range(60)]
    for item in items:
        clients("dynamodb").put_item(TableName=table, Item=item)
    data = DataDir(tmp_path)
    data.save(stack, clients, {})
    for item in items:
        clients("dynamodb").delete_item(TableName=table, Key={"pk": item["pk"], "sk": item["sk"]})
    data.restore(stack, clients)
    scanned = clients("dynamodb").scan(TableName=table)["Items"]
    assert sorted(json.dumps(i, sort_keys=True) for i in scanned) == sorted(
        json.dumps(i, sort_keys=True) for i in items
    )


def test_an_unknown_format_starts_clean(tmp_path, probe_stack: Stack):
    (tmp_path / "meta.json").write_text('{"format": 999}')
    with mock_aws():
        resources.create_all(probe_stack, {})
        assert DataDir(tmp_path).restore(probe_stack, Clients(probe_stack.region)) == {}
