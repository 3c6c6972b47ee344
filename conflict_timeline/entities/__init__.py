"""Actor and place recognition with shipped, user-extendable dictionaries.

Public API: ActorMention, PlaceMention, find_actors, find_places (plus group_members for
region groupings such as Donbas). Indexes are built lazily on first use and cached.
"""

from .actors import find_actors, names_a_document
from .places import country_named, find_places, group_members
from .types import ActorMention, PlaceMention

__all__ = ["ActorMention", "PlaceMention", "country_named", "find_actors", "find_places",
           "group_members", "names_a_document"]
