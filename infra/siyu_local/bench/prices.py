"""Public on-demand prices for the cost model (case_capacity, docs/capacity.md): one dated
table, no network. Each figure is the first pricing tier of the public page named in
`SOURCES`, as read on `AS_OF`; re-read the pages before quoting a price to a merchant (China
regions' prices are set by their operators, Sinnet for cn-north-1, and change apart from the
global ones). cn-north-1 prices are in CNY, us-east-1 in USD."""

from __future__ import annotations

from dataclasses import dataclass

AS_OF = "2026-12-07"
CNY_PER_USD = 7.2  # to put both regions side by side; the bill is in CNY in China


@dataclass(frozen=True)
class Prices:
    region: str
    currency: str
    lambda_arm_gb_second: float
    lambda_per_million_requests: float
    http_api_per_million_requests: float
    dynamodb_per_million_write_units: float
    dynamodb_per_million_read_units: float
    dynamodb_gb_month: float
    eventbridge_per_million_events: float
    firehose_per_gb: float  # each record billed in 5 KB increments
    s3_per_thousand_puts: float
    s3_gb_month: float
    athena_per_tb_scanned: float  # 10 MB minimum per query


US_EAST_1 = Prices(
    region="us-east-1",
    currency="USD",
    lambda_arm_gb_second=0.0000133334,
    lambda_per_million_requests=0.20,
    http_api_per_million_requests=1.00,
    dynamodb_per_million_write_units=0.625,
    dynamodb_per_million_read_units=0.125,
    dynamodb_gb_month=0.25,
    eventbridge_per_million_events=1.00,
    firehose_per_gb=0.029,
    s3_per_thousand_puts=0.005,
    s3_gb_month=0.023,
    athena_per_tb_scanned=5.00,
)

# cn-north-1: the DynamoDB on-demand write price (¥11.1538 per million) and the provisioned
# prices beside it were re-read on 2026-12-07 from a stored copy of amazonaws.cn's DynamoDB
# pricing page. The Lambda Arm, HTTP API and Firehose figures could not be re-read here (their
# China pages are not among what this machine reaches): transcriptions to check before quoting.
CN_NORTH_1 = Prices(
    region="cn-north-1",
    currency="CNY",
    lambda_arm_gb_second=0.0000907816,
    lambda_per_million_requests=1.36,
    http_api_per_million_requests=7.25,
    dynamodb_per_million_write_units=11.1538,
    dynamodb_per_million_read_units=2.2308,
    dynamodb_gb_month=2.1,
    eventbridge_per_million_events=7.2,
    firehose_per_gb=0.24,
    s3_per_thousand_puts=0.0405,
    s3_gb_month=0.1755,
    athena_per_tb_scanned=34.34,
)

REGIONS = (CN_NORTH_1, US_EAST_1)

SOURCES = {
    "us-east-1": [
        "https://aws.amazon.com/lambda/pricing/ (Arm, first tier)",
        "https://aws.amazon.com/api-gateway/pricing/ (HTTP APIs, first 300 million)",
        "https://aws.amazon.com/dynamodb/pricing/on-demand/",
        "https://aws.amazon.com/eventbridge/pricing/ (custom events)",
        "https://aws.amazon.com/firehose/pricing/ (Direct PUT, first 500 TB)",
        "https://aws.amazon.com/s3/pricing/ (Standard)",
        "https://aws.amazon.com/athena/pricing/",
    ],
    "cn-north-1": [
        "https://www.amazonaws.cn/en/lambda/pricing/",
        "https://www.amazonaws.cn/en/api-gateway/pricing/",
        "https://www.amazonaws.cn/en/dynamodb/pricing/ (on-demand, Beijing and Ningxia)",
        "https://www.amazonaws.cn/en/eventbridge/pricing/",
        "https://www.amazonaws.cn/en/kinesis/data-firehose/pricing/",
        "https://www.amazonaws.cn/en/s3/pricing/",
        "https://www.amazonaws.cn/en/athena/pricing/",
    ],
}
