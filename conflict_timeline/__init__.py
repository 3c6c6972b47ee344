"""conflict-timeline core: turns dated articles into dated, typed event mentions.

Nothing in this package imports Dagster, so it runs the same in tests, the CLI and any worker.
"""

from conflict_timeline.version import extractor_version

__all__ = ["EXTRACTOR_VERSION", "__version__"]

__version__ = "0.2.0"

# The assets' code_version: the release plus a fingerprint of the extraction rules and code, so
# editing a dictionary or a rule marks the extracted data stale without anyone bumping a number.
EXTRACTOR_VERSION = extractor_version(__version__)
