"""klantinteracties.Register: the F-functions, MaakKlantcontact, snapshots,
the handle's lifetime, several threads at once, and every error path."""

import threading
import unittest
import uuid

import klantinteracties as ki
from support import ERROR_KEYS, PARTIJ_LEEG

PARTIJ = {
    "soortPartij": "persoon", "indicatieActief": True, "voorkeurstaal": "nld",
    "partijIdentificatie": {"contactnaam": {"voornaam": "Anna", "achternaam": "Jansen"}},
    "partijIdentificatoren": [{"partijIdentificator": {
        "codeRegister": "brp", "codeObjecttype": "natuurlijk_persoon",
        "codeSoortObjectId": "bsn", "objectId": "296648875"}}],
}
ORGANISATIE = {"soortPartij": "organisatie", "indicatieActief": True}
ONBEKEND = "00000000-0000-4000-8000-000000000000"
KLANTCONTACT = {"kanaal": "telefoon", "onderwerp": "Vraag", "taal": "nld",
                "vertrouwelijk": False, "indicatieContactGelukt": True}


class Lifetime(unittest.TestCase):
    def test_context_manager_closes(self):
        with ki.Register() as reg:
            reg.create("partijen", ORGANISATIE)
        with self.assertRaises(ki.InvalidArgumentError):
            reg.list("partijen")
        reg.close()  # twice is fine

    def test_options(self):
        with ki.Register(base_url="https://openklant.example.nl", profile="strict") as reg:
            p = reg.create("Partij", PARTIJ)
            self.assertTrue(p["url"].startswith(
                "https://openklant.example.nl/klantinteracties/api/v1/partijen/"))
            with self.assertRaises(ki.ValidationError) as caught:
                reg.create("Partij", {})
            self.assertEqual(caught.exception.document["type"],
                             "https://openklant.example.nl/ref/fouten/ValidationError/")

    def test_clock(self):
        import datetime as dt
        for clock in ("2023-03-01T09:12:00Z", dt.datetime(2023, 3, 1, 9, 12),
                      dt.datetime(2023, 3, 1, 10, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))):
            with ki.Register(clock=clock) as reg:
                kc = reg.create("klantcontacten", {"kanaal": "telefoon", "onderwerp": "Vraag",
                                                   "taal": "nld", "vertrouwelijk": False})
                self.assertEqual(kc["plaatsgevondenOp"], "2023-03-01T09:12:00Z")
        with self.assertRaises(ki.InvalidArgumentError):
            ki.Register(clock="gisteren")

    def test_bad_options(self):
        with self.assertRaises(ki.InvalidArgumentError):
            ki.Register(profile="streng")
        with self.assertRaises(ki.InvalidArgumentError):
            ki.Register(base_url="")


