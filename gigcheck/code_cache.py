"""The methods `@dataclass` generates, compiled once per Python build and kept on disk.

For every class, `dataclasses` writes the source of `__init__`, `__repr__`, `__eq__`,
`__setattr__`... as text and compiles it with `exec`. gigcheck defines about a hundred
dataclasses as it is imported: compiling their ~440 method texts was about a quarter of
the start of `gigcheck check gig.md` (~100 ms), in every process. The code compiled
from a text depends only on the text and the Python build, so this module gives
`dataclasses` an `exec` that takes the compiled code from a store in the cache folder
(one file per Python build, marshal_file.py) and runs it with the same globals and
locals: the functions are those `exec` of the text makes.

`install()` (from gigcheck/__init__.py, before any gigcheck dataclass is defined) sets
the module global `exec` of `dataclasses`, which shadows the builtin there. Texts not in
the store are compiled as `exec` compiles them (`"<string>"`, no inherited `__future__`
flags) and added; additions are written back at exit. A missing or damaged file, or the
cache turned off (`GIGCHECK_CACHE_DIR=""`), costs only the compiling.
"""
from __future__ import annotations

import atexit
import builtins
import sys
import threading
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

from gigcheck.marshal_file import read_dict, save_added

__all__ = ["install", "save"]

# A guard, as in the regex store: the texts come from class definitions, a stable set.
MAX_ENTRIES = 4000

_lock = threading.RLock()  # re-entrant: opening the store imports modules, which may define dataclasses
_state: dict[str, Any] = {}  # "path" (None: no store), "stored", "added": set on first use


def install() -> None:
    """Give `dataclasses` the caching `exec` (once). It stores only gigcheck's own classes'
    methods; for any other class it is `exec` itself, called with the same arguments."""
    import dataclasses

    if getattr(dataclasses, "exec", None) is not cached_exec:
        dataclasses.exec = cached_exec  # type: ignore[attr-defined]


def cached_exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /) -> None:
    """`exec(source, globals, locals)`; a text is compiled once per Python build."""
    if globals is None:  # exec's own defaults: the caller's namespaces
        frame = sys._getframe(1)
        globals = frame.f_globals
        locals = frame.f_locals if locals is None else locals
    if isinstance(source, str) and _ours(globals):
        source = _code(source)
    builtins.exec(source, globals, locals)


def _ours(namespace: dict[str, Any]) -> bool:
    """Whether the class is gigcheck's: another library's dataclasses (in a program that
    imports gigcheck) are compiled as before and never written into gigcheck's store."""
    name = namespace.get("__name__")
    return isinstance(name, str) and (name == "gigcheck" or name.startswith("gigcheck."))


def _code(text: str) -> CodeType:
    with _lock:
        if "stored" not in _state:
            _open()
        code = _state["stored"].get(text)
        if isinstance(code, CodeType):
            return code
        # As exec compiles a text: the "<string>" file, no __future__ flags of this module.
        code = compile(text, "<string>", "exec", dont_inherit=True)
        if _state["path"] is not None:
            if not _state["added"]:
                atexit.register(save)
            _state["added"][text] = code
        _state["stored"][text] = code
        return code


def _open() -> None:
    _state["path"], _state["stored"], _state["added"] = None, {}, {}
    try:
        _state["path"] = _path()
    except LookupError:
        return
    _state["stored"] = {**read_dict(_state["path"]), **_state["stored"]}  # (texts met while reading)


def _path() -> Path:
    from gigcheck.cache_folder import cache_dir

    where = cache_dir()
    if where is None:
        raise LookupError("the build cache is off")
    # What a .pyc file is valid for: the interpreter (cache tag), its bytecode (magic) and -O.
    return where / f"code-{sys.implementation.cache_tag}-{MAGIC_NUMBER.hex()}-{sys.flags.optimize}.marshal"


def save() -> None:
    """Write the texts compiled in this process that the file lacked (at exit)."""
    with _lock:
        if _state.get("path") is not None:
            save_added(_state, MAX_ENTRIES)
