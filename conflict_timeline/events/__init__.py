from conflict_timeline.events.extract import Extraction, extract_events
from conflict_timeline.events.mention import EventMention

__all__ = ["EventMention", "Extraction", "extract_events"]
