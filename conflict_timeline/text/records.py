"""Faster construction of the frozen, slotted dataclasses that extraction builds by the
hundred per article (mentions, sentences, triggers)."""

from __future__ import annotations

import dataclasses
from typing import TypeVar

_T = TypeVar("_T")


def quick_init(cls: type[_T]) -> type[_T]:
    """Give a frozen dataclass with slots an ``__init__`` that fills each slot through its
    descriptor. The generated one looks ``object.__setattr__`` up and calls it by field name
    (a frozen class refuses assignment), which makes building a record about half again as
    slow. Same parameters, same objects: still frozen, equal and hashed as before.

    Apply it above ``@dataclass``. Classes with defaults, ``field(init=False)`` or
    ``__post_init__`` are refused (the fast form knows none of them).
    """
    params = dataclasses.fields(cls)  # type: ignore[arg-type]
    frozen = cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    if (not frozen or "__slots__" not in cls.__dict__
            or hasattr(cls, "__post_init__")
            or any(not f.init or f.default is not dataclasses.MISSING
                   or f.default_factory is not dataclasses.MISSING for f in params)):
        raise TypeError(f"{cls.__name__}: quick_init needs a plain frozen dataclass with slots")
    names = [f.name for f in params]
    setters = {f"_set_{k}": getattr(cls, name).__set__ for k, name in enumerate(names)}
    lines = [f"def __init__(self, {', '.join(names)}):"]
    lines += [f"    _set_{k}(self, {name})" for k, name in enumerate(names)]
    exec("\n".join(lines), setters)  # the source holds field names only
    init = setters["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[misc]
    return cls
