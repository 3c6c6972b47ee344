"""Words right after a place name that say what kind of place it names."""

from __future__ import annotations

REGION_WORDS = frozenset({"oblast", "region", "province", "krai", "kray", "oblasti"})
REGION_PLURALS = frozenset({"oblasts", "regions", "provinces", "oblasti"})
DISTRICT_WORDS = frozenset({"raion", "rayon", "district"})
SETTLEMENT_WORDS = frozenset({"city", "town", "village", "settlement", "hamlet"})
# A name before these is a district's or a region's, even as an adjective ("Kupyanskyi district").
AREA_WORDS = REGION_WORDS | DISTRICT_WORDS
