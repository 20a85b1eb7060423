"""Errors of the CRM capability (webhooks out, CRM API in)."""

from siyu.errors import define_error

EndpointNotFound = define_error("WEBHOOK_ENDPOINT_NOT_FOUND", 404, "Webhook 地址不存在")
EndpointLimit = define_error("WEBHOOK_ENDPOINT_LIMIT", 409, "Webhook 地址数量已达上限")
EndpointUrlInvalid = define_error("WEBHOOK_URL_INVALID", 400, "Webhook 地址不合法")
WebhookEventNotFound = define_error("WEBHOOK_EVENT_NOT_FOUND", 404, "事件不存在或已超过保留期")
IntegrationNotFound = define_error("CRM_INTEGRATION_NOT_FOUND", 404, "CRM 集成不存在")
ApiKeyInvalid = define_error("API_KEY_INVALID", 401, "API Key 无效")
ScopeMissing = define_error("SCOPE_MISSING", 403, "API Key 无此权限")
ContactNotFound = define_error("CRM_CONTACT_NOT_FOUND", 404, "外部会员编号不存在")
ContactNotLinked = define_error("CRM_CONTACT_NOT_LINKED", 409, "外部会员尚未关联小程序会员")
MemberAmbiguous = define_error("CRM_MEMBER_AMBIGUOUS", 409, "该手机号对应多个会员")
MemberAlreadyLinked = define_error("CRM_MEMBER_ALREADY_LINKED", 409, "该会员已关联其他外部编号")
PhoneNotFound = define_error("CRM_PHONE_NOT_FOUND", 404, "没有绑定该手机号的会员")
