"""Order sync, settle and bill rules of the fake platform (research notes §13)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from fakeks_support import APP_ID, Http, Receiver, order_body

from siyu_local.fake_kuaishou import FakeKuaishou, callback_sign, codes


def _paid_order(
    fake: FakeKuaishou, http: Http, token: str, receiver: Receiver, no: str = "order-s001"
) -> None:
    assert http.epay("create_order", order_body(no, receiver.url), token)["result"] == 1
    assert fake.pay(no)["acked"]


def _upload(http: Http, token: str) -> str:
    status, answer = http.request(
        "POST",
        "/openapi/mp/developer/file/img/uploadWithUrl",
        query={"app_id": APP_ID, "access_token": token, "url": "https://cdn.example.com/a.jpg"},
    )
    assert status == 200
    assert answer["result"] == 1
    return str(answer["data"]["imgId"])


def _report(http: Http, token: str, no: str, status: int, img_id: str, **extra: object) -> dict:
    body = {
        "out_order_no": no,
        "out_biz_order_no": no,
        "open_id": "openid-alice",
        "order_create_time": 1_700_000_000_000,
        "order_status": status,
        "order_path": "pages/order/detail?id=" + no,
        "product_cover_img_id": img_id,
        **extra,
    }
    _, answer = http.request(
        "POST",
        "/openapi/mp/developer/order/v1/report",
        query={"app_id": APP_ID, "access_token": token},
        body=body,
    )
    return dict(answer)


def test_order_reports_are_validated(fake: FakeKuaishou, http: Http, token: str, receiver: Receiver) -> None:
    img = _upload(http, token)
    assert _report(http, token, "order-nope", 2, img)["result"] == codes.EPAY_ORDER_NOT_FOUND
    assert http.epay("create_order", order_body("order-s000", receiver.url), token)["result"] == 1
    assert _report(http, token, "order-s000", 2, img)["result"] == codes.ORDER_STATUS_INVALID  # not paid
    assert _report(http, token, "order-s000", 3, img)["result"] == 1  # cancelled is fine unpaid
    _paid_order(fake, http, token, receiver)
    assert _report(http, token, "order-s001", 7, img)["result"] == codes.PARAM_ERROR  # not in the enum
    assert _report(http, token, "order-s001", 2, "img-unknown")["result"] == codes.IMAGE_NOT_FOUND
    assert _report(http, token, "order-s001", 2, img, open_id="openid-bob")["result"] == codes.PARAM_ERROR
    assert _report(http, token, "order-s001", 2, img)["result"] == 1
    assert _report(http, token, "order-s001", 10, img)["result"] == 1
    assert fake.reports_of("order-s001") == [2, 10]


def test_settle_waits_3_days_after_used_and_sends_the_settle_callback(
    fake: FakeKuaishou, http: Http, token: str, receiver: Receiver
) -> None:
    _paid_order(fake, http, token, receiver)
    img = _upload(http, token)
    settle = {"out_order_no": "order-s001", "out_settle_no": "settle-s001", "reason": "核销结算"}
    early = http.epay("settle", settle, token)
    assert early["result"] == codes.EPAY_SETTLE_TOO_EARLY
    assert early["error_msg"]
    assert _report(http, token, "order-s001", 11, img)["result"] == 1
    fake.advance_time(2 * 86400)
    token = http.token()  # the old one lived 48 h
    assert http.epay("settle", settle, token)["result"] == codes.EPAY_SETTLE_TOO_EARLY  # day 2
    fake.advance_time(86400)
    token = http.token()
    accepted = http.epay("settle", settle, token)
    assert accepted["result"] == 1
    assert accepted["settle_no"]
    assert http.epay("settle", settle, token)["settle_no"] == accepted["settle_no"]  # idempotent
    other = http.epay("settle", {**settle, "out_settle_no": "settle-s002"}, token)
    assert other["result"] == codes.EPAY_SETTLE_CONFLICT
    receiver.wait_for(lambda: any(b'"SETTLE"' in r["raw"] for r in receiver.received), "a SETTLE callback")
    sent = next(r for r in receiver.received if b'"SETTLE"' in r["raw"])
    assert sent["headers"]["kwaisign"] == callback_sign(sent["raw"], fake.app_secret)
    data = json.loads(sent["raw"])["data"]
    assert (data["out_settle_no"], data["status"], data["settle_amount"]) == ("settle-s001", "SUCCESS", 1990)
    queried = http.epay("query_settle", {"out_settle_no": "settle-s001"}, token)
    assert queried["settle_info"]["settle_status"] == "SETTLE_SUCCESS"

    day = datetime.fromtimestamp(fake.settles["settle-s001"]["finished_at"], UTC)
    bill_date = day.astimezone(timezone(timedelta(hours=8))).date().isoformat()
    bill = http.epay("query_bill", {"bill_date": bill_date, "size": 10}, token)["bill"]
    assert [(i["biz_type"], i["amount"], i["service_fee"]) for i in bill["items"]] == [("SETTLE", 1990, 20)]
    assert bill["next_cursor"] == ""


def test_a_share_of_calls_can_be_made_to_fail(
    fake: FakeKuaishou, http: Http, token: str, receiver: Receiver
) -> None:
    _paid_order(fake, http, token, receiver)
    img = _upload(http, token)
    fake.fail_calls(1.0, {"report"})
    assert _report(http, token, "order-s001", 2, img)["result"] == codes.SYSTEM_BUSY
    assert codes.SYSTEM_BUSY in codes.TRANSIENT_CODES
    fake.fail_calls()
    assert _report(http, token, "order-s001", 2, img)["result"] == 1
