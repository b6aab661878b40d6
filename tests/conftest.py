"""Hypothesis profiles: ``ci`` when CI is set (fewer examples, the same each run), ``dev`` otherwise.

Property tests that do not set ``max_examples`` themselves take it from the profile; pick one with
``pytest --hypothesis-profile=long`` for a longer hunt.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")
