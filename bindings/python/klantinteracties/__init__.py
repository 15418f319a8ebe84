"""De VNG-standaard Klantinteracties zoals Open Klant hem bedient, in-process.

Valideer een request body (Klantcontact, Partij, Betrokkene, DigitaalAdres,
MaakKlantcontact, ...) zoals Open Klant dat doet: hetzelfde oordeel en, bij
afkeuring, dezelfde ``invalidParams``, zonder server. Dicts erin, dicts eruit.

>>> import klantinteracties as ki
>>> ki.validate("Partij", {})[0]
InvalidParam(name='soortPartij', code='required', reason='Dit veld is vereist.')
>>> ki.check("Partij", {...})          # doctest: +SKIP
{... het genormaliseerde object ...}

``Register`` is the in-memory register with Open Klant's endpoints (create,
update, patch, delete, get, list, MaakKlantcontact, snapshots) and the VNG
cases (``c9018`` and its steps, ``c0992``, ``c9167``, ``c2984``, ``c9708``,
``c2716``); see ``klantinteracties.register``.

The bindings are a thin layer (ctypes, standard library only) over the C ABI
of ``libklantinteracties.so`` (``klantinteracties.h``); how the library is
found is described in ``klantinteracties._library``.

Thread safety: every function may be called from several threads at once (the
library releases the GIL while it works). The reference lists and the clock
are process-wide: ``load_referentielijst``, ``reset_referentielijsten`` and
``set_clock`` replace them as a whole, so a validation running at the same time
uses either the old or the new lists.
"""

from __future__ import annotations

import ctypes
import datetime as _dt
import functools
import json
import math
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple, Union

from . import _library as _c

__all__ = [
    "InvalidParam",
    "Component",
    "KlantinteractiesError",
    "InvalidArgumentError",
    "UnknownTypeError",
    "ValidationError",
    "NotFoundError",
    "ConflictError",
    "NotFound",
    "Conflict",
    "InternalError",
    "Register",
    "Collectie",
    "validate",
    "is_valid",
    "check",
    "normalise",
    "components",
    "load_referentielijst",
    "reset_referentielijsten",
    "set_clock",
    "set_input_limit",
    "set_depth_limit",
    "version",
    "REFERENTIELIJSTEN",
]

#: A payload: a dict (or list) that is serialised as JSON, or JSON text.
Payload = Union[Dict[str, Any], List[Any], str, bytes, bytearray]

#: The reference lists that ``load_referentielijst`` replaces.
REFERENTIELIJSTEN = (
    "kanaal",
    "land",
    "taal",
    "soort_digitaal_adres",
    "soort_object",
    "soort_object_id",
    "extern_register",
)


@dataclass(frozen=True)
class InvalidParam:
    """One entry of ``invalidParams`` in Open Klant's error document.

    ``name`` is the dotted camelCase path of the field (``bezoekadres.postcode``,
    ``nonFieldErrors``), ``code`` Open Klant's error code (``required``,
    ``invalid``, ``max_length``, ...) and ``reason`` its message, in Dutch where
    Open Klant has one.
    """

    name: str
    code: str
    reason: str


@dataclass(frozen=True)
class Component:
    """An OpenAPI component of the Klantinteracties API.

    ``use`` is ``"resource"`` (POST/PUT body and response), ``"patch"`` (PATCH
    body), ``"response"`` or ``"part"``; ``mode`` is the default mode of
    ``validate`` for it, ``None`` when it is never a request body.
    """

    name: str
    use: str
    mode: Optional[str]


# ---- errors --------------------------------------------------------------------


