"""The VNG cases on klantinteracties.Register: C9018 whole and step by step in
its variants, C0992, C9167, the interne taken, and their error paths."""

import datetime as dt
import unittest
import uuid

import klantinteracties as ki

ONBEKEND = "00000000-0000-4000-8000-000000000000"
AANVRAAG = uuid.UUID("7d2f9f7c-1b7e-4d8e-9b61-1f0b3f6a2c11")
GESPREK = {"onderwerp": "Productaanvraag", "inhoud": "Parkeervergunning aangevraagd.",
           "plaatsgevondenOp": "2023-03-01T10:00:00+01:00"}
C9018_MEMBERS = ["klantcontact", "betrokkene", "partij", "partijIdentificatoren",
                 "digitaleAdressen", "bijlage", "interneTaak", "onderwerpobject", "zaakrol",
                 "actoren"]


class Omgeving(unittest.TestCase):
    """A register with a medewerker, a team and a known partij (BSN 296648875)."""

    def setUp(self):
        self.reg = ki.Register(base_url="https://openklant.example.nl")
        self.addCleanup(self.reg.close)
        self.medewerker = self.reg.create("actoren", {
            "naam": "Fatima Yilmaz", "soortActor": "medewerker", "indicatieActief": True,
            "actorIdentificatie": {"functie": "KCC", "emailadres": "f.yilmaz@gemeente.example.nl",
                                   "telefoonnummer": "0701234567"}})["uuid"]
        self.team = self.reg.create("actoren", {
            "naam": "Team Parkeren", "soortActor": "organisatorische_eenheid",
            "indicatieActief": True, "actorIdentificatie": {"omschrijving": "Parkeren",
                                                          "emailadres": "parkeren@gemeente.example.nl",
                                                          "telefoonnummer": "0707654321"}})["uuid"]
        out = self.reg.registreer_partij(partij={
            "contactnaam": {"voornaam": "Anna", "achternaam": "Jansen"}, "bsn": "296648875",
            "digitaleAdressen": [{"soortDigitaalAdres": "telefoonnummer",
                                  "adres": "0687654321", "isStandaardAdres": True}],
            "voorkeursDigitaalAdres": 0})
        self.partij = out["partij"]["uuid"]

    def ref(self, obj, member):
        return obj[member]["uuid"] if obj[member] else None