class Crud(unittest.TestCase):
    def setUp(self):
        self.reg = ki.Register()
        self.addCleanup(self.reg.close)

    def test_create_get_by_collection_or_type(self):
        p = self.reg.create("partijen", PARTIJ)
        self.assertEqual(list(p)[:2], ["uuid", "url"])
        for resource in ("partijen", "Partij", "PARTIJ", "Partijen"):
            self.assertEqual(self.reg.get(resource, p["uuid"]), p)
        self.assertEqual(self.reg.get("partijen", uuid.UUID(p["uuid"])), p)
        self.assertEqual(self.reg["partijen"].get(p["uuid"]), p)

    def test_every_collection(self):
        names = [("klantcontacten", "Klantcontact"), ("betrokkenen", "Betrokkene"),
                 ("onderwerpobjecten", "Onderwerpobject"), ("bijlagen", "Bijlage"),
                 ("actorklantcontacten", "ActorKlantcontact"), ("actoren", "Actor"),
                 ("internetaken", "InterneTaak"), ("partijen", "Partij"),
                 ("partij-identificatoren", "PartijIdentificator"),
                 ("vertegenwoordigingen", "Vertegenwoordigden"), ("categorieen", "Categorie"),
                 ("categorie-relaties", "CategorieRelatie"), ("digitaleadressen", "DigitaalAdres"),
                 ("rekeningnummers", "Rekeningnummer")]
        for pair in names:
            for name in pair:
                with self.subTest(name=name):
                    self.assertEqual(self.reg.list(name)["count"], 0)
                    with self.assertRaises(ki.NotFound):
                        self.reg[name].get(ONBEKEND)

    def test_update_patch_delete(self):
        p = self.reg["Partij"].create(PARTIJ)
        self.assertEqual(self.reg.patch("Partij", p["uuid"], {"voorkeurstaal": "eng"})
                         ["voorkeurstaal"], "eng")
        q = self.reg.update("partijen", p["uuid"], {"soortPartij": "persoon",
                                                    "indicatieActief": False})
        self.assertIs(q["indicatieActief"], False)
        self.assertEqual(q["voorkeurstaal"], "eng")
        self.reg["partijen"].delete(p["uuid"])
        with self.assertRaises(ki.NotFound):
            self.reg.get("partijen", p["uuid"])
        with self.assertRaises(ki.NotFound) as caught:
            self.reg.delete("partijen", p["uuid"])
        self.assertEqual(caught.exception.document["status"], 404)

    def test_protected_delete(self):
        org = self.reg.create("partijen", ORGANISATIE)["uuid"]
        vestiging = self.reg.create("partijen", ORGANISATIE)["uuid"]
        kvk = self.reg.create("partij-identificatoren", {
            "identificeerdePartij": {"uuid": org},
            "partijIdentificator": {"codeObjecttype": "niet_natuurlijk_persoon",
                                    "codeSoortObjectId": "kvk_nummer", "objectId": "12345678",
                                    "codeRegister": "hr"}})["uuid"]
        self.reg.create("PartijIdentificator", {
            "identificeerdePartij": {"uuid": vestiging},
            "partijIdentificator": {"codeObjecttype": "vestiging",
                                    "codeSoortObjectId": "vestigingsnummer",
                                    "objectId": "000037178598", "codeRegister": "hr"},
            "subIdentificatorVan": {"uuid": kvk}})
        with self.assertRaises(ki.ValidationError) as caught:
            self.reg.delete("partij-identificatoren", kvk)
        self.assertEqual([(p.name, p.code) for p in caught.exception.invalid_params],
                         [("nonFieldErrors", "invalid")])
        self.reg.get("partij-identificatoren", kvk)

    def test_expand(self):
        p = self.reg.create("partijen", PARTIJ)
        kc = self.reg.create("klantcontacten", KLANTCONTACT)
        self.reg.create("betrokkenen", {"hadKlantcontact": {"uuid": kc["uuid"]},
                                        "wasPartij": {"uuid": p["uuid"]},
                                        "rol": "klant", "initiator": True})
        for expand in ("hadBetrokkenen", ["hadBetrokkenen"]):
            got = self.reg.get("klantcontacten", kc["uuid"], expand=expand)
            self.assertEqual(len(got["_expand"]["hadBetrokkenen"]), 1)

    def test_list(self):
        p = self.reg.create("partijen", PARTIJ)
        self.reg.create("partijen", ORGANISATIE)
        page = self.reg.list("partijen")
        self.assertEqual(list(page), ["count", "next", "previous", "results"])
        self.assertEqual(page["count"], 2)
        found = self.reg.list("Partij", {"partijIdentificator__codeSoortObjectId": "bsn"},
                              partijIdentificator__objectId="296648875")
        self.assertEqual([r["uuid"] for r in found["results"]], [p["uuid"]])
        self.assertEqual(len(self.reg["partijen"].list(pageSize=1)["results"]), 1)
        with self.assertRaises(ki.ValidationError):
            self.reg.list("partijen", onbekend="x")
        with self.assertRaises(ki.InvalidArgumentError):
            self.reg.list("partijen", page=[1])

    def test_invalid_payload(self):
        with self.assertRaises(ki.ValidationError) as caught:
            self.reg.create("Partij", {})
        e = caught.exception
        self.assertEqual(e.invalid_params, PARTIJ_LEEG)
        self.assertEqual(list(e.document), ERROR_KEYS)
        self.assertEqual(e.document["status"], 400)
        with self.assertRaises(ki.ValidationError) as caught:
            self.reg.create("digitaleadressen", {
                "verstrektDoorBetrokkene": None, "verstrektDoorPartij": {"uuid": ONBEKEND},
                "adres": "a@example.nl", "soortDigitaalAdres": "email"})
        self.assertEqual([p.name for p in caught.exception.invalid_params],
                         ["verstrektDoorPartij.uuid"])
        self.assertEqual(self.reg.list("partijen")["count"], 0)

    def test_malformed_json(self):
        with self.assertRaises(ki.ValidationError) as caught:
            self.reg.create("Partij", '{"soortPartij":')
        self.assertEqual(caught.exception.invalid_params[0].code, "parse_error")

    def test_unknown_type_and_uuid(self):
        with self.assertRaises(ki.UnknownTypeError):
            self.reg.create("Partijn", PARTIJ)
        with self.assertRaises(ki.UnknownTypeError):
            self.reg.get("MaakKlantcontact", ONBEKEND)
        with self.assertRaises(ki.NotFound) as caught:
            self.reg.get("partijen", ONBEKEND)
        self.assertIsInstance(caught.exception, LookupError)
        self.assertEqual(caught.exception.document["code"], "not_found")
        with self.assertRaises(ki.NotFound):
            self.reg.patch("partijen", "geen-uuid", {})
        with self.assertRaises(ki.NotFound):
            self.reg.update("partijen", ONBEKEND, PARTIJ)

    def test_bad_arguments(self):
        with self.assertRaises(TypeError):
            self.reg.create(None, PARTIJ)  # type: ignore[arg-type]
        with self.assertRaises(ki.InvalidArgumentError):
            self.reg.create("Partij", {"interneNotitie": "\ud800"})
        with self.assertRaises(ki.InvalidArgumentError):
            self.reg.create("Partij", {"x": float("nan")})
        with self.assertRaises(ki.InvalidArgumentError):
            self.reg.create("Par\0tij", PARTIJ)

    def test_conflict_is_exported(self):
        self.assertIs(ki.Conflict, ki.ConflictError)
        self.assertIs(ki.NotFound, ki.NotFoundError)


