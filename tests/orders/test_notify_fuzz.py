"""The payment notify route never answers 5xx for anything a caller can send: malformed
headers, bodies in any encoding, signed payloads of the wrong shape (issue 15, 5 and 9c).
A signed callback Siyu cannot read is acknowledged (retrying the same bytes cannot help),
logged and counted; an unsigned one is refused (401) without anything read or written."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from siyu.kuaishou import callback_signature
from siyu.orders.schemas import PENDING_PAYMENT
from siyu_local.apigw import http_event, parse_response
from siyu_local.sandbox import KUAISHOU_TEST_SECRET
from tests.conftest import LambdaContextStub
from tests.orders.support import TEA, make_member, order, place, setup_shop
from tests.support import events

NOTIFY = "/v1/payments/kuaishou/notify"
FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # a fixed sequence: the same examples on every run
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def shop(aws):
    setup_shop()


def sign(raw: bytes) -> str:
    return callback_signature(raw, KUAISHOU_TEST_SECRET)


def notify(raw: bytes, kwaisign: str | None, content_type: str = "application/json") -> tuple[int, Any]:
    from orders_payments import handler

    headers = {"content-type": content_type}
    if kwaisign is not None:
        headers["kwaisign"] = kwaisign
    event = http_event("POST", NOTIFY, headers=headers, body=raw)
    status, _, body, _ = parse_response(handler(event, LambdaContextStub()))
    return status, json.loads(body)


def envelope(data: Any, biz_type: str = "PAYMENT") -> bytes:
    return json.dumps({"data": data, "biz_type": biz_type, "message_id": "m-1"}).encode()


def pending_order() -> str:
    member = make_member()
    return str(place(member, items=[{"product_id": TEA, "sku_id": "L", "quantity": 1}]).order.order_id)


def test_a_kwaisign_with_non_ascii_characters_is_401(shop):
    raw = envelope({"out_order_no": "x", "status": "SUCCESS", "order_amount": 1})
    for header in ("签名", "é" * 32, sign(raw)[:-1] + "ä"):
        status, answer = notify(raw, header)
        assert (status, answer["result"]) == (401, 0)


def test_a_body_that_is_not_utf8_is_never_5xx(shop):
    raw = b"\xff\xfe" + envelope({"out_order_no": "x"})
    assert notify(raw, "0" * 32)[0] == 401  # unsigned: refused
    status, answer = notify(raw, sign(raw))  # signed but unreadable: acknowledged
    assert (status, answer["result"]) == (200, 1)


@pytest.mark.parametrize(
    "data",
    [
        {"status": "SUCCESS", "order_amount": "abc"},  # amount not a number
        {"status": "SUCCESS", "order_amount": 1.5},
        {"status": "SUCCESS", "order_amount": True},
        {"status": "SUCCESS", "order_amount": -1},
        [{"status": "SUCCESS"}],  # data as a list
        "SUCCESS",
        {"status": "SUCCESS", "order_amount": 1500, "out_order_no": None},
    ],
)
def test_signed_malformed_payloads_are_acknowledged_counted_and_change_nothing(shop, capsys, data):
    order_id = pending_order()
    before = len(events())
    if isinstance(data, dict) and "out_order_no" not in data:
        data = {**data, "out_order_no": order_id}
    raw = envelope(data)
    capsys.readouterr()
    status, answer = notify(raw, sign(raw))
    assert (status, answer) == (200, {"result": 1, "message_id": "m-1"})
    assert "MalformedPaymentCallbacks" in capsys.readouterr().out
    assert order(order_id).status == PENDING_PAYMENT
    assert len(events()) == before


def test_a_signed_payment_without_out_order_no_is_acknowledged(shop, capsys):
    raw = envelope({"status": "SUCCESS", "order_amount": 1500})
    capsys.readouterr()
    assert notify(raw, sign(raw)) == (200, {"result": 1, "message_id": "m-1"})
    assert "MalformedPaymentCallbacks" in capsys.readouterr().out


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
payment_like = st.fixed_dictionaries(
    {},
    optional={
        "out_order_no": json_values,
        "status": st.sampled_from(["SUCCESS", "FAILED", "PROCESSING"]) | json_values,
        "order_amount": json_values,
        "ks_order_no": json_values,
        "attach": json_values,
        "out_refund_no": json_values,
    },
)


@FUZZ
@given(
    data=payment_like | json_values,
    biz_type=st.sampled_from(["PAYMENT", "REFUND", "SETTLE"]) | json_values,
    signed=st.booleans(),
)
def test_fuzzed_envelopes_signed_or_not_never_5xx(shop, data, biz_type, signed):
    raw = json.dumps({"data": data, "biz_type": biz_type, "message_id": "fuzz"}).encode()
    status, answer = notify(raw, sign(raw) if signed else "f" * 32)
    assert status < 500, answer
    if not signed:
        assert status == 401


@FUZZ
@given(
    raw=st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()),
    header=st.none() | st.text(max_size=40),
    content_type=st.sampled_from(["application/json", "text/plain", "application/octet-stream", ""]),
    signed=st.booleans(),
)
def test_fuzzed_raw_bodies_and_headers_never_5xx(shop, raw, header, content_type, signed):
    kwaisign = sign(raw) if signed else header
    status, answer = notify(raw, kwaisign, content_type)
    assert status < 500, answer


def test_a_signed_body_base64_encoded_by_api_gateway_is_verified_on_its_bytes(shop):
    raw = b"\x80\x81 not json"
    event = http_event("POST", NOTIFY, headers={"kwaisign": sign(raw)}, body=raw)
    assert event["isBase64Encoded"]
    assert base64.b64decode(event["body"]) == raw
    from orders_payments import handler

    status, _, body, _ = parse_response(handler(event, LambdaContextStub()))
    assert (status, json.loads(body)["result"]) == (200, 1)
