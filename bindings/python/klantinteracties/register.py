"""Het in-memory register van Klantinteracties, over de ``ki_register``-handle
van de C ABI: de F-functies met de semantiek van de endpoints van Open Klant,
MaakKlantcontact, snapshots en de VNG-cases (C9018 en de andere).

>>> import klantinteracties as ki
>>> with ki.Register() as reg:                                  # doctest: +SKIP
...     partij = reg.create("partijen", {"soortPartij": "persoon", "indicatieActief": True})
...     reg["Partij"].get(partij["uuid"])
...     reg.list("partijen", {"partijIdentificator__objectId": "999990019"})

Errors: ``ValidationError`` (HTTP 400, with ``invalid_params`` and
``document``), ``NotFound`` (404), ``Conflict`` (409), ``UnknownTypeError``
(no such resource), ``InvalidArgumentError`` (an argument the library cannot
take).

Thread safety: one Register may be used from several threads at once (the
library releases the GIL and locks the register itself); only ``close`` must
not run while another call uses it.
"""

from __future__ import annotations

import ctypes
import datetime as _dt
import json
import uuid as _uuid
from typing import Any, Dict, Iterable, Mapping, Optional, Union

from . import _library as _c
from . import InvalidArgumentError, _raise, _text

#: A uuid as text or as ``uuid.UUID``.
UuidLike = Union[str, _uuid.UUID]
#: A request body: a dict (written as JSON) or JSON text.
Body = Union[Mapping[str, Any], str, bytes, bytearray]


def _default(value: Any) -> Any:
    """What json.dumps cannot write itself: uuids and moments."""
    if isinstance(value, _uuid.UUID):
        return str(value)
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _json(value: Any, what: str) -> bytes:
    if isinstance(value, (str, bytes, bytearray)):
        return _text(value, what)
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"),
                          default=_default)
    except (TypeError, ValueError) as e:
        raise InvalidArgumentError(f"{what} cannot be written as JSON: {e}", _c.KI_EINVAL) from e
    return _text(text, what)


