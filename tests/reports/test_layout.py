"""The stored layout is declared twice — the Glue table in template.yaml (Athena) and
siyu.tracking.record.COLUMNS (the collector, the domain sink, DuckDB): they must agree."""

from __future__ import annotations

from siyu.tracking.record import COLUMNS, PARTITION_COLUMN, PREFIX
from tests.conftest import STACK


def test_the_glue_table_declares_the_stored_columns():
    table = STACK.resources["EventsTable"]["Properties"]["TableInput"]
    columns = [(c["Name"], c["Type"]) for c in table["StorageDescriptor"]["Columns"]]
    assert columns == [(name, glue) for name, glue, _ in COLUMNS]
    assert table["PartitionKeys"] == [{"Name": PARTITION_COLUMN, "Type": "string"}]
    assert table["Parameters"]["projection.dt.format"] == "yyyy-MM-dd"


def test_firehose_writes_where_the_table_reads():
    s3 = STACK.resources["EventsDeliveryStream"]["Properties"]["ExtendedS3DestinationConfiguration"]
    assert s3["Prefix"] == f"{PREFIX}{PARTITION_COLUMN}=!{{timestamp:yyyy-MM-dd}}/"
    assert s3["CompressionFormat"] == "UNCOMPRESSED"
    location = STACK.resources["EventsTable"]["Properties"]["TableInput"]["StorageDescriptor"]["Location"]
    assert location == {"Fn::Sub": f"s3://${{AnalyticsBucket}}/{PREFIX}"}


def test_the_local_stack_has_the_delivery_stream(aws):
    from siyu import aws as siyu_aws
    from siyu.config import get_settings

    described = siyu_aws.client("firehose").describe_delivery_stream(
        DeliveryStreamName=get_settings().events_stream
    )
    destination = described["DeliveryStreamDescription"]["Destinations"][0][
        "ExtendedS3DestinationDescription"
    ]
    assert destination["BucketARN"].endswith(get_settings().analytics_bucket)
