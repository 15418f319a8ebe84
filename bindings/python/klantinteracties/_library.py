"""Finding and loading libklantinteracties, and the prototypes of its C ABI.

Where the shared library is looked for, first match wins:

1. ``KI_LIBRARY``: the path of the library file (an explicit choice, for
   tests and unusual installations);
2. next to the package (a wheel or a copy that ships the library inside);
3. the place ``cmake --install`` put it (``_installed.py``, written by the
   install step next to this file);
4. the build tree, when the package is imported from the source tree
   (``bindings/python`` of a checkout with a ``build/`` directory): the most
   recently built ``libklantinteracties.so``;
5. the system's library path (``ctypes.util.find_library``, then the plain
   soname).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
from pathlib import Path
from typing import Optional

#: The ABI major version these bindings are written for (the soname's number).
ABI_MAJOR = 0
SONAME = f"libklantinteracties.so.{ABI_MAJOR}"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _next_to_package() -> Optional[Path]:
    for name in (SONAME, "libklantinteracties.so"):
        candidate = _PACKAGE_DIR / name
        if candidate.is_file():
            return candidate
    return None


def _installed() -> Optional[Path]:
    try:
        from . import _installed as installed  # written by cmake --install
    except ImportError:
        return None
    candidate = Path(getattr(installed, "LIBRARY", ""))
    return candidate if candidate.is_file() else None


def _build_tree() -> Optional[Path]:
    repo = _PACKAGE_DIR.parent.parent.parent  # <repo>/bindings/python/klantinteracties
    if not (repo / "capi" / "klantinteracties.h").is_file() or not (repo / "build").is_dir():
        return None
    found = [p for pattern in (SONAME, f"*/{SONAME}") for p in (repo / "build").glob(pattern)]
    found = [p for p in found if p.is_file()]
    if not found:
        return None
    return max(found, key=lambda p: p.resolve().stat().st_mtime)


def find_library() -> str:
    """The path (or soname) of the library to load, in the order above."""
    explicit = os.environ.get("KI_LIBRARY")
    if explicit:
        return explicit
    for finder in (_next_to_package, _installed, _build_tree):
        path = finder()
        if path is not None:
            return str(path)
    return ctypes.util.find_library("klantinteracties") or SONAME


# The ABI's status codes (klantinteracties.h, enum ki_status).
KI_OK = 0
KI_EINVAL = -1
KI_EPARSE = -2
KI_EINVALID = -3
KI_ENOTFOUND = -4
KI_ECONFLICT = -5
KI_EUNKNOWN_TYPE = -6
KI_EINTERNAL = -7

KI_CLOCK_SYSTEM = -(2**63)
KI_CLOCK_RANGE = 9_000_000_000

_out = ctypes.POINTER(ctypes.c_void_p)
_str = ctypes.c_char_p

# name: (restype, argtypes)
_PROTOTYPES = {
    "ki_version": (_str, []),
    "ki_status_name": (_str, [ctypes.c_int]),
    "ki_free": (None, [ctypes.c_void_p]),
    "ki_last_error": (_str, []),
    "ki_set_input_limit": (ctypes.c_int, [ctypes.POINTER(ctypes.c_size_t), ctypes.c_size_t]),
    "ki_set_depth_limit": (ctypes.c_int, [ctypes.POINTER(ctypes.c_size_t), ctypes.c_size_t]),
    "ki_types": (ctypes.c_int, [_out]),
    "ki_validate": (ctypes.c_int, [_out, _str, _str, _str, _str]),
    "ki_validate_normalise": (ctypes.c_int, [_out, _str, _str, _str, _str]),
    "ki_normalise": (ctypes.c_int, [_out, _str, _str]),
    "ki_referentielijsten_load": (ctypes.c_int, [_out, _str, _str]),
    "ki_referentielijsten_reset": (ctypes.c_int, []),
    "ki_set_clock": (ctypes.c_int, [ctypes.c_int64]),
    # the register: the handle is a plain pointer (ki_register *)
    "ki_register_new": (ctypes.c_int, [_out, _str]),
    "ki_register_free": (None, [ctypes.c_void_p]),
    "ki_register_create": (ctypes.c_int, [_out, ctypes.c_void_p, _str, _str]),
    "ki_register_update": (ctypes.c_int, [_out, ctypes.c_void_p, _str, _str, _str]),
    "ki_register_patch": (ctypes.c_int, [_out, ctypes.c_void_p, _str, _str, _str]),
    "ki_register_remove": (ctypes.c_int, [_out, ctypes.c_void_p, _str, _str]),
    "ki_register_get": (ctypes.c_int, [_out, ctypes.c_void_p, _str, _str, _str]),
    "ki_register_list": (ctypes.c_int, [_out, ctypes.c_void_p, _str, _str]),
    "ki_register_maak_klantcontact": (ctypes.c_int, [_out, ctypes.c_void_p, _str]),
    "ki_register_export_snapshot": (ctypes.c_int, [_out, ctypes.c_void_p]),
    "ki_register_import_snapshot": (ctypes.c_int, [_out, ctypes.c_void_p, _str]),
    "ki_register_case": (ctypes.c_int, [_out, ctypes.c_void_p, _str, _str]),
}

_lock = threading.Lock()
_lib: Optional[ctypes.CDLL] = None


def library() -> ctypes.CDLL:
    """The loaded library (loaded on first use), with its prototypes set."""
    global _lib
    if _lib is None:
        with _lock:
            if _lib is None:
                path = find_library()
                try:
                    lib = ctypes.CDLL(path)
                except OSError as e:
                    raise OSError(
                        f"libklantinteracties could not be loaded from {path!r}: {e}. "
                        "Build or install the C library, or set KI_LIBRARY to its path."
                    ) from e
                for name, (restype, argtypes) in _PROTOTYPES.items():
                    fn = getattr(lib, name)
                    fn.restype = restype
                    fn.argtypes = argtypes
                _lib = lib
    return _lib


def take_string(ptr: ctypes.c_void_p) -> Optional[str]:
    """The text of a string the library returned, which is then freed."""
    if not ptr.value:
        return None
    try:
        return ctypes.string_at(ptr.value).decode("utf-8")
    finally:
        library().ki_free(ptr)