class C9018(Omgeving):
    def test_bekend_with_zaak(self):
        doc = self.reg.c9018(medewerker=self.medewerker, klantcontact=GESPREK,
                             klant={"variant": "bekend", "partij": self.partij},
                             productaanvraag=AANVRAAG, zaak={"zaak": AANVRAAG})
        self.assertEqual(list(doc), ["klantcontact", "betrokkene", "bijlage", "onderwerpobject",
                                     "actoren"])
        self.assertEqual(self.ref(doc["betrokkene"], "wasPartij"), self.partij)
        self.assertEqual(self.ref(doc["bijlage"], "wasBijlageVanKlantcontact"),
                         doc["klantcontact"]["uuid"])
        self.assertEqual([a["uuid"] for a in doc["actoren"]], [self.medewerker])
        self.assertEqual(self.reg.get("klantcontacten", doc["klantcontact"]["uuid"]),
                         doc["klantcontact"])

    def test_nieuwe_partij_with_interne_taak(self):
        doc = self.reg.c9018({
            "medewerker": self.medewerker,
            "klantcontact": dict(GESPREK, plaatsgevondenOp=dt.datetime(
                2023, 3, 1, 9, 0, tzinfo=dt.timezone.utc)),
            "klant": {"variant": "nieuwe-partij", "partij": {
                "contactnaam": {"voornaam": "Jan", "voorvoegselAchternaam": "de",
                                "achternaam": "Vries"},
                "bsn": "999990019",
                "digitaleAdressen": [
                    {"soortDigitaalAdres": "telefoonnummer", "adres": "0612345678",
                     "isStandaardAdres": True},
                    {"soortDigitaalAdres": "email", "adres": "jan@example.nl"}],
                "voorkeursDigitaalAdres": 0}},
            "productaanvraag": str(AANVRAAG),
            "interneTaak": {"gevraagdeHandeling": "Aanmaken zaak",
                            "toegewezenAanActoren": [self.team]}})
        self.assertEqual(list(doc), [m for m in C9018_MEMBERS if m in doc])
        self.assertEqual(list(doc), ["klantcontact", "betrokkene", "partij",
                                     "partijIdentificatoren", "digitaleAdressen", "bijlage",
                                     "interneTaak", "actoren"])
        self.assertEqual(self.ref(doc["betrokkene"], "wasPartij"), doc["partij"]["uuid"])
        self.assertEqual(doc["partijIdentificatoren"][0]["partijIdentificator"]["objectId"],
                         "999990019")
        self.assertEqual(self.ref(doc["partij"], "voorkeursDigitaalAdres"),
                         doc["digitaleAdressen"][0]["uuid"])
        self.assertEqual(doc["interneTaak"]["status"], "te_verwerken")
        self.assertEqual([a["uuid"] for a in doc["actoren"]], [self.medewerker, self.team])
        self.assertEqual(self.reg.zoek_partij(bsn="999990019")["uuid"], doc["partij"]["uuid"])

    def test_alleen_contactgegevens_with_zaakrol(self):
        doc = self.reg.c9018(
            medewerker=self.medewerker, klantcontact=GESPREK,
            klant={"variant": "alleen-contactgegevens",
                   "contactnaam": {"voornaam": "Karel", "voorvoegselAchternaam": "van",
                                   "achternaam": "Deurne"},
                   "digitaleAdressen": [{"soortDigitaalAdres": "telefoonnummer",
                                         "adres": "0612345678"}]},
            productaanvraag=AANVRAAG,
            zaak={"zaak": AANVRAAG, "contactgegevensAlleenVoorZaak": True})
        self.assertIsNone(doc["betrokkene"]["wasPartij"])
        self.assertEqual(doc["zaakrol"], {"contactpersoonRol": {
            "telefoonnummer": "0612345678", "naam": "Karel van Deurne"}})

    def test_steps(self):
        s2 = self.reg.registreer_klantcontact(medewerker=self.medewerker, klantcontact=GESPREK)
        self.assertEqual(list(s2), ["klantcontact", "actorKlantcontact"])
        kc = s2["klantcontact"]["uuid"]
        self.assertEqual(self.reg.zoek_partij(bsn="296648875")["uuid"], self.partij)
        self.assertEqual(self.reg.zoek_partij(digitaal_adres="0687654321")["uuid"], self.partij)
        self.assertIsNone(self.reg.zoek_partij(bsn="999990019"))
        s4 = self.reg.registreer_klant(klantcontact=kc,
                                       klant={"variant": "bekend", "partij": self.partij})
        self.assertEqual(list(s4), ["betrokkene"])
        s5 = self.reg.registreer_bijlage(klantcontact=kc, productaanvraag=AANVRAAG)
        self.assertEqual(s5["bijlage"]["bijlageidentificator"]["objectId"], str(AANVRAAG))
        t = self.reg.registreer_interne_taak(klantcontact=kc, interneTaak={
            "gevraagdeHandeling": "Zaak aanmaken", "toegewezenAanActoren": [self.team]})
        self.assertEqual(t["interneTaak"]["status"], "te_verwerken")
        z = self.reg.koppel_zaak(klantcontact=kc, zaak={"zaak": AANVRAAG})
        self.assertEqual(self.ref(z["onderwerpobject"], "klantcontact"), kc)
        b = self.reg.registreer_betrokkene(klantcontact=kc, betrokkene={
            "contactnaam": {"achternaam": "Bakker"}, "rol": "vertegenwoordiger",
            "initiator": False})
        self.assertEqual(b["betrokkene"]["rol"], "vertegenwoordiger")
        self.assertEqual(b["digitaleAdressen"], [])


