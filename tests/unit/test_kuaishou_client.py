"""The Kuaishou client against the fake platform: signatures, token sharing, errors."""

from __future__ import annotations

import json

import pytest

from siyu import kuaishou
from siyu.errors import SiyuError
from siyu_local.sandbox import KUAISHOU_TEST_SECRET, reset_caches

DOC_PARAMS = {
    "app_id": "ks707065143182423884",
    "detail": "详情介绍",
    "expire_time": 3600,
    "notify_url": "https://xxxx.kuaishou.com/zeus/epay/notify",
    "open_id": "5b748c61ef2901405450656638e8f702d3",
    "out_order_no": "kdj1231113454676",
    "subject": "肯德基10元代金券",
    "total_amount": 100,
    "type": 1,
}


def test_epay_sign_matches_the_documented_vector():
    assert kuaishou.epay_sign(DOC_PARAMS, "TEST_SECRET") == "2fdcb004dc0f2d8eadc03ad5ef9884f5"
    # sign and access_token never take part; empty values neither.
    noisy = {**DOC_PARAMS, "sign": "x", "access_token": "t", "attach": ""}
    assert kuaishou.epay_sign(noisy, "TEST_SECRET") == "2fdcb004dc0f2d8eadc03ad5ef9884f5"


def test_callback_signature_vector():
    body = (
        b'{"data":{"status":"SUCCESS"},"biz_type":"PAYMENT","message_id":"m1","app_id":"ks1","timestamp":1}'
    )
    assert kuaishou.callback_signature(body, "TEST_SECRET") == "c98287f2567576319cc19443b6d9e2ec"


def test_phone_decryption_vector():
    payload = kuaishou.decrypt(
        "BhwmnJUlu+xsIiARqsoP35GBL4EBQr8cyEbTDUfcO5cvmCbmezs0XHlfq1bOtxkZqA3/RYQ5nNpS4o1StegPRw==",
        "0kga3zotUrMkCvociMF7YQ==",
        "z7CLMhoYKrPoolWP8SoNew==",
    )
    assert payload == {"countryCode": "86", "phoneNumber": "19814733741"}


def test_access_token_is_shared_across_containers(aws, fake_kuaishou):
    before = fake_kuaishou.tokens_issued
    first = kuaishou.client().access_token()
    kuaishou.reset_client()  # a second container: no memory cache, same table
    assert kuaishou.client().access_token() == first
    assert fake_kuaishou.tokens_issued == before + 1


def test_signed_create_and_query_order(aws, fake_kuaishou):
    client = kuaishou.client()
    info = client.create_order(
        out_order_no="siyu0000000001",
        open_id="openid-pay",
        total_amount=1800,
        subject="芋泥波波奶茶",
        detail="大杯 少冰 七分糖",
        type=1233,
        expire_time=900,
        notify_url="http://127.0.0.1:9/v1/payments/kuaishou/notify",
    )
    assert set(info) >= {"order_no", "order_info_token"}
    assert client.query_order("siyu0000000001")["total_amount"] == 1800


def test_wrong_app_secret_is_refused_by_the_platform(aws, fake_kuaishou, monkeypatch):
    from siyu import aws as siyu_aws
    from siyu.config import get_settings

    siyu_aws.client("secretsmanager").put_secret_value(
        SecretId=get_settings().kuaishou_secret_name, SecretString="not-the-secret"
    )
    reset_caches()
    with pytest.raises(SiyuError) as err:
        kuaishou.client().code2session(fake_kuaishou.issue_login_code())
    assert err.value.code == "LOGIN_CODE_INVALID"
    assert KUAISHOU_TEST_SECRET != "not-the-secret"


def test_subscribe_message_reaches_the_platform(aws, fake_kuaishou):
    kuaishou.client().send_subscribe_message(
        "openid-sub", "tmpl-1", "pages/index", {"thing01": {"value": "开播啦"}}
    )
    sent = fake_kuaishou.sent_messages[-1]
    assert sent["to_user"] == "openid-sub"
    assert json.loads(json.dumps(sent["data"])) == {"thing01": {"value": "开播啦"}}


def test_callback_verification(aws):
    body = b'{"biz_type":"PAYMENT"}'
    good = kuaishou.callback_signature(body, KUAISHOU_TEST_SECRET)
    client = kuaishou.client()
    assert client.verify_callback(body, good)
    assert client.verify_callback(body, good.upper())
    assert not client.verify_callback(body + b" ", good)
    assert not client.verify_callback(body, None)


def test_a_refused_access_token_is_replaced_and_the_call_made_again(aws, fake_kuaishou):
    client = kuaishou.client()
    old = client.access_token()
    fake_kuaishou.revoke_tokens()  # e.g. the secret was reset in the console
    before = fake_kuaishou.tokens_issued
    client.send_subscribe_message("openid-sub", "tmpl-1", "pages/index", {"thing01": {"value": "开播啦"}})
    assert fake_kuaishou.sent_messages[-1]["to_user"] == "openid-sub"
    assert fake_kuaishou.tokens_issued == before + 1
    new = client.access_token()
    assert new != old
    kuaishou.reset_client()  # another container reads the new token from the table
    assert kuaishou.client().access_token() == new
    info = kuaishou.client().create_order(
        out_order_no="siyu0000000002",
        open_id="openid-pay",
        total_amount=1200,
        subject="柠檬茶",
        detail="中杯",
        type=1233,
        expire_time=900,
        notify_url="http://127.0.0.1:9/v1/payments/kuaishou/notify",
    )
    assert info["order_no"]
    assert fake_kuaishou.tokens_issued == before + 1  # the new token was good: no third one
