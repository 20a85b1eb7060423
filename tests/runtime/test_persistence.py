"""--data-dir: what one run saves, the next restores into freshly created resources."""

from __future__ import annotations

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


def test_objects_messages_and_fake_platform_state_round_trip(tmp_path, fake_kuaishou):
    """What each changing request writes (save_service, save_kuaishou) a new run restores:
    tables are DynamoDB Local's own (-dbPath), so the data folder holds the rest."""
    from siyu_local.template import default_stack

    stack = default_stack()
    data = DataDir(tmp_path)
    bucket = stack.physical_name("AnalyticsBucket")
    with mock_aws():
        resources.create_all(stack, {}, tables=False)
        clients = Clients(stack.region)
        queue = clients.queue_url(stack.physical_name("TrackingDomainEventsDLQ"))
        clients("s3").put_object(Bucket=bucket, Key="a/1.json", Body=b'{"n": 1}')
        clients("sqs").send_message(QueueUrl=queue, MessageBody="kept-1")
        clients("sqs").send_message(QueueUrl=queue, MessageBody="kept-2")
        for kind in ("s3", "sqs", "secrets", "schedules"):
            data.save_service(kind, stack, clients)
    fake_kuaishou.subscribe("ks-user-1", "TPL-1", times=2)
    data.save_kuaishou(fake_kuaishou.export_state())
    data.save_meta({})
    saved_platform = fake_kuaishou.export_state()

    with mock_aws():
        resources.create_all(stack, data.secrets(), tables=False)
        clients = Clients(stack.region)
        data.restore(stack, clients)
        body = clients("s3").get_object(Bucket=bucket, Key="a/1.json")["Body"].read()
        assert body == b'{"n": 1}'
        queue = clients.queue_url(stack.physical_name("TrackingDomainEventsDLQ"))
        got = clients("sqs").receive_message(QueueUrl=queue, MaxNumberOfMessages=10)["Messages"]
        assert sorted(m["Body"] for m in got) == ["kept-1", "kept-2"]
    restored = type(fake_kuaishou)(app_id="ks-restored", app_secret="x")
    restored.import_state(data.kuaishou() or b"")
    assert restored.export_state() == saved_platform


def test_an_unknown_format_starts_clean(tmp_path, probe_stack: Stack):
    (tmp_path / "meta.json").write_text('{"format": 999}')
    with mock_aws():
        resources.create_all(probe_stack, {})
        assert DataDir(tmp_path).restore(probe_stack, Clients(probe_stack.region)) == {}
