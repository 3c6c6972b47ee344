"""conflict-timeline core: turns dated articles into dated, typed event mentions.

Nothing in this package imports Dagster, so it runs the same in tests, the CLI and any worker.
"""

__all__ = ["EXTRACTOR_VERSION"]

# Bump when rules, dictionaries or extraction logic change: assets use it as their code_version.
EXTRACTOR_VERSION = "0.2.0"
