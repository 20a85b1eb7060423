"""epay: signed create/query/refund, idempotency, validation, PAYMENT/REFUND callbacks."""

from __future__ import annotations

import json

import pytest
from fakeks_support import APP_ID, APP_SECRET, Http, Receiver, order_body

from siyu_local.fake_kuaishou import FakeKuaishou, callback_sign, codes, epay_sign


def create(http: Http, token: str, out_order_no: str, notify_url: str, **overrides: object) -> dict:
    return http.epay("create_order", order_body(out_order_no, notify_url, **overrides), token)


def test_create_order_and_query(fake: FakeKuaishou, http: Http, token: str, receiver: Receiver) -> None:
    answer = create(http, token, "order-0001", receiver.url)
    assert answer["result"] == 1
    info = answer["order_info"]
    assert len(info["order_no"]) == 21
    assert info["order_no"].isdigit()
    assert info["order_info_token"]

    order = fake.orders["order-0001"]
    assert order["status"] == "PROCESSING"
    assert order["total_amount"] == 1990
    assert order["notify_url"] == receiver.url
    assert order["attach"] == "campaign-7"

    query = http.epay("query_order", {"out_order_no": "order-0001"}, token)
    assert query["result"] == 1
    payment = query["payment_info"]
    assert payment["pay_status"] == "PROCESSING"
    assert payment["total_amount"] == 1990
    assert payment["ks_order_no"] == info["order_no"]
    assert json.loads(payment["extra_info"])["item_type"] == "UNKNOWN"


def test_create_order_is_idempotent(http: Http, token: str, receiver: Receiver) -> None:
    first = create(http, token, "order-0002", receiver.url)
    again = create(http, token, "order-0002", receiver.url)
    assert again == first
    changed = create(http, token, "order-0002", receiver.url, total_amount=2000)
    assert changed["result"] == codes.EPAY_ORDER_CONFLICT
    replaced = create(http, token, "order-0002", receiver.url, total_amount=2000, cancel_order=1)
    assert replaced["result"] == 1
    assert replaced["order_info"]["order_no"] != first["order_info"]["order_no"]


@pytest.mark.parametrize(
    ("overrides", "needle"),
    [
        ({"out_order_no": "abc"}, "out_order_no"),
        ({"out_order_no": "bad no!"}, "out_order_no"),
        ({"expire_time": 299}, "expire_time"),
        ({"expire_time": 172801}, "expire_time"),
        ({"total_amount": "1990"}, "total_amount"),
        ({"total_amount": 0}, "total_amount"),
        ({"subject": "券" * 65}, "subject"),
        ({"subject": "会员卡🎉"}, "subject"),
        ({"open_id": None}, "open_id"),
        ({"notify_url": "http://127.0.0.1:1/notify?x=1"}, "notify_url"),
        ({"attach": "a" * 129}, "attach"),
    ],
)
def test_create_order_validation(http: Http, token: str, overrides: dict, needle: str) -> None:
    fields = {"out_order_no": "order-0003", "notify_url": "http://127.0.0.1:1/notify", **overrides}
    answer = http.epay("create_order", order_body(**fields), token)
    assert answer["result"] == codes.PARAM_ERROR
    assert needle in answer["error_msg"]


def test_subject_width_counts_chinese_as_two(http: Http, token: str) -> None:
    answer = create(http, token, "order-0004", "http://127.0.0.1:1/notify", subject="券" * 64)
    assert answer["result"] == 1


def test_wrong_or_missing_sign_rejected(fake: FakeKuaishou, http: Http, token: str) -> None:
    body = order_body("order-0005", "http://127.0.0.1:1/notify")
    wrong = http.epay("create_order", {**body, "sign": epay_sign(body, APP_SECRET)}, token, sign=False)
    assert wrong["result"] == codes.EPAY_SIGN_ERROR  # app_id from the query was left out of the sign
    assert "app_id=" + APP_ID in wrong["error_msg"]  # the fake shows the string it signed
    missing = http.epay("create_order", body, token, sign=False)
    assert missing["result"] == codes.EPAY_SIGN_ERROR
    other_secret = epay_sign({"app_id": APP_ID, **body}, "other-secret")
    assert (
        http.epay("create_order", {**body, "sign": other_secret}, token, sign=False)["result"]
        == codes.EPAY_SIGN_ERROR
    )
    assert fake.orders == {}


def test_epay_rejects_bad_token_and_body(http: Http, token: str) -> None:
    body = order_body("order-0006", "http://127.0.0.1:1/notify")
    assert http.epay("create_order", body, "bad-token")["result"] == codes.INVALID_ACCESS_TOKEN
    status, answer = http.request(
        "POST",
        "/openapi/mp/developer/epay/create_order",
        query={"app_id": APP_ID, "access_token": token},
        raw=b"{oops",
        headers={"Content-Type": "application/json"},
    )
    assert status == 200
    assert answer["result"] == codes.PARAM_ERROR


