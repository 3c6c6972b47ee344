"""Pick one gazetteer entry per mention from the text's own context.

Rule, in order of weight (population is never consulted):
  +4  the candidate lies in the "currently discussed" region: the nearest region named
      before the mention (or, if none precedes it, the nearest one after it);
  +3  otherwise, its region is named anywhere in the text;
  +2  an unambiguous settlement named in the text lies in the same region or within 50 km;
  +1  its country equals the caller's country_hint;
  +1  its country is named (or implied by an unambiguous place) in the text;
  +1.5 it is the curated default reading (national and regional capitals, preferred.csv);
       this outweighs the hint (a famous Russian city beats a Ukrainian village namesake)
       but never a region or town named in the text.
A unique best score wins; a tie leaves the mention unresolved (no id, no coordinates; region
and country kept only when all tied candidates share them).
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from .gazetteer import Gazetteer, Place

NEAR_KM = 50.0


@dataclass(slots=True)
class Context:
    region_pos: list[int]  # character offsets of explicit region mentions, ascending
    region_codes: list[str]
    anchors: list[tuple[int, Place]]  # unambiguous settlements
    countries: set[str]
    hint: str | None

    def current_region(self, pos: int) -> str | None:
        if not self.region_pos:
            return None
        k = bisect.bisect_right(self.region_pos, pos)
        return self.region_codes[k - 1] if k > 0 else self.region_codes[0]


def _km(a: Place, b: Place) -> float:
    if a.latitude is None or b.latitude is None or a.longitude is None or b.longitude is None:
        return math.inf
    dlat = math.radians(a.latitude - b.latitude)
    dlon = math.radians(a.longitude - b.longitude) * math.cos(math.radians(a.latitude))
    return 6371.0 * math.hypot(dlat, dlon)


def score(cand: Place, pos: int, ctx: Context, gz: Gazetteer) -> float:
    s = 0.0
    if cand.region_code is not None:
        if cand.region_code == ctx.current_region(pos):
            s += 4
        elif cand.region_code in ctx.region_codes:
            s += 3
    for apos, anchor in ctx.anchors:
        if (
            apos != pos
            and anchor is not cand
            and (
                (cand.region_code is not None and anchor.region_code == cand.region_code)
                or _km(anchor, cand) <= NEAR_KM
            )
        ):
            s += 2
            break
    if ctx.hint and cand.country == ctx.hint:
        s += 1
    if cand.country in ctx.countries:
        s += 1
    if cand in gz.preferred:
        s += 1.5
    return s


def choose(cands: list[Place], pos: int, ctx: Context, gz: Gazetteer) -> Place | None:
    if len(cands) == 1:
        return cands[0]
    scored = sorted(((score(c, pos, ctx, gz), k) for k, c in enumerate(cands)), reverse=True)
    if scored[0][0] > scored[1][0]:
        return cands[scored[0][1]]
    return None
