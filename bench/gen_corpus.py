#!/usr/bin/env python3
"""Writes the benchmark corpus: realistic request bodies, deterministic per seed.

    gen_corpus.py OUTDIR [--count N] [--seed S]

One file per component plus a mixed file and an invalid mix, each N lines of
{"type": component, "body": text} (the text is the exact payload measured), and
manifest.json with per file: payloads, bytes and how many are invalid.
Every valid payload is valid for the library (create mode, default profile)
and for Open Klant's OpenAPI schema; nulls are left out rather than sent,
since openapi-schema-validator rejects null in nullable allOf references.
Standard library only.
"""

import argparse
import json
import random
import uuid
from pathlib import Path

VOORNAMEN = ["Anna", "Jan", "Sanne", "Pieter", "Fatima", "Mohammed", "Emma", "Daan", "Sophie",
             "Lucas", "Julia", "Sem", "Noor", "Milan", "Lotte", "Bram", "Eva", "Thijs", "Yara",
             "Kees", "Ingrid", "Willem", "Marieke", "Hendrik", "Aylin", "Joris", "Femke"]
VOORVOEGSELS = ["", "", "", "de", "van", "van der", "van den", "ter", "van de", "den"]
ACHTERNAMEN = ["Jong", "Jansen", "Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos",
               "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Dijk", "Berg", "Wal", "Kaya",
               "Yilmaz", "El Amrani", "Koster", "Veenstra", "Hoekstra", "Postma", "Schouten"]
STRATEN = ["Amstel", "Stadsplateau", "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein",
           "Hoofdstraat", "Julianalaan", "Beatrixstraat", "Wilhelminapark", "Nieuwe Gracht",
           "Oudegracht", "Marktplein", "Schoolstraat", "Lindenlaan", "Burgemeester de Withstraat"]
STEDEN = ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Eindhoven", "Groningen", "Tilburg",
          "Almere", "Breda", "Nijmegen", "Zwolle", "Leeuwarden", "Maastricht", "Amersfoort"]
DOMEINEN = ["example.nl", "voorbeeld.nl", "mail.example.com", "gemeente.example.nl"]
ONDERWERPEN = ["Aanvraag parkeervergunning", "Verhuizing doorgeven", "Vraag over afvalpas",
               "Melding openbare ruimte", "Aanvraag paspoort", "Bezwaar WOZ-beschikking",
               "Productaanvraag", "Vraag over bijstandsuitkering", "Klacht over dienstverlening"]
ZINNEN = ["Klant vraagt naar de status van de aanvraag.", "Uitgelegd hoe het formulier werkt.",
          "De link naar Mijn Gemeente is per e-mail verstuurd.", "Terugbelverzoek genoteerd.",
          "Klant is doorverbonden met de backoffice.", "Afspraak gemaakt aan de balie.",
          "Benodigde documenten doorgenomen.", "Klant was tevreden over het antwoord."]
