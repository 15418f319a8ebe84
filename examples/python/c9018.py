"""C9018 — Klant belt KCC om een product aan te vragen, in Python.

The same case as examples/c9018_productaanvraag.cpp, with the same data, over
the bindings (``klantinteracties.Register``): a KCC employee registers a phone
call, finds or registers the klant, attaches the product request and, with
--interne-taak, hands the zaak over to a team. Variants of step 4
(--variant):

    bekend                  the klant is known as a partij (variant A);
    nieuwe-partij           a new partij with BSN and digitale adressen (B1);
    alleen-contactgegevens  contact data for this request only, no partij (B2).

Without --json every step is one call and what it stored is printed after a
line naming the step; without --variant all three variants run. With --json
the whole case is one call (``Register.c9018``) and its document is printed:
the same document as ``c9018_productaanvraag --json``, apart from the uuids.

Run: PYTHONPATH=bindings/python python3 examples/python/c9018.py --variant bekend
"""

from __future__ import annotations

import argparse
import json
import uuid
from typing import Any, Dict

import klantinteracties as ki

# Objects outside Klantinteracties: the product request (Objecten API) and
# the zaak (Open Zaak).
PRODUCTAANVRAAG = uuid.UUID("3f1c8a52-7a0e-5b1e-9d43-6c2f0e8b7a15")
ZAAK = uuid.UUID("b7e4d2a9-1c35-5f80-8e6b-2d9a4c7f1e03")
VARIANTEN = ("bekend", "nieuwe-partij", "alleen-contactgegevens")
BSN = {"bekend": "296648875", "nieuwe-partij": "999990019", "alleen-contactgegevens": "999993653"}

GESPREK = {
    "onderwerp": "Productaanvraag",
    "inhoud": "Klant vraagt telefonisch een parkeervergunning voor bewoners aan; "
              "de aanvraag is vastgelegd in het e-formulier.",
    "indicatieContactGelukt": True,
    "plaatsgevondenOp": "2023-03-01T10:00:00+01:00",
}

# Variant B1: Jan de Vries consents to reuse of his data.
JAN_DE_VRIES = {
    "contactnaam": {"voorletters": "J", "voornaam": "Jan", "voorvoegselAchternaam": "de",
                    "achternaam": "Vries"},
    "bezoekadres": {"nummeraanduidingId": "0518200000637599", "straatnaam": "Spui",
                    "huisnummer": 70, "postcode": "2511 BT", "stad": "Den Haag", "land": "NL"},
    "correspondentieadres": {"adresregel1": "Postbus 12600", "adresregel2": "2500 DJ Den Haag",
                             "land": "NL"},
    "bsn": "999990019",
    "digitaleAdressen": [
        {"soortDigitaalAdres": "telefoonnummer", "adres": "0612345678", "omschrijving": "Mobiel",
         "isStandaardAdres": True},
        {"soortDigitaalAdres": "email", "adres": "jan.devries@example.nl",
         "omschrijving": "Privé", "isStandaardAdres": True},
    ],
    "voorkeursDigitaalAdres": 0,  # the klant wants to be called
}

# Variant B2: Karel van Deurne gives a name and a number for this request only.
KAREL_VAN_DEURNE = {
    "contactnaam": {"voorletters": "K", "voornaam": "Karel", "voorvoegselAchternaam": "van",
                    "achternaam": "Deurne"},
    "digitaleAdressen": [{"soortDigitaalAdres": "telefoonnummer", "adres": "0612345678"}],
}