class MaakKlantcontactEnSnapshots(unittest.TestCase):
    def setUp(self):
        self.reg = ki.Register()
        self.addCleanup(self.reg.close)

    def test_maak_klantcontact(self):
        p = self.reg.create("partijen", PARTIJ)
        body = {"klantcontact": KLANTCONTACT,
                "betrokkene": {"wasPartij": {"uuid": p["uuid"]}, "rol": "klant",
                               "initiator": True}}
        out = self.reg.maak_klantcontact(body)
        self.assertEqual(list(out)[:2], ["klantcontact", "betrokkene"])
        body["betrokkene"]["wasPartij"] = {"uuid": ONBEKEND}
        with self.assertRaises(ki.ValidationError) as caught:
            self.reg.maak_klantcontact(body)
        self.assertTrue(caught.exception.invalid_params[0].name.startswith("betrokkene.wasPartij"))
        self.assertEqual(self.reg.list("klantcontacten")["count"], 1)

    def test_snapshot_round_trip(self):
        self.assertEqual(self.reg.export_snapshot(), "")
        p = self.reg.create("partijen", PARTIJ)
        snapshot = self.reg.export_snapshot()
        with ki.Register() as kopie:
            kopie.import_snapshot(snapshot)
            self.assertEqual(kopie.export_snapshot(), snapshot)
            self.assertEqual(kopie.get("partijen", p["uuid"]), p)
            with self.assertRaises(ki.ValidationError) as caught:
                kopie.import_snapshot('{"type":"Onbekend","object":{}}\n')
            self.assertEqual([e.name for e in caught.exception.invalid_params], ["0.type"])
            self.assertEqual(kopie.export_snapshot(), snapshot)


class Threads(unittest.TestCase):
    def test_one_register_from_several_threads(self):
        with ki.Register() as reg:
            fouten = []

            def werk(n):
                try:
                    for i in range(25):
                        p = reg.create("partijen", dict(ORGANISATIE, interneNotitie=f"{n}-{i}"))
                        self.assertEqual(reg.get("Partij", p["uuid"])["interneNotitie"], f"{n}-{i}")
                        reg.patch("partijen", p["uuid"], {"voorkeurstaal": "eng"})
                        reg.list("partijen", pageSize=3)
                        with self.assertRaises(ki.ValidationError):
                            reg.create("partijen", {})
                except Exception as e:  # reported below, in the main thread
                    fouten.append(e)

            threads = [threading.Thread(target=werk, args=(n,)) for n in range(6)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            self.assertEqual(fouten, [])
            self.assertEqual(reg.list("partijen")["count"], 150)


if __name__ == "__main__":
    unittest.main()
