"""Subscribe-message send: validation, subscriptions, failure injection, rate limit."""

from __future__ import annotations

import json
from typing import Any

from fakeks_support import APP_ID, Http

from siyu_local.fake_kuaishou import FakeKuaishou, codes

SEND = "/openapi/mp/developer/message/template/send"
DATA = {"thing01": {"value": "直播预约提醒"}, "date01": {"value": "2020年02月25号"}}


def send(http: Http, token: str, to_user: str = "openid-alice", data: Any = DATA, **extra: str) -> dict:
    form = {
        "app_id": APP_ID,
        "access_token": token,
        "template_id": "tpl-live",
        "to_user": to_user,
        "page": "pages/live/index",
        "data": data if isinstance(data, str) else json.dumps(data),
    }
    form.update(extra)
    return http.form(SEND, form)


def test_send_records_parsed_message(fake: FakeKuaishou, http: Http, token: str) -> None:
    assert send(http, token)["result"] == 1
    [message] = fake.sent_messages
    assert message["to_user"] == "openid-alice"
    assert message["template_id"] == "tpl-live"
    assert message["page"] == "pages/live/index"
    assert message["data"] == DATA


def test_send_rejects_bad_token_and_app(fake: FakeKuaishou, http: Http, token: str) -> None:
    assert send(http, "not-a-token")["result"] == codes.INVALID_ACCESS_TOKEN
    assert send(http, token, app_id="ks700000000000000009")["result"] == codes.AUTH_ERROR
    fake.revoke_tokens()
    assert send(http, token)["result"] == codes.INVALID_ACCESS_TOKEN
    assert fake.sent_messages == []


def test_old_and_new_tokens_both_valid(fake: FakeKuaishou, http: Http, token: str) -> None:
    newer = http.token()
    assert send(http, token)["result"] == 1
    assert send(http, newer)["result"] == 1
    fake.advance_time(172801)
    assert send(http, newer)["result"] == codes.INVALID_ACCESS_TOKEN


def test_send_validates_data(http: Http, token: str) -> None:
    assert send(http, token, data="{not json")["result"] == codes.MSG_INVALID_DATA
    assert send(http, token, data={"title": {"value": "x"}})["result"] == codes.MSG_INVALID_DATA
    assert send(http, token, data={"thing1": {"value": "x"}})["result"] == codes.MSG_INVALID_DATA
    assert send(http, token, data={"thing00": {"value": "x"}})["result"] == codes.MSG_INVALID_DATA
    assert send(http, token, data={"thing01": "x"})["result"] == codes.MSG_INVALID_DATA
    too_long = send(http, token, data={"thing01": {"value": "超" * 21}})
    assert too_long["result"] == codes.MSG_INVALID_DATA
    assert "20" in too_long["error_msg"]
    assert send(http, token, data={"thing01": {"value": "超" * 20}})["result"] == 1
    missing = http.form(SEND, {"app_id": APP_ID, "access_token": token, "data": json.dumps(DATA)})
    assert missing["result"] == codes.PARAM_ERROR


def test_subscription_required(fake: FakeKuaishou, http: Http, token: str) -> None:
    fake.require_subscription = True
    assert send(http, token)["result"] == codes.MSG_NOT_SUBSCRIBED
    fake.subscribe("openid-alice", "tpl-live")
    assert send(http, token)["result"] == 1
    assert send(http, token)["result"] == 1  # long-term by default
    fake.subscribe("openid-bob", "tpl-live", times=1)  # one-time consent
    assert send(http, token, to_user="openid-bob")["result"] == 1
    assert send(http, token, to_user="openid-bob")["result"] == codes.MSG_NOT_SUBSCRIBED


def test_injected_transient_share_is_seeded(fake: FakeKuaishou, http: Http, token: str) -> None:
    fake.fail_messages(share=0.5)
    first = [send(http, token)["result"] for _ in range(20)]
    fake.fail_messages(share=0.5)  # same seed again → same sequence
    second = [send(http, token)["result"] for _ in range(20)]
    assert first == second
    assert set(first) == {1, codes.MSG_SYSTEM_BUSY}
    fake.fail_messages()
    assert send(http, token)["result"] == 1


def test_injected_permanent_failure_for_open_ids(fake: FakeKuaishou, http: Http, token: str) -> None:
    fake.fail_messages(open_ids={"openid-bob"})
    assert send(http, token, to_user="openid-bob")["result"] == codes.MSG_NOT_SUBSCRIBED
    assert send(http, token, to_user="openid-alice")["result"] == 1
    fake.fail_messages(open_ids={"openid-bob"}, transient=True)
    assert send(http, token, to_user="openid-bob")["result"] == codes.MSG_SYSTEM_BUSY
    fake.fail_messages(share=1.0, transient=False)
    assert send(http, token)["result"] == codes.MSG_NOT_SUBSCRIBED
    assert [m["to_user"] for m in fake.sent_messages] == ["openid-alice"]


def test_rate_limit(fake: FakeKuaishou, http: Http, token: str) -> None:
    fake.message_qps = 5  # the real limit is 100; a small one keeps the test fast and deterministic
    results = [send(http, token)["result"] for _ in range(6)]
    assert results == [1] * 5 + [codes.MSG_RATE_LIMITED]
    fake.advance_time(1.1)
    assert send(http, token)["result"] == 1


def test_default_rate_limit_is_100(fake: FakeKuaishou) -> None:
    assert fake.message_qps == 100