class Gemeente:
    """What exists before the phone rings: the KCC employee, the team that
    creates zaken for parking permits, and a klant known as a partij."""

    def __init__(self, reg: ki.Register) -> None:
        self.reg = reg
        self.medewerker = reg.create("actoren", {
            "naam": "Fatima Yilmaz", "soortActor": "medewerker", "indicatieActief": True,
            "actorIdentificatie": {"functie": "KCC-medewerker",
                                   "emailadres": "f.yilmaz@gemeente.example.nl",
                                   "telefoonnummer": "0701234567"}})["uuid"]
        self.team = reg.create("actoren", {
            "naam": "Team Parkeren", "soortActor": "organisatorische_eenheid",
            "indicatieActief": True,
            "actorIdentificatie": {"omschrijving": "Behandelt parkeervergunningen",
                                   "emailadres": "parkeren@gemeente.example.nl",
                                   "telefoonnummer": "0707654321"}})["uuid"]
        self.anna = reg.create("partijen", {
            "soortPartij": "persoon", "indicatieActief": True, "indicatieGeheimhouding": False,
            "voorkeurstaal": "nld",
            "partijIdentificatie": {"contactnaam": {"voorletters": "A", "voornaam": "Anna",
                                                    "achternaam": "Jansen"}},
            "partijIdentificatoren": [{"partijIdentificator": {
                "codeRegister": "brp", "codeObjecttype": "natuurlijk_persoon",
                "codeSoortObjectId": "bsn", "objectId": "296648875"}}]})["uuid"]
        reg.create("digitaleadressen", {
            "verstrektDoorBetrokkene": None, "verstrektDoorPartij": {"uuid": self.anna},
            "adres": "anna.jansen@example.nl", "soortDigitaalAdres": "email",
            "isStandaardAdres": True})

    def klant(self, variant: str) -> Dict[str, Any]:
        if variant == "bekend":
            return {"variant": "bekend", "partij": self.anna}
        if variant == "nieuwe-partij":
            return {"variant": "nieuwe-partij", "partij": JAN_DE_VRIES}
        return dict(KAREL_VAN_DEURNE, variant="alleen-contactgegevens")

    def interne_taak(self) -> Dict[str, Any]:
        return {"gevraagdeHandeling": "Aanmaken zaak n.a.v. ingediende productaanvraag",
                "toelichting": "De productaanvraag staat als bijlage bij het klantcontact.",
                "toegewezenAanActoren": [self.team]}


def zaak(variant: str) -> Dict[str, Any]:
    # In variant B2 the contact data may be used for this request only: it
    # goes with the zaak.
    return {"zaak": ZAAK, "contactgegevensAlleenVoorZaak": variant == "alleen-contactgegevens"}


def toon(titel: str, stap: str, objecten: Any) -> None:
    print(f"{titel} ({stap})")
    print(json.dumps(objecten, ensure_ascii=False, separators=(",", ":")))


def verteld(g: Gemeente, variant: str, met_taak: bool, met_zaak: bool) -> None:
    reg = g.reg
    print(f"Variant {variant}")
    s2 = reg.registreer_klantcontact(medewerker=g.medewerker, klantcontact=GESPREK)
    toon("Stap 2: klantcontact geregistreerd, medewerker gekoppeld", "registreer_klantcontact", s2)
    kc = s2["klantcontact"]["uuid"]
    toon("Stap 3: klant gezocht op BSN", "zoek_partij",
         {"partij": reg.zoek_partij(bsn=BSN[variant])})
    toon("Stap 4: klant als betrokkene geregistreerd", "registreer_klant",
         reg.registreer_klant(klantcontact=kc, klant=g.klant(variant)))
    toon("Stap 5: productaanvraag als bijlage gekoppeld", "registreer_bijlage",
         reg.registreer_bijlage(klantcontact=kc, productaanvraag=PRODUCTAANVRAAG))
    if met_taak:
        toon("Stap 6 (variant D): interne taak voor het aanmaken van de zaak",
             "registreer_interne_taak",
             reg.registreer_interne_taak(klantcontact=kc, interneTaak=g.interne_taak()))
    if met_zaak:
        toon("Stap 7: zaak als onderwerpobject gekoppeld", "koppel_zaak",
             reg.koppel_zaak(klantcontact=kc, zaak=zaak(variant)))


def main() -> int:
    parser = argparse.ArgumentParser(prog="c9018.py", description=__doc__.splitlines()[0])
    parser.add_argument("--variant", choices=VARIANTEN)
    parser.add_argument("--interne-taak", action="store_true")
    parser.add_argument("--zaak", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with ki.Register(base_url="https://openklant.example.nl",
                     clock="2023-03-01T09:12:00Z") as reg:
        g = Gemeente(reg)
        try:
            if args.json:
                variant = args.variant or "bekend"
                invoer: Dict[str, Any] = {"medewerker": g.medewerker, "klantcontact": GESPREK,
                                          "klant": g.klant(variant),
                                          "productaanvraag": PRODUCTAANVRAAG}
                if args.interne_taak:
                    invoer["interneTaak"] = g.interne_taak()
                if args.zaak:
                    invoer["zaak"] = zaak(variant)
                print(json.dumps(reg.c9018(invoer), ensure_ascii=False, separators=(",", ":")))
                return 0
            print(f"C9018 Klant belt KCC om een product aan te vragen "
                  f"(libklantinteracties {ki.version()})")
            for variant in VARIANTEN:
                if args.variant in (None, variant):
                    verteld(g, variant, args.interne_taak, args.zaak)
        except ki.ValidationError as e:
            print(f"mislukt: {json.dumps(e.document, ensure_ascii=False)}")
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