KANALEN = ["telefoon", "e-mail", "balie", "chat", "post"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def bsn(self):
        # 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11.
        while True:
            d = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(7)]
            s = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
            if s < 10:
                return "".join(map(str, d)) + str(s)

    def naam(self):
        v = self.r.choice(VOORNAMEN)
        return {"voorletters": v[0] + ".", "voornaam": v,
                "voorvoegselAchternaam": self.r.choice(VOORVOEGSELS),
                "achternaam": self.r.choice(ACHTERNAMEN)}

    def email(self, naam=None):
        naam = naam or self.naam()
        lokaal = f"{naam['voornaam']}.{naam['achternaam']}".lower().replace(" ", "")
        return f"{lokaal}{self.r.randint(1, 9999)}@{self.r.choice(DOMEINEN)}"

    def telefoon(self):
        if self.r.random() < 0.5:
            return "06" + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        return "+316" + "".join(str(self.r.randint(0, 9)) for _ in range(8))

    def adres(self):
        return {"nummeraanduidingId": "0363" + "".join(str(self.r.randint(0, 9)) for _ in range(12)),
                "straatnaam": self.r.choice(STRATEN), "huisnummer": self.r.randint(1, 400),
                "huisnummertoevoeging": self.r.choice(["", "", "A", "B", "2"]),
                "postcode": f"{self.r.randint(1000, 9999)} "
                            f"{self.r.choice('ABCDEGHJKLMNPRSTVWXZ')}{self.r.choice('ABCDEGHJKLMNPRSTVWXZ')}",
                "stad": self.r.choice(STEDEN), "land": "NL"}

    def moment(self):
        return (f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}T"
                f"{self.r.randint(8, 17):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}Z")

    def tekst(self, zinnen):
        return " ".join(self.r.choice(ZINNEN) for _ in range(zinnen))

    def klantcontact(self):
        # Further action only after a failed contact (Open Klant's object rule).
        gelukt = self.r.random() < 0.8
        return {"kanaal": self.r.choice(KANALEN), "onderwerp": self.r.choice(ONDERWERPEN),
                "inhoud": self.tekst(self.r.randint(2, 4)), "reactie": self.tekst(self.r.randint(1, 3)),
                "indicatieContactGelukt": gelukt,
                "verdereActieOndernomen": not gelukt and self.r.random() < 0.5,
                "taal": "nld", "vertrouwelijk": False, "plaatsgevondenOp": self.moment(),
                "metadata": {"zaaknummer": f"ZAAK-2024-{self.r.randint(0, 9999999):07d}"}}

    def betrokkene(self):
        naam = self.naam()
        return {"wasPartij": {"uuid": self.uuid()}, "hadKlantcontact": {"uuid": self.uuid()},
                "bezoekadres": self.adres(), "contactnaam": naam, "rol": "klant",
                "organisatienaam": "", "initiator": self.r.random() < 0.8}

    def digitaal_adres(self):
        if self.r.random() < 0.6:
            soort, adres, omschrijving = "email", self.email(), "Privé e-mailadres voor correspondentie"
        else:
            soort, adres, omschrijving = "telefoonnummer", self.telefoon(), "Mobiel nummer, bereikbaar na 14:00 uur"
        # Given by the partij, at a contact where it was betrokkene (KI-DA-007).
        return {"verstrektDoorBetrokkene": {"uuid": self.uuid()},
                "verstrektDoorPartij": {"uuid": self.uuid()}, "adres": adres,
                "soortDigitaalAdres": soort, "isStandaardAdres": self.r.random() < 0.5,
                "omschrijving": omschrijving,
                "referentie": f"crm-export-2024-klant-{self.r.randint(1, 10**9):09d}-{soort[:5]}",
                "verificatieDatum": self.moment()[:10]}

    def partij(self):
        adressen = [{"uuid": self.uuid()} for _ in range(2)]
        return {"digitaleAdressen": adressen, "voorkeursDigitaalAdres": adressen[0],
                "partijIdentificatoren": [{"partijIdentificator": {
                    "codeObjecttype": "natuurlijk_persoon", "codeSoortObjectId": "bsn",
                    "objectId": self.bsn(), "codeRegister": "brp"}}],
                "soortPartij": "persoon", "indicatieGeheimhouding": False, "voorkeurstaal": "nld",
                "indicatieActief": True, "bezoekadres": self.adres(),
                "partijIdentificatie": {"contactnaam": self.naam()}}

    def interne_taak(self):
        return {"gevraagdeHandeling": "Terugbellen: " + self.r.choice(ONDERWERPEN).lower(),
                "aanleidinggevendKlantcontact": {"uuid": self.uuid()},
                "toegewezenAanActoren": [{"uuid": self.uuid()} for _ in range(self.r.randint(1, 3))],
                "toelichting": self.tekst(self.r.randint(2, 6)), "status": "te_verwerken"}

    def maak_klantcontact(self):
        kc = self.klantcontact()
        kc.pop("metadata")
        kc["inhoud"] = self.tekst(1)
        kc.pop("reactie")
        betrokkene = self.betrokkene()
        betrokkene.pop("hadKlantcontact")
        return {"klantcontact": kc, "betrokkene": betrokkene,
                "onderwerpobject": {"onderwerpobjectidentificator": {
                    "objectId": self.bsn(), "codeObjecttype": "INGESCHREVEN NATUURLIJK PERSOON",
                    "codeRegister": "BRP", "codeSoortObjectId": "Burgerservicenummer"}}}


