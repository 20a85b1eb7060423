"""CRM sync: signed Standard Webhooks to the merchant's CRM (endpoints, delivery, replay, the
event catalogue) and the inbound CRM API (integrations with API keys, contacts by external
id, points adjustments)."""