class AndereCases(Omgeving):
    def terugbelverzoek(self, klant):
        return self.reg.c9167(medewerker=self.medewerker, klantcontact=GESPREK,
                              terugbelverzoek={"gevraagdeHandeling": "Terugbellen",
                                               "toegewezenAanActoren": [self.team]},
                              klant=klant)

    def test_c0992(self):
        self.assertEqual(self.reg.c0992(medewerker=self.medewerker, klantcontact=GESPREK),
                         {"geregistreerd": False})
        out = self.reg.c0992(medewerker=self.medewerker, klantcontact=GESPREK,
                             klant={"variant": "bekend", "partij": self.partij})
        self.assertIs(out["geregistreerd"], True)
        self.assertEqual(self.ref(out["betrokkene"], "wasPartij"), self.partij)

    def test_c9167_and_c2984(self):
        out = self.terugbelverzoek({"variant": "alleen-contactgegevens",
                                    "contactnaam": {"achternaam": "Deurne"},
                                    "digitaleAdressen": [{"soortDigitaalAdres": "telefoonnummer",
                                                          "adres": "0612345678"}]})
        taak = out["interneTaak"]["uuid"]
        self.assertEqual([t["uuid"] for t in self.reg.open_interne_taken(self.team)], [taak])
        contact = self.reg.contactgegevens(out["klantcontact"]["uuid"])
        self.assertEqual(contact["telefoonnummer"], "0612345678")
        self.assertIs(contact["vanPartij"], False)
        cb = self.reg.c2984(taak, "Teruggebeld.")
        self.assertEqual(cb["interneTaak"]["status"], "verwerkt")
        self.assertEqual(cb["contactgegevens"]["telefoonnummer"], "0612345678")
        self.assertEqual(self.reg.open_interne_taken(uuid.UUID(self.team)), [])
        with self.assertRaises(ki.NotFound):
            self.reg.c2984(ONBEKEND)

    def test_c9708_c2716_rond_taak_af(self):
        bekend = {"variant": "bekend", "partij": self.partij}
        taak = self.terugbelverzoek(bekend)["interneTaak"]["uuid"]
        out = self.reg.c9708(interneTaak=taak, medewerker=self.medewerker,
                             antwoord={"onderwerp": "Antwoord", "inhoud": "Zo zit het."})
        self.assertEqual(out["interneTaak"]["status"], "verwerkt")
        self.assertIn("onderwerpobject", out)
        taak = self.terugbelverzoek(bekend)["interneTaak"]["uuid"]
        out = self.reg.c2716(interneTaak=taak, medewerker=self.medewerker, zaak=AANVRAAG)
        self.assertIn("zaakOnderwerpobject", out)
        taak = self.terugbelverzoek(bekend)["interneTaak"]["uuid"]
        self.assertEqual(self.reg.rond_taak_af(taak)["interneTaak"]["status"], "verwerkt")
        taak = self.terugbelverzoek(bekend)["interneTaak"]["uuid"]
        with self.assertRaises(ki.ValidationError) as caught:
            self.reg.c2716(interneTaak=taak, medewerker=self.medewerker)
        self.assertEqual([p.name for p in caught.exception.invalid_params], ["zaak"])


class Fouten(Omgeving):
    def test_unknown_step(self):
        with self.assertRaises(ki.InvalidArgumentError):
            self.reg.case("c9999", {})

    def test_malformed_json(self):
        with self.assertRaises(ki.ValidationError) as caught:
            self.reg.case("c9018", '{"medewerker":')
        self.assertEqual(caught.exception.invalid_params[0].code, "parse_error")

    def test_invalid_input_document(self):
        with self.assertRaises(ki.ValidationError) as caught:
            self.reg.c9018(medewerker="geen-uuid", klantcontact={"onderwerp": 1},
                           klant={"variant": "onbekend"}, wat=0)
        names = [(p.name, p.code) for p in caught.exception.invalid_params]
        self.assertIn(("medewerker", "invalid"), names)
        self.assertIn(("klantcontact.onderwerp", "invalid"), names)
        self.assertIn(("klant.variant", "invalid_choice"), names)
        self.assertIn(("productaanvraag", "required"), names)
        self.assertIn(("wat", "unknown"), names)

    def test_all_or_nothing(self):
        voor = self.reg.export_snapshot()
        with self.assertRaises(ki.ValidationError) as caught:
            self.reg.c9018(medewerker=self.medewerker, klantcontact=GESPREK,
                           klant={"variant": "bekend", "partij": ONBEKEND},
                           productaanvraag=AANVRAAG)
        self.assertEqual([p.name for p in caught.exception.invalid_params],
                         ["betrokkene.wasPartij.uuid"])
        self.assertEqual(caught.exception.document["type"],
                         "https://openklant.example.nl/ref/fouten/ValidationError/")
        self.assertEqual(self.reg.export_snapshot(), voor)


if __name__ == "__main__":
    unittest.main()