TYPES = {"Klantcontact": Gen.klantcontact, "Partij": Gen.partij, "Betrokkene": Gen.betrokkene,
         "DigitaalAdres": Gen.digitaal_adres, "InterneTaak": Gen.interne_taak,
         "MaakKlantcontact": Gen.maak_klantcontact}
FILES = {"klantcontact": "Klantcontact", "partij": "Partij", "betrokkene": "Betrokkene",
         "digitaal_adres": "DigitaalAdres", "interne_taak": "InterneTaak",
         "maak_klantcontact": "MaakKlantcontact"}

# One schema-level fault per type that both validators must see: a missing
# required property, a value outside an enum, or text over its maxLength.
FAULTS = {
    "Klantcontact": [lambda b: b.pop("onderwerp"), lambda b: b.update(taal="nederlands"),
                     lambda b: b.update(onderwerp="x" * 201)],
    "Partij": [lambda b: b.update(soortPartij="bedrijf"), lambda b: b.update(voorkeurstaal="nederlands"),
               lambda b: b["bezoekadres"].update(postcode="1011 PN 12")],
    "Betrokkene": [lambda b: b.pop("hadKlantcontact"), lambda b: b.update(rol="klantje"),
                   lambda b: b.update(organisatienaam="x" * 201)],
    "DigitaalAdres": [lambda b: b.pop("adres"), lambda b: b.update(soortDigitaalAdres="fax"),
                      lambda b: b.update(omschrijving="x" * 41)],
    "InterneTaak": [lambda b: b.pop("gevraagdeHandeling"), lambda b: b.update(status="open"),
                    lambda b: b.update(gevraagdeHandeling="x" * 201)],
    "MaakKlantcontact": [lambda b: b.pop("klantcontact"),
                         lambda b: b["betrokkene"].update(rol="klantje"),
                         lambda b: b["klantcontact"].update(taal="nederlands")],
}


def payload(gen, soort, fault=None):
    """A body of 400-900 bytes: compact, else indented when it is too short."""
    for _ in range(1000):
        body = TYPES[soort](gen)
        if fault is not None:
            fault(body)
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        for indent in (2, 4):
            if len(text.encode()) < 400:
                text = json.dumps(body, ensure_ascii=False, indent=indent)
        if 400 <= len(text.encode()) <= 900:
            return text
    raise RuntimeError(f"no {soort} payload of 400-900 bytes")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--count", type=int, default=2000, help="payloads per file")
    ap.add_argument("--seed", type=int, default=20240301)
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    gen = Gen(args.seed)
    manifest = {}

    def write(name, rows, invalid):
        lines = [json.dumps({"type": soort, "body": text}, ensure_ascii=False) + "\n"
                 for soort, text in rows]
        (out / f"{name}.jsonl").write_text("".join(lines), encoding="utf-8")
        manifest[name] = {"payloads": len(rows), "invalid": invalid,
                          "bytes": sum(len(t.encode()) for _, t in rows)}

    for name, soort in FILES.items():
        write(name, [(soort, payload(gen, soort)) for _ in range(args.count)], 0)
    soorten = list(TYPES)
    write("mixed", [(s, payload(gen, s)) for s in (gen.r.choice(soorten) for _ in range(args.count))], 0)
    bad = set(gen.r.sample(range(args.count), args.count // 10))
    rows = []
    for i in range(args.count):
        soort = gen.r.choice(soorten)
        rows.append((soort, payload(gen, soort, gen.r.choice(FAULTS[soort]) if i in bad else None)))
    write("invalid_mix", rows, len(bad))
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