class Register:
    """Een leeg in-memory register (``ki_register_new``); een contextmanager
    die de handle bij het verlaten vrijgeeft.

    :param base_url: schema, host en poort van de URL's die het register
        uitdeelt (standaard ``http://localhost:8000``).
    :param profile: ``"openklant"`` (het oordeel van Open Klant) of
        ``"strict"``.
    :param clock: een vast moment voor wat het register zelf invult
        (``toegewezenOp``, ``afgehandeldOp``, ``plaatsgevondenOp`` zonder
        waarde): een ``datetime`` (naïef: UTC) of RFC 3339-tekst; ``None``:
        de systeemklok.

    ``resource`` is overal de collectie zoals in het pad van de API
    (``"partijen"``, ``"klantcontacten"``, ``"digitaleadressen"``) of de naam
    van het type (``"Partij"``), in willekeurige hoofdletters.
    """

    def __init__(self, base_url: Optional[str] = None, profile: Optional[str] = None,
                 clock: Union[None, str, _dt.datetime] = None) -> None:
        options: Dict[str, str] = {}
        if base_url is not None:
            options["base_url"] = base_url
        if profile is not None:
            options["profile"] = profile
        if isinstance(clock, _dt.datetime):
            if clock.tzinfo is None or clock.utcoffset() is None:
                clock = clock.replace(tzinfo=_dt.timezone.utc)
            options["clock"] = clock.isoformat()
        elif clock is not None:
            options["clock"] = clock
        handle = ctypes.c_void_p()
        status = _c.library().ki_register_new(
            ctypes.byref(handle), _json(options, "options") if options else None)
        if status != _c.KI_OK:
            _raise(status)
        self._handle: Optional[ctypes.c_void_p] = handle

    # ---- lifetime ---------------------------------------------------------------

    def close(self) -> None:
        """Geeft het register vrij; daarna faalt elke aanroep. Mag vaker."""
        handle, self._handle = getattr(self, "_handle", None), None
        if handle is not None and handle.value:
            _c.library().ki_register_free(handle)

    def __enter__(self) -> "Register":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()

    def _h(self) -> ctypes.c_void_p:
        if self._handle is None:
            raise InvalidArgumentError("the register is closed", _c.KI_EINVAL)
        return self._handle

    def _call(self, function: str, *args: Any) -> Optional[str]:
        out = ctypes.c_void_p()
        status = getattr(_c.library(), function)(ctypes.byref(out), self._h(), *args)
        text = _c.take_string(out)
        if status != _c.KI_OK:
            _raise(status, text)
        return text

    # ---- the F-functions --------------------------------------------------------

    def create(self, resource: str, body: Body) -> Dict[str, Any]:
        """POST /{collectie}: het opgeslagen object (met uuid en url).

        :raises ValidationError: afgekeurd (HTTP 400); er is niets opgeslagen.
        :raises UnknownTypeError: geen collectie of type van het register.
        """
        return json.loads(self._call("ki_register_create", _text(resource, "resource"),
                                     _json(body, "body")) or "null")

    def update(self, resource: str, uuid: UuidLike, body: Body) -> Dict[str, Any]:
        """PUT /{collectie}/{uuid}: het object na de wijziging.

        :raises NotFound: geen object met die uuid.
        :raises ValidationError: afgekeurd; er verandert niets.
        """
        return json.loads(self._call("ki_register_update", _text(resource, "resource"),
                                     _text(str(uuid), "uuid"), _json(body, "body")) or "null")

    def patch(self, resource: str, uuid: UuidLike, body: Body) -> Dict[str, Any]:
        """PATCH /{collectie}/{uuid}: wijzigt alleen de genoemde velden.

        :raises NotFound: geen object met die uuid.
        :raises ValidationError: afgekeurd; er verandert niets.
        """
        return json.loads(self._call("ki_register_patch", _text(resource, "resource"),
                                     _text(str(uuid), "uuid"), _json(body, "body")) or "null")

    def delete(self, resource: str, uuid: UuidLike) -> None:
        """DELETE /{collectie}/{uuid}, met de cascades van Open Klant.

        :raises NotFound: geen object met die uuid.
        :raises ValidationError: het object is beschermd.
        """
        self._call("ki_register_remove", _text(resource, "resource"), _text(str(uuid), "uuid"))

    def get(self, resource: str, uuid: UuidLike,
            expand: Union[None, str, Iterable[str]] = None) -> Dict[str, Any]:
        """GET /{collectie}/{uuid}[?expand=...].

        :param expand: ``"hadBetrokkenen,hadBetrokkenen.wasPartij"`` of een lijst
            met zulke namen.
        :raises NotFound: geen object met die uuid.
        """
        if expand is not None and not isinstance(expand, str):
            expand = ",".join(expand)
        return json.loads(self._call(
            "ki_register_get", _text(resource, "resource"), _text(str(uuid), "uuid"),
            None if expand is None else _text(expand, "expand")) or "null")

    def list(self, resource: str, query: Optional[Mapping[str, Any]] = None,
             **params: Any) -> Dict[str, Any]:
        """GET /{collectie}?...: één pagina ``{"count", "next", "previous",
        "results"}``.

        :param query: parameters met de namen van de API
            (``{"partijIdentificator__objectId": "999990019", "page": 2}``);
            ``params`` komen erbij (``reg.list("partijen", pageSize=10)``).
        :raises ValidationError: een onbekende of ongeldige parameter.
        """
        merged: Dict[str, Any] = dict(query or {})
        merged.update(params)
        for key, value in merged.items():
            if isinstance(value, _uuid.UUID):
                merged[key] = str(value)
        return json.loads(self._call("ki_register_list", _text(resource, "resource"),
                                     _json(merged, "query") if merged else None) or "null")

    def __getitem__(self, resource: str) -> "Collectie":
        """``reg["partijen"]``: de F-functies van één collectie."""
        return Collectie(self, resource)

    # ---- MaakKlantcontact, snapshots ---------------------------------------------

    def maak_klantcontact(self, body: Body) -> Dict[str, Any]:
        """POST /maak-klantcontact: klantcontact, betrokkene en onderwerpobject
        in één keer (alles of niets)."""
        return json.loads(self._call("ki_register_maak_klantcontact", _json(body, "body"))
                          or "null")

    def export_snapshot(self) -> str:
        """Het hele register als JSON Lines (``{"type", "object"}`` per object)."""
        return self._call("ki_register_export_snapshot") or ""

    def import_snapshot(self, jsonl: str) -> None:
        """Vervangt de inhoud door een snapshot van ``export_snapshot``, alles of
        niets.

        :raises ValidationError: een regel is onleesbaar; er verandert niets.
        """
        self._call("ki_register_import_snapshot", _text(jsonl, "jsonl"))

    # ---- the cases ----------------------------------------------------------------

    def case(self, step: str, invoer: Union[None, Mapping[str, Any], str, bytes] = None,
             **members: Any) -> Dict[str, Any]:
        """Eén stap van een VNG-case (``ki_register_case``); het invoerdocument
        en het antwoord staan per stap in ``klantinteracties.h``.

        ``invoer`` en ``members`` samen vormen het invoerdocument; uuids mogen
        ``uuid.UUID`` zijn, ``plaatsgevondenOp`` een ``datetime``. ``invoer``
        mag ook JSON-tekst zijn (dan zonder ``members``).

        :raises ValidationError: een ongeldig invoerdocument of een afgekeurd
            deel (``betrokkene.wasPartij.uuid``); er is niets opgeslagen.
        :raises NotFound: een object dat de stap nodig heeft bestaat niet.
        :raises InvalidArgumentError: een onbekende stap.
        """
        document: Any = invoer
        if not isinstance(invoer, (str, bytes, bytearray)) or members:
            document = dict(invoer or {})
            document.update(members)
        return json.loads(self._call("ki_register_case", _text(step, "step"),
                                     _json(document, "invoer")) or "null")

    def c9018(self, invoer: Optional[Mapping[str, Any]] = None, **members: Any) -> Dict[str, Any]:
        """C9018 Klant belt KCC om een product aan te vragen, in één keer:
        ``medewerker``, ``klantcontact``, ``klant`` (``{"variant": "bekend" |
        "nieuwe-partij" | "alleen-contactgegevens", ...}``), ``productaanvraag``,
        optioneel ``interneTaak`` en ``zaak``. Geeft ``{klantcontact,
        betrokkene, partij?, partijIdentificatoren?, digitaleAdressen?,
        bijlage, interneTaak?, onderwerpobject?, zaakrol?, actoren}``."""
        return self.case("c9018", invoer, **members)

    def registreer_klantcontact(self, invoer: Optional[Mapping[str, Any]] = None,
                                **members: Any) -> Dict[str, Any]:
        """C9018 stap 2: ``medewerker``, ``klantcontact`` ->
        ``{klantcontact, actorKlantcontact}``."""
        return self.case("registreer_klantcontact", invoer, **members)

    def zoek_partij(self, bsn: Optional[str] = None,
                    digitaal_adres: Optional[str] = None) -> Optional[Dict[str, Any]]:
        """C9018 stap 3: de partij met dit BSN of dit digitaal adres, of
        ``None`` (geen of meerdere)."""
        document: Dict[str, Any] = {}
        if bsn is not None:
            document["bsn"] = bsn
        if digitaal_adres is not None:
            document["digitaalAdres"] = digitaal_adres
        return self.case("zoek_partij", document)["partij"]

    def registreer_partij(self, invoer: Optional[Mapping[str, Any]] = None,
                          **members: Any) -> Dict[str, Any]:
        """F7554: ``partij`` -> ``{partij, partijIdentificatoren,
        digitaleAdressen}``."""
        return self.case("registreer_partij", invoer, **members)

    def registreer_betrokkene(self, invoer: Optional[Mapping[str, Any]] = None,
                              **members: Any) -> Dict[str, Any]:
        """F2599: ``klantcontact``, ``betrokkene`` -> ``{betrokkene,
        digitaleAdressen}``."""
        return self.case("registreer_betrokkene", invoer, **members)

    def registreer_klant(self, invoer: Optional[Mapping[str, Any]] = None,
                         **members: Any) -> Dict[str, Any]:
        """C9018 stap 4: ``klantcontact``, ``klant`` -> ``{betrokkene, partij?,
        partijIdentificatoren?, digitaleAdressen?}``."""
        return self.case("registreer_klant", invoer, **members)

    def registreer_bijlage(self, invoer: Optional[Mapping[str, Any]] = None,
                           **members: Any) -> Dict[str, Any]:
        """C9018 stap 5: ``klantcontact``, ``productaanvraag`` -> ``{bijlage}``."""
        return self.case("registreer_bijlage", invoer, **members)

    def registreer_interne_taak(self, invoer: Optional[Mapping[str, Any]] = None,
                                **members: Any) -> Dict[str, Any]:
        """C9018 variant D: ``klantcontact``, ``interneTaak`` -> ``{interneTaak}``."""
        return self.case("registreer_interne_taak", invoer, **members)

    def koppel_zaak(self, invoer: Optional[Mapping[str, Any]] = None,
                    **members: Any) -> Dict[str, Any]:
        """C9018 stap 6: ``klantcontact``, ``zaak`` -> ``{onderwerpobject,
        zaakrol?}``."""
        return self.case("koppel_zaak", invoer, **members)

    def c0992(self, invoer: Optional[Mapping[str, Any]] = None, **members: Any) -> Dict[str, Any]:
        """C0992 vraag direct beantwoord: ``medewerker``, ``klantcontact``,
        ``klant`` (weg: identiteit niet vastgesteld, niets opgeslagen) ->
        ``{geregistreerd, klantcontact?, actorKlantcontact?, betrokkene?, ...}``."""
        return self.case("c0992", invoer, **members)

    def c9167(self, invoer: Optional[Mapping[str, Any]] = None, **members: Any) -> Dict[str, Any]:
        """C9167 terugbelverzoek: ``medewerker``, ``klantcontact``,
        ``terugbelverzoek``, ``klant`` -> ``{klantcontact, actorKlantcontact,
        interneTaak, betrokkene, ...}``."""
        return self.case("c9167", invoer, **members)

    def open_interne_taken(self, actor: UuidLike) -> Any:
        """F3839: de taken te_verwerken van de actor, oudste eerst."""
        return self.case("open_interne_taken", actor=str(actor))["interneTaken"]

    def contactgegevens(self, klantcontact: UuidLike) -> Dict[str, Any]:
        """Hoe de klant van een klantcontact te bereiken is: ``{naam,
        telefoonnummer, emailadres, betrokkene, partij, vanPartij}``."""
        return self.case("contactgegevens", klantcontact=str(klantcontact))

    def rond_taak_af(self, interne_taak: UuidLike, toelichting: Optional[str] = None
                     ) -> Dict[str, Any]:
        """F5241: status verwerkt -> ``{interneTaak}``."""
        document: Dict[str, Any] = {"interneTaak": str(interne_taak)}
        if toelichting is not None:
            document["toelichting"] = toelichting
        return self.case("rond_taak_af", document)

    def c2984(self, interne_taak: UuidLike, toelichting: Optional[str] = None) -> Dict[str, Any]:
        """C2984 terugbellen: ``{interneTaak, klantcontact, contactgegevens}``."""
        document: Dict[str, Any] = {"interneTaak": str(interne_taak)}
        if toelichting is not None:
            document["toelichting"] = toelichting
        return self.case("c2984", document)

    def c9708(self, invoer: Optional[Mapping[str, Any]] = None, **members: Any) -> Dict[str, Any]:
        """C9708 vraag beantwoorden n.a.v. een interne taak: ``interneTaak``,
        ``medewerker``, ``antwoord``, optioneel ``vervolgtaak``, ``toelichting``."""
        return self.case("c9708", invoer, **members)

    def c2716(self, invoer: Optional[Mapping[str, Any]] = None, **members: Any) -> Dict[str, Any]:
        """C2716 zaak aanmaken n.a.v. een interne taak: ``interneTaak``,
        ``medewerker``, ``zaak``, optioneel ``antwoord``, ``vervolgtaak``,
        ``toelichting``."""
        return self.case("c2716", invoer, **members)


class Collectie:
    """De F-functies van één collectie: ``reg["partijen"].get(uuid)``."""

    def __init__(self, register: Register, resource: str) -> None:
        self.register = register
        self.resource = resource

    def create(self, body: Body) -> Dict[str, Any]:
        """Zie ``Register.create``."""
        return self.register.create(self.resource, body)

    def update(self, uuid: UuidLike, body: Body) -> Dict[str, Any]:
        """Zie ``Register.update``."""
        return self.register.update(self.resource, uuid, body)

    def patch(self, uuid: UuidLike, body: Body) -> Dict[str, Any]:
        """Zie ``Register.patch``."""
        return self.register.patch(self.resource, uuid, body)

    def delete(self, uuid: UuidLike) -> None:
        """Zie ``Register.delete``."""
        self.register.delete(self.resource, uuid)

    def get(self, uuid: UuidLike, expand: Union[None, str, Iterable[str]] = None
            ) -> Dict[str, Any]:
        """Zie ``Register.get``."""
        return self.register.get(self.resource, uuid, expand)

    def list(self, query: Optional[Mapping[str, Any]] = None, **params: Any) -> Dict[str, Any]:
        """Zie ``Register.list``."""
        return self.register.list(self.resource, query, **params)
