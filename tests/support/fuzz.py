"""The one Hypothesis setting of the property tests: derandomized, no deadline, FUZZ_EXAMPLES overrides.

Loaded for every test too (tests/conftest.py imports this module): no property test has a deadline, even one
without `fuzz`, since a test is never timed (speed is measured by bench/), and a loaded CI machine ran a 200 ms
default deadline over (test_serve_edits' theme pairs at 251 ms).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("digest", deadline=None)
settings.load_profile("digest")


def fuzz(examples: int) -> settings:
    """`examples` runs (or $FUZZ_EXAMPLES), the same ones every run: derandomize, hence no example database."""
    return settings(
        max_examples=int(os.environ.get("FUZZ_EXAMPLES", examples)),
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
