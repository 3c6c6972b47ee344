"""Publication dates: parse what sources write, never guess, refuse the future."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from email.utils import parsedate_to_datetime

from .limits import quote

ISO = "iso"  # pseudo-format: YYYY-MM-DD or any ISO 8601 datetime
_TIME_DIRECTIVES = ("%H", "%I", "%M", "%S", "%X", "%c", "%T", "%R")
# Earlier dates are placeholders (0001-01-01, 1899-12-30 from spreadsheets) or typos.
DATE_FLOOR = dt.date(1900, 1, 1)


class DateError(ValueError):
    """A publication date that is missing or cannot be read; the message is user-facing."""


def parse_published(
    raw: object,
    formats: Sequence[str] = (),
    tz: dt.tzinfo | None = None,
) -> tuple[dt.date, dt.datetime | None]:
    """Return (date as the source states it, naive-UTC datetime or None).

    Naive times are taken to be in ``tz`` (UTC when not given).
    """
    if isinstance(raw, dt.datetime):
        return _split(raw, tz)
    if isinstance(raw, dt.date):
        return raw, None
    value = " ".join(str(raw).split()) if raw is not None else ""
    if not value:
        raise DateError("no publication date")
    for fmt in formats or (ISO, "rfc2822"):
        parsed = _try(value, fmt)
        if isinstance(parsed, dt.datetime):
            return _split(parsed, tz)
        if isinstance(parsed, dt.date):
            return parsed, None
    expected = ", ".join(formats) if formats else "YYYY-MM-DD or an ISO datetime"
    raise DateError(f"unparseable publication date {quote(value)} (expected {expected})")


def _try(value: str, fmt: str) -> dt.date | dt.datetime | None:
    try:
        if fmt == ISO:
            # A bare date must stay a date: datetime.fromisoformat would invent a midnight time.
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return dt.datetime.fromisoformat(value)
        if fmt == "rfc2822":
            return parsedate_to_datetime(value)
        parsed = dt.datetime.strptime(value, fmt)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    return parsed if any(d in fmt for d in _TIME_DIRECTIVES) else parsed.date()


def _split(value: dt.datetime, tz: dt.tzinfo | None) -> tuple[dt.date, dt.datetime]:
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz or dt.UTC)
    return value.date(), value.astimezone(dt.UTC).replace(tzinfo=None)


def future_reason(published: dt.date, today: dt.date | None) -> str | None:
    """A reason to reject a date more than one day ahead (a day of slack for time zones)."""
    today = today or dt.datetime.now(dt.UTC).date()
    if published > today + dt.timedelta(days=1):
        return f"publication date {published.isoformat()} is in the future (today is {today})"
    return None


def too_old_reason(published: dt.date) -> str | None:
    """A reason to reject a date before DATE_FLOOR: a placeholder or a typo, not a real date."""
    if published < DATE_FLOOR:
        return (
            f"publication date {published.isoformat()} is before {DATE_FLOOR.year}: "
            "a placeholder or a typo; give the real date"
        )
    return None
