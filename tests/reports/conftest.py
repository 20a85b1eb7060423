from tests.tracking.support import analytics_env  # noqa: F401 (autouse fixture)
