"""Result codes answered by the fake Kuaishou platform.

Every JSON answer carries ``result``: ``1`` on success, otherwise one of the ints below plus
``error_msg``. Business errors use HTTP 200 (as the real SDKs expect); only the simulated
outage (503), unknown paths (404) and wrong methods (405) change the HTTP status.

Codes as Kuaishou documents them:

=============================  ===========  ==================================================
constant                       value        meaning
=============================  ===========  ==================================================
``OK``                         1            success
``PARAM_ERROR``                100200100    参数有误: missing / malformed parameter (also epay
                                            field validation, §5.2 limits)
``AUTH_ERROR``                 100200101    验证出错: wrong app_id / app_secret
=============================  ===========  ==================================================

Codes chosen by the fake (the real ones were not found — backends should treat any non-1
``result`` as an error and only rely on these in tests against the fake):

=============================  ===========  ==================================================
``INVALID_CODE``               100200103    js_code unknown, already used or expired (5 min)
``INVALID_ACCESS_TOKEN``       100200108    access_token unknown, expired (48 h) or revoked
``MSG_SYSTEM_BUSY``            100300001    系统繁忙 — transient send failure, retry later
``MSG_NOT_SUBSCRIBED``         100300002    用户未订阅 — permanent for this user/template
``MSG_INVALID_DATA``           100300003    ``data`` is not JSON / bad key / value too long
``MSG_RATE_LIMITED``           100300004    more than ``message_qps`` (100) sends in 1 s
``EPAY_SIGN_ERROR``            100400001    签名错误 — ``sign`` missing or wrong
``EPAY_ORDER_CONFLICT``        100400002    out_order_no reused with different params, or
                                            cancel_order=1 on a paid order
``EPAY_ORDER_NOT_FOUND``       100400003    unknown out_order_no
``EPAY_ORDER_NOT_PAID``        100400004    refund of an order that is not paid
``EPAY_REFUND_EXCEEDS_PAID``   100400005    refund_amount > paid minus already refunded
``EPAY_REFUND_CONFLICT``       100400006    out_refund_no reused with different params
``EPAY_REFUND_NOT_FOUND``      100400007    unknown out_refund_no (query_refund)
``EPAY_RATE_LIMITED``          100400008    query_order / apply_refund over 30 QPS
``SERVICE_UNAVAILABLE``        100000503    body of the HTTP 503 answered during ``outage``
``NOT_FOUND``                  100000404    body of the HTTP 404 for unknown paths
``METHOD_NOT_ALLOWED``         100000405    body of the HTTP 405 for a known path
=============================  ===========  ==================================================
"""

from __future__ import annotations

OK = 1
PARAM_ERROR = 100200100
AUTH_ERROR = 100200101
INVALID_CODE = 100200103
INVALID_ACCESS_TOKEN = 100200108

MSG_SYSTEM_BUSY = 100300001
MSG_NOT_SUBSCRIBED = 100300002
MSG_INVALID_DATA = 100300003
MSG_RATE_LIMITED = 100300004

EPAY_SIGN_ERROR = 100400001
EPAY_ORDER_CONFLICT = 100400002
EPAY_ORDER_NOT_FOUND = 100400003
EPAY_ORDER_NOT_PAID = 100400004
EPAY_REFUND_EXCEEDS_PAID = 100400005
EPAY_REFUND_CONFLICT = 100400006
EPAY_REFUND_NOT_FOUND = 100400007
EPAY_RATE_LIMITED = 100400008

SERVICE_UNAVAILABLE = 100000503
NOT_FOUND = 100000404
METHOD_NOT_ALLOWED = 100000405

# Transient codes: a backend may retry these later; everything else is final for the request.
TRANSIENT_CODES = frozenset({MSG_SYSTEM_BUSY, MSG_RATE_LIMITED, EPAY_RATE_LIMITED, SERVICE_UNAVAILABLE})
