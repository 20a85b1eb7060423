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


def test_error_codes_follow_what_a_route_imports_in_its_body():
    """Routes import the domain where they use it (docs/DEVELOPING.md, Import rules): the codes
    of what they call are found through those imports as through module-level ones."""

    def read_template(template_id: str) -> object:
        from siyu.coupons import templates

        return templates.get(template_id)

    def read_nothing(template_id: str) -> object:
        return template_id

    for route in (read_template, read_nothing):
        route.__module__ = "coupons_app"  # as if defined in a function's route module
    assert "COUPON_TEMPLATE_NOT_FOUND" in reachable_codes(read_template)
    assert "COUPON_TEMPLATE_NOT_FOUND" not in reachable_codes(read_nothing)