def test_query_unknown_order(http: Http, token: str) -> None:
    answer = http.epay("query_order", {"out_order_no": "nope-0001"}, token)
    assert answer["result"] == codes.EPAY_ORDER_NOT_FOUND


def test_pay_delivers_signed_callback(fake: FakeKuaishou, http: Http, token: str, receiver: Receiver) -> None:
    create(http, token, "order-0007", receiver.url)
    result = fake.pay("order-0007", channel="ALIPAY", extra_info={"item_type": "LIVE", "author_id": "42"})
    assert result["status"] == 200
    assert result["acked"]
    assert result["attempts"] == 1
    assert result["body"] == {"result": 1, "message_id": result["message_id"]}

    [hit] = receiver.received
    assert hit["path"] == "/kuaishou/notify"
    assert hit["headers"]["content-type"] == "application/json"
    assert hit["headers"]["kwaisign"] == callback_sign(hit["raw"], APP_SECRET)
    envelope = json.loads(hit["raw"])
    assert envelope["biz_type"] == "PAYMENT"
    assert envelope["app_id"] == APP_ID
    assert envelope["message_id"] == result["message_id"]
    assert isinstance(envelope["timestamp"], int)
    data = envelope["data"]
    assert data["status"] == "SUCCESS"
    assert data["channel"] == "ALIPAY"
    assert data["out_order_no"] == "order-0007"
    assert data["order_amount"] == 1990
    assert data["attach"] == "campaign-7"
    assert data["trade_no"]
    assert data["ks_order_no"] == fake.orders["order-0007"]["ks_order_no"]

    payment = http.epay("query_order", {"out_order_no": "order-0007"}, token)["payment_info"]
    assert payment["pay_status"] == "SUCCESS"
    assert payment["pay_channel"] == "ALIPAY"
    assert payment["pay_time"] > 0
    assert json.loads(payment["extra_info"])["item_type"] == "LIVE"

    with pytest.raises(ValueError, match="not PROCESSING"):
        fake.pay("order-0007")
    with pytest.raises(KeyError):
        fake.pay("order-9999")


def test_pay_retries_until_acked(fake: FakeKuaishou, http: Http, token: str, receiver: Receiver) -> None:
    create(http, token, "order-0008", receiver.url)
    receiver.replies = ["500", "no_id", "ack"]
    result = fake.pay("order-0008")
    assert result["acked"]
    assert result["attempts"] == 3
    assert len(receiver.received) == 3
    assert len({r["raw"] for r in receiver.received}) == 1  # identical bytes, same message_id
    attempts = fake.orders["order-0008"]["callback_attempts"]
    assert [a["status"] for a in attempts] == [500, 200, 200]


def test_pay_gives_up_after_max_attempts(
    fake: FakeKuaishou, http: Http, token: str, receiver: Receiver
) -> None:
    create(http, token, "order-0009", receiver.url)
    fake.callback_max_attempts = 2
    receiver.replies = ["nack", "nack"]
    result = fake.pay("order-0009")
    assert not result["acked"]
    assert result["attempts"] == 2
    assert result["body"]["result"] == 0
    assert fake.orders["order-0009"]["status"] == "SUCCESS"  # paid even if the backend did not ack
    again = fake.redeliver(result["message_id"])  # platform re-push, same bytes
    assert again["acked"]
    assert receiver.received[-1]["raw"] == receiver.received[0]["raw"]


def test_callback_to_dead_or_foreign_host(fake: FakeKuaishou, http: Http, token: str) -> None:
    fake.callback_timeout = 1
    unreachable = fake.send_callback("PAYMENT", {"status": "SUCCESS"}, "http://127.0.0.1:9/notify")
    assert unreachable["status"] == 0
    assert not unreachable["acked"]
    foreign = fake.send_callback("PAYMENT", {"status": "SUCCESS"}, "https://example.com/notify")
    assert foreign["status"] == 0
    assert "callback_hosts" in foreign["body"]["error"]


def test_send_callback_low_level(fake: FakeKuaishou, receiver: Receiver) -> None:
    result = fake.send_callback("SETTLE", {"out_settle_no": "settle-1", "status": "SUCCESS"}, receiver.url)
    assert result["status"] == 200
    assert result["acked"]
    envelope = json.loads(receiver.received[0]["raw"])
    assert envelope["biz_type"] == "SETTLE"
    assert envelope["data"]["out_settle_no"] == "settle-1"
    assert fake.callbacks[-1]["kwaisign"] == receiver.received[0]["headers"]["kwaisign"]


