"""Rule-based TimeML/TIMEX3 temporal tagger; rules and word lists live in data/temporal."""

from .intervals import value_to_interval
from .model import DateInterval, Timex
from .tagger import tag

__all__ = ["DateInterval", "Timex", "tag", "value_to_interval"]
