"""The subscribe-message credit ledger: one accept = one send; the member route is idempotent;
a send without consent is refused and counted, never made."""

from __future__ import annotations

from siyu.push import credits
from siyu.push.models import Credit
from tests.push.support import TEMPLATE, api, campaign, drain, members, send_calls
from tests.support import make_member, member_token


def test_each_accept_is_one_credit_and_a_retry_adds_none(aws) -> None:
    make_member("alice")
    body = {"results": {TEMPLATE: "accept", "tmpl-other": "reject"}}
    headers = {"Idempotency-Key": "sub-req-0001"}
    status, answer = api("POST", "/v1/push/subscriptions", body, token=member_token("alice"), headers=headers)
    assert status == 200, answer
    assert answer == {"credits": {TEMPLATE: 1, "tmpl-other": 0}}
    # The SDK retries the same request: nothing added.
    _, again = api("POST", "/v1/push/subscriptions", body, token=member_token("alice"), headers=headers)
    assert again == answer
    # A second ks.requestSubscribeMessage that is accepted again: a second credit.
    _, second = api(
        "POST",
        "/v1/push/subscriptions",
        {"results": {TEMPLATE: "accept"}},
        token=member_token("alice"),
        headers={"Idempotency-Key": "sub-req-0002"},
    )
    assert second == {"credits": {TEMPLATE: 2}}


def test_bad_input_is_a_400_and_records_nothing(aws) -> None:
    make_member("bob")
    token = member_token("bob")
    cases = [
        ({"results": {TEMPLATE: "accept"}}, {}),  # no Idempotency-Key
        ({"results": {TEMPLATE: "yes"}}, {"Idempotency-Key": "sub-req-0003"}),
        ({"results": {}}, {"Idempotency-Key": "sub-req-0004"}),
        ({"results": {"bad id!": "accept"}}, {"Idempotency-Key": "sub-req-0005"}),
    ]
    for body, headers in cases:
        status, answer = api("POST", "/v1/push/subscriptions", body, token=token, headers=headers)
        assert status == 400, (body, answer)
        assert answer["error"]["code"] == "VALIDATION_ERROR"
    assert credits.balances("bob", [TEMPLATE]) == {TEMPLATE: 0}
    assert list(Credit.query("CREDIT#bob#" + TEMPLATE)) == []


def test_a_member_without_credit_is_counted_and_never_sent(aws, fake_kuaishou) -> None:
    with_credit = members(3, prefix="ok")
    without = members(2, credits_each=0, prefix="no")
    push = campaign(with_credit + without, kind="transactional")
    before = send_calls(fake_kuaishou)
    from siyu.push import campaigns

    campaigns.send(push.campaign_id)
    drain()
    assert send_calls(fake_kuaishou) - before == 3
    sent_to = {m["to_user"] for m in fake_kuaishou.sent_messages if m["page"].endswith(push.campaign_id)}
    assert sent_to == {f"openid-{m}" for m in with_credit}
    figures = campaigns.figures(campaigns.get(push.campaign_id))
    assert figures | {"pending": 0} == {
        "targeted": 5,
        "sent": 3,
        "no_credit": 2,
        "capped": 0,
        "held": 0,
        "failed": 0,
        "pending": 0,
        "opened": 0,
    }
    # One accept = one send: the credit is spent.
    assert credits.balances(with_credit[0], [TEMPLATE]) == {TEMPLATE: 0}
