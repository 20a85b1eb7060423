"""Siyu (私域): what every Siyu function shares — configuration, HTTP conventions, auth,
the domain-event outbox, the Kuaishou client — and one subpackage per domain."""