class KlantinteractiesError(Exception):
    """A call into libklantinteracties failed; ``status`` is the ABI's code."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class InvalidArgumentError(KlantinteractiesError, ValueError):
    """An argument the library cannot take: an unknown mode, profile or lijst,
    text that is not UTF-8 or contains NUL, or a payload over the input limit."""


class UnknownTypeError(KlantinteractiesError, LookupError):
    """The type names no OpenAPI component, or (validate) one that is never a
    request body (Expand*, Paginated*, nested parts)."""


class ValidationError(KlantinteractiesError, ValueError):
    """The payload was judged and rejected, as Open Klant would with HTTP 400.

    ``invalid_params`` lists what is wrong, in Open Klant's order;
    ``document`` is the whole error document (the HTTP 400 body) as a dict.
    Malformed JSON text is a ValidationError too (``code`` ``parse_error``).
    """

    def __init__(self, message: str, status: int, document: Dict[str, Any]) -> None:
        super().__init__(message, status)
        self.document = document
        self.invalid_params: List[InvalidParam] = _invalid_params(document)


class NotFoundError(KlantinteractiesError, LookupError):
    """The object does not exist (the register's HTTP 404); ``document`` is
    the 404 body, or ``None``."""


class ConflictError(KlantinteractiesError):
    """The operation conflicts with the stored state (the register's HTTP
    409); ``document`` is its body."""


#: Short names, as ``Register`` users write them.
NotFound = NotFoundError
Conflict = ConflictError


class InternalError(KlantinteractiesError):
    """An unexpected failure inside the library."""


_ERRORS = {
    _c.KI_EINVAL: InvalidArgumentError,
    _c.KI_EUNKNOWN_TYPE: UnknownTypeError,
    _c.KI_ENOTFOUND: NotFoundError,
    _c.KI_ECONFLICT: ConflictError,
    _c.KI_EINTERNAL: InternalError,
}


def _invalid_params(document: Dict[str, Any]) -> List[InvalidParam]:
    return [
        InvalidParam(p["name"], p["code"], p["reason"]) for p in document.get("invalidParams", [])
    ]


def _last_error() -> str:
    message = _c.library().ki_last_error()
    return message.decode("utf-8", "replace") if message else ""


def _raise(status: int, document: Optional[str] = None) -> None:
    """Raises the exception for a failing status (reads ki_last_error first).
    A NotFoundError or ConflictError of the register carries the answer's
    document in ``document`` (``None`` without one)."""
    message = _last_error() or _c.library().ki_status_name(status).decode()
    if status in (_c.KI_EINVALID, _c.KI_EPARSE) and document is not None:
        raise ValidationError(message, status, json.loads(document))
    error = _ERRORS.get(status, KlantinteractiesError)(message, status)
    error.document = json.loads(document) if document else None  # type: ignore[attr-defined]
    raise error


# ---- arguments -------------------------------------------------------------------


def _text(value: Union[str, bytes, bytearray], what: str) -> bytes:
    if isinstance(value, str):
        try:
            data = value.encode("utf-8")
        except UnicodeEncodeError as e:
            raise InvalidArgumentError(f"{what} is not valid UTF-8: {e}", _c.KI_EINVAL) from e
    elif isinstance(value, (bytes, bytearray)):
        data = bytes(value)
    else:
        raise TypeError(f"{what} must be str or bytes, not {type(value).__name__}")
    if b"\0" in data:
        raise InvalidArgumentError(f"{what} contains a NUL character", _c.KI_EINVAL)
    return data


def _payload(payload: Payload) -> bytes:
    if isinstance(payload, (str, bytes, bytearray)):
        return _text(payload, "payload")
    try:
        text = json.dumps(payload, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as e:
        raise InvalidArgumentError(f"payload cannot be written as JSON: {e}", _c.KI_EINVAL) from e
    return _text(text, "payload")


@functools.lru_cache(maxsize=256)
def _name_bytes(value: str, what: str) -> bytes:
    return _text(value, what)


def _name(value: Union[str, bytes, bytearray], what: str) -> bytes:
    """A type, mode or profile name as bytes: the same few names come back
    on every call, so their encoding is kept."""
    if value.__class__ is str:
        return _name_bytes(value, what)
    return _text(value, what)


def _optional(value: Optional[str], what: str) -> Optional[bytes]:
    return None if value is None else _name(value, what)


# ---- validation and the codec ---------------------------------------------------


def _judge(function: str, *args: Optional[bytes]) -> Tuple[int, Optional[str]]:
    """Calls a ki_ function whose out-parameter comes first; returns the status
    and the returned text (result or error document). Raises for statuses
    other than KI_OK, KI_EINVALID and KI_EPARSE."""
    out = ctypes.c_void_p()
    status = getattr(_c.library(), function)(ctypes.byref(out), *args)
    text = _c.take_string(out)
    if status not in (_c.KI_OK, _c.KI_EINVALID, _c.KI_EPARSE):
        _raise(status)
    return status, text


def validate(
    type: str,
    payload: Payload,
    mode: Optional[str] = None,
    profile: Optional[str] = "openklant",
) -> List[InvalidParam]:
    """Valideert een request body zoals Open Klant: de lijst ``invalidParams``,
    leeg als Open Klant de body zou accepteren.

    :param type: de OpenAPI-component, bijvoorbeeld ``"Klantcontact"``,
        ``"Partij"``, ``"PatchedPartij"`` of ``"MaakKlantcontact"`` (hoofdletters
        maken niet uit).
    :param payload: de body: een dict, of JSON-tekst (``str``/``bytes``).
        Onleesbare JSON geeft één ``InvalidParam`` met code ``parse_error``.
    :param mode: ``"create"`` (POST), ``"update"`` (PUT), ``"partial"`` (PATCH);
        ``None``: de standaard van de component (``partial`` voor Patched*).
    :param profile: ``"openklant"`` (precies het oordeel van Open Klant) of
        ``"strict"`` (ook de regels die Open Klant niet afdwingt).
    :raises UnknownTypeError: onbekende of niet-valideerbare component.
    :raises InvalidArgumentError: onbekende mode of profile, te grote payload.
    """
    status, document = _judge(
        "ki_validate",
        _name(type, "type"),
        _payload(payload),
        _optional(mode, "mode"),
        _optional(profile, "profile"),
    )
    if status == _c.KI_OK:
        return []
    return _invalid_params(json.loads(document or "{}"))


def is_valid(
    type: str,
    payload: Payload,
    mode: Optional[str] = None,
    profile: Optional[str] = "openklant",
) -> bool:
    """Of Open Klant de body zou accepteren (zie ``validate``)."""
    return not validate(type, payload, mode, profile)


def check(
    type: str,
    payload: Payload,
    mode: Optional[str] = None,
    profile: Optional[str] = "openklant",
) -> Dict[str, Any]:
    """Valideert zoals ``validate`` en geeft het object terug zoals Open Klant
    het zou opslaan (genormaliseerd: sleutels in camelCase en in de volgorde
    van de API, uuid's en tijdstippen in standaardvorm).

    :raises ValidationError: de body wordt afgekeurd; ``invalid_params`` en
        ``document`` (het foutdocument van HTTP 400) zeggen waarom.
    """
    status, text = _judge(
        "ki_validate_normalise",
        _name(type, "type"),
        _payload(payload),
        _optional(mode, "mode"),
        _optional(profile, "profile"),
    )
    if status != _c.KI_OK:
        _raise(status, text)
    return json.loads(text or "null")


def normalise(type: str, payload: Payload) -> Any:
    """Decodeert de JSON als component ``type`` en codeert hem opnieuw: de JSON
    zoals de bibliotheek (en Open Klant) hem schrijft. Alleen het decoderen
    wordt beoordeeld (syntaxis, typen, geneste vormen), niet de
    validatieregels; elke component mag, ook antwoorden (``ExpandPartij``,
    ``PaginatedKlantcontactList``, ...).

    :raises ValidationError: niet te decoderen als ``type``.
    """
    status, text = _judge("ki_normalise", _name(type, "type"), _payload(payload))
    if status != _c.KI_OK:
        _raise(status, text)
    return json.loads(text or "null")


def components() -> List[Component]:
    """Alle OpenAPI-componenten die de bibliotheek kent, in de volgorde van het
    OpenAPI-document."""
    out = ctypes.c_void_p()
    status = _c.library().ki_types(ctypes.byref(out))
    text = _c.take_string(out)
    if status != _c.KI_OK:
        _raise(status)
    return [Component(c["name"], c["use"], c["mode"]) for c in json.loads(text or "[]")]


# ---- referentielijsten and the clock --------------------------------------------


def load_referentielijst(lijst: str, data: Payload) -> None:
    """Vervangt één referentielijst (procesbreed) waartegen ``validate`` toetst.

    :param lijst: ``"kanaal"``, ``"land"``, ``"taal"``, ``"soort_digitaal_adres"``,
        ``"soort_object"``, ``"soort_object_id"`` of ``"extern_register"``.
    :param data: een document van een Referentielijsten-API: de VNG-array
        (``[{"code", "naam", "indicatieActief"}]``, voor Land ``[{"landcode",
        "landnaam", "ingangsdatumLand", "einddatumLand"}]``) of de itemspagina
        van Open Klant (``{"count", ..., "results": [{"code", "naam",
        "begindatumGeldigheid", "einddatumGeldigheid"}]}``); als list/dict of
        als JSON-tekst. Het laden van de kanaallijst zet de kanaalcontrole aan
        (KI-KAN-001).
    :raises ValidationError: geen lijstdocument (er verandert niets).
    :raises InvalidArgumentError: onbekende lijst.
    """
    status, text = _judge(
        "ki_referentielijsten_load", _text(lijst, "lijst"), _payload(data)
    )
    if status != _c.KI_OK:
        _raise(status, text)


def reset_referentielijsten() -> None:
    """Zet de ingebouwde referentielijsten terug (lege kanaallijst, kanaalcontrole
    uit, zoals Open Klant standaard is ingesteld). De klok blijft."""
    status = _c.library().ki_referentielijsten_reset()
    if status != _c.KI_OK:
        _raise(status)


def set_clock(moment: Optional[_dt.datetime]) -> None:
    """Zet het moment waarop de geldigheid van lijstitems wordt beoordeeld
    (KI-KAN-003), of ``None`` voor de systeemklok.

    Een naïeve datetime geldt als UTC; delen van seconden vallen weg.
    """
    if moment is None:
        seconds = _c.KI_CLOCK_SYSTEM
    else:
        if not isinstance(moment, _dt.datetime):
            raise TypeError(f"moment must be a datetime or None, not {type(moment).__name__}")
        if moment.tzinfo is None or moment.utcoffset() is None:
            moment = moment.replace(tzinfo=_dt.timezone.utc)
        seconds = math.floor(moment.timestamp())
        if abs(seconds) > _c.KI_CLOCK_RANGE:
            raise InvalidArgumentError(f"{moment.isoformat()} is out of range", _c.KI_EINVAL)
    status = _c.library().ki_set_clock(seconds)
    if status != _c.KI_OK:
        _raise(status)


def _set_limit(function: str, parameter: str, value: int) -> int:
    if value < 1:
        raise InvalidArgumentError(f"{parameter} must be at least 1", _c.KI_EINVAL)
    previous = ctypes.c_size_t()
    status = getattr(_c.library(), function)(ctypes.byref(previous), value)
    if status != _c.KI_OK:
        _raise(status)
    return previous.value


def set_input_limit(max_bytes: int) -> int:
    """Zet de maximale lengte (in bytes) van elke tekst die de bibliotheek
    aanneemt (standaard 16 MiB) en geeft de vorige terug."""
    return _set_limit("ki_set_input_limit", "max_bytes", max_bytes)


def set_depth_limit(max_depth: int) -> int:
    """Zet de maximale nesting van arrays en objecten in elk JSON-document
    (standaard 64; het body-object zelf is niveau 1) en geeft de vorige terug.
    Dieper geneste documenten geven een ``InvalidParam`` met code
    ``parse_error``."""
    return _set_limit("ki_set_depth_limit", "max_depth", max_depth)


def version() -> str:
    """De versie van de geladen libklantinteracties, ``"MAJOR.MINOR.PATCH"``."""
    return _c.library().ki_version().decode("ascii")


# ---- Register ----------------------------------------------------------------------
# The register lives in its own module; it uses the helpers above.

from .register import Collectie, Register  # noqa: E402  (needs the helpers above)
