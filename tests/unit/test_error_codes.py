"""The error-code scan (siyu_local.error_codes) behind each operation's x-siyu-error-codes
follows the domain a route imports in its body (docs/DEVELOPING.md, Import rules)."""

from siyu_local.error_codes import reachable_codes


def test_codes_reached_through_a_function_level_import():
    import settlement_app

    # admin_reconciliation imports siyu.settlement.views in its body; views.reconciliation
    # raises RECONCILIATION_NOT_FOUND.
    assert "RECONCILIATION_NOT_FOUND" in reachable_codes(settlement_app.admin_reconciliation)
    # ... and through it the orders domain the views read.
    assert "ORDER_NOT_FOUND" in reachable_codes(settlement_app.admin_order_kuaishou)


def test_codes_of_a_module_level_helper_are_still_found():
    import orders_app

    assert {"STORE_NOT_FOUND", "VALIDATION_ERROR"} <= reachable_codes(orders_app.pickup_slots)
