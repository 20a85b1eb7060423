"""Demo data for the local runtime: each module exposes `seed() -> dict[str, str]`."""
