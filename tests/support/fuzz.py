"""The one Hypothesis setting of the property tests: derandomized, no deadline, FUZZ_EXAMPLES overrides."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings


def fuzz(examples: int) -> settings:
    """`examples` runs (or $FUZZ_EXAMPLES), the same ones every run: derandomize, hence no example database."""
    return settings(
        max_examples=int(os.environ.get("FUZZ_EXAMPLES", examples)),
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