def test_order_times_out(fake: FakeKuaishou, http: Http, token: str) -> None:
    create(http, token, "order-0010", "http://127.0.0.1:1/notify", expire_time=300)
    fake.advance_time(301)
    assert (
        http.epay("query_order", {"out_order_no": "order-0010"}, token)["payment_info"]["pay_status"]
        == "TIMEOUT"
    )
    with pytest.raises(ValueError, match="TIMEOUT"):
        fake.pay("order-0010")


def refund(http: Http, token: str, out_refund_no: str, amount: int | None = None, **extra: object) -> dict:
    body: dict = {"out_order_no": "order-0100", "out_refund_no": out_refund_no, "reason": "用户申请退款"}
    body.update(extra)
    if amount is not None:
        body["refund_amount"] = amount
    return http.epay("apply_refund", body, token)


def test_refund_flow_with_manual_completion(
    fake: FakeKuaishou, http: Http, token: str, receiver: Receiver
) -> None:
    fake.auto_complete_refunds = False
    create(http, token, "order-0100", receiver.url)
    assert refund(http, token, "refund-0001", 500)["result"] == codes.EPAY_ORDER_NOT_PAID
    fake.pay("order-0100")

    first = refund(http, token, "refund-0001", 500, attach="r-attach")
    assert first["result"] == 1
    assert first["refund_no"]
    assert refund(http, token, "refund-0001", 500, attach="r-attach") == first  # idempotent
    assert refund(http, token, "refund-0001", 600)["result"] == codes.EPAY_REFUND_CONFLICT
    assert refund(http, token, "refund-0002", 1491)["result"] == codes.EPAY_REFUND_EXCEEDS_PAID

    queried = http.epay("query_refund", {"out_refund_no": "refund-0001"}, token)["refund_info"]
    assert queried["refund_status"] == "REFUND_PROCESSING"
    assert queried["refund_amount"] == 500

    result = fake.complete_refund("refund-0001")
    assert result["acked"]
    envelope = json.loads(receiver.received[-1]["raw"])
    assert envelope["biz_type"] == "REFUND"
    last = receiver.received[-1]
    assert last["headers"]["kwaisign"] == callback_sign(last["raw"], APP_SECRET)
    assert envelope["data"] == {
        "out_refund_no": "refund-0001",
        "refund_amount": 500,
        "attach": "r-attach",
        "status": "SUCCESS",
        "ks_order_no": fake.orders["order-0100"]["ks_order_no"],
        "ks_refund_no": first["refund_no"],
        "ks_refund_type": "ORIGINAL",
    }
    assert fake.refunds["refund-0001"]["status"] == "SUCCESS"
    queried = http.epay("query_refund", {"out_refund_no": "refund-0001"}, token)["refund_info"]
    assert queried["refund_status"] == "REFUND_SUCCESS"
    assert fake.orders["order-0100"]["refunded_amount"] == 500

    # the rest (omitting refund_amount = everything left); a failed refund frees its amount again
    rest = refund(http, token, "refund-0003")
    assert rest["result"] == 1
    assert fake.refunds["refund-0003"]["refund_amount"] == 1490
    fake.complete_refund("refund-0003", status="FAILED")
    assert refund(http, token, "refund-0004", 1490)["result"] == 1


def test_refund_completes_automatically(
    fake: FakeKuaishou, http: Http, token: str, receiver: Receiver
) -> None:
    create(http, token, "order-0100", receiver.url)
    fake.pay("order-0100")
    assert refund(http, token, "refund-0010", 1990)["result"] == 1
    receiver.wait_for(lambda: len(receiver.received) == 2, "both callbacks received")
    envelope = json.loads(receiver.received[-1]["raw"])
    assert envelope["biz_type"] == "REFUND"
    assert envelope["data"]["status"] == "SUCCESS"
    receiver.wait_for(
        lambda: fake.refunds["refund-0010"]["callback_attempts"] != [], "a refund callback attempt"
    )
    assert fake.refunds["refund-0010"]["status"] == "SUCCESS"


def test_create_order_with_channel(http: Http, token: str) -> None:
    body = order_body(
        "order-0200",
        "http://127.0.0.1:1/notify",
        provider={"provider": "WECHAT", "provider_channel_type": "NORMAL"},
    )
    assert http.epay("create_order_with_channel", body, token)["result"] == 1
    body["out_order_no"] = "order-0201"
    body["provider"] = {"provider": "PAYPAL"}
    assert http.epay("create_order_with_channel", body, token)["result"] == codes.PARAM_ERROR


def test_epay_query_rate_limit(fake: FakeKuaishou, http: Http, token: str) -> None:
    fake.epay_qps = 3
    results = [http.epay("query_order", {"out_order_no": "nope-0001"}, token)["result"] for _ in range(4)]
    assert results == [codes.EPAY_ORDER_NOT_FOUND] * 3 + [codes.EPAY_RATE_LIMITED]
