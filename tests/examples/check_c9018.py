"""Runs examples/c9018_productaanvraag in each mode and checks what it prints.

Usage: python3 check_c9018.py PATH/TO/c9018_productaanvraag PATH/TO/klantinteracties [TESTS...]

The example runs case C9018 against the in-process register. Narrated, it
prints per step a line
    Stap <n>[ (variant <X>)]: <what happened> (<METHOD> /<collection>..., ...)
followed by one line of JSON: the stored object as the register returns it
(or, for a search, the page). With --json it prints one JSON document with
the stored objects. This checker finds every expected step, checks that the
objects refer to each other as the case says, decodes every object with the
library (`klantinteracties roundtrip`), which must give back the same text,
and checks that two runs print the same apart from the register's uuids.
"""

import json
import re
import subprocess
import sys
import unittest

EXAMPLE = CLI = None
API = "https://openklant.example.nl/klantinteracties/api/v1"
STEP = re.compile(r"^Stap (?P<nr>\d+(?:\.\d+)?)(?: \(variant (?P<variant>[A-Z]\d?)\))?: "
                  r"(?P<wat>.+) \((?P<method>GET|POST|PATCH) /(?P<collectie>[a-z-]+)[^ ]*"
                  r"(?P<rest>.*)\)$")
VARIANT = re.compile(r"^Variant (?P<variant>[A-D]\d?): ")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# Collection in the step line -> OpenAPI component of the printed object.
COMPONENT = {
    "actoren": "Actor",
    "klantcontacten": "Klantcontact",
    "actorklantcontacten": "ActorKlantcontact",
    "partijen": "Partij",
    "betrokkenen": "Betrokkene",
    "digitaleadressen": "DigitaalAdres",
    "bijlagen": "Bijlage",
    "internetaken": "InterneTaak",
    "onderwerpobjecten": "Onderwerpobject",
}

COMMON = [("1", None, "actoren"), ("2.1", None, "klantcontacten"),
          ("2.2", None, "actorklantcontacten")]

# Every step of the narrated run without options, per variant section.
EXPECTED = {
    "A": COMMON + [("3", "A", "partijen"), ("4", "A", "betrokkenen"), ("5", None, "bijlagen"),
                   ("7", None, "onderwerpobjecten")],
    "B1": COMMON + [("3", "B1", "partijen"), ("4.1", "B1", "partijen"),
                    ("4.2", "B1", "digitaleadressen"), ("4.3", "B1", "digitaleadressen"),
                    ("4.4", "B1", "betrokkenen"), ("5", None, "bijlagen"),
                    ("6.1", "D", "actoren"), ("6.2", "D", "internetaken")],
    "B2": COMMON + [("3", "B2", "partijen"), ("4.1", "B2", "betrokkenen"),
                    ("4.2", "B2", "digitaleadressen"), ("5", None, "bijlagen"),
                    ("7", None, "onderwerpobjecten"), ("7.1", None, "zaken")],
}


def run(*args):
    return subprocess.run([EXAMPLE, *args], capture_output=True, timeout=60)


def normalise(text):
    """The output with every uuid replaced by its order of appearance."""
    seen = {}
    return UUID.sub(lambda m: "<uuid %d>" % seen.setdefault(m.group(0), len(seen)), text)


def elfproef(nummer):
    """The 11-proef of BSN and RSIN (validation.md KI-PI-006)."""
    if not re.fullmatch(r"\d{9}", nummer):
        return False
    digits = [int(c) for c in nummer]
    total = sum(w * d for w, d in zip(range(9, 1, -1), digits[:8])) - digits[8]
    return total % 11 == 0


def parse_sections(lines):
    """{variant section: {(nr, variant): step}} and the order of steps per section."""
    sections, order, current = {}, {}, None
    for i, line in enumerate(lines):
        v = VARIANT.match(line)
        if v and v["variant"] in ("A", "B1", "B2"):
            current = v["variant"]
            sections[current], order[current] = {}, []
            continue
        m = STEP.match(line)
        if not m or current is None:
            continue
        text = lines[i + 1] if i + 1 < len(lines) else ""
        sections[current][(m["nr"], m["variant"])] = {
            "method": m["method"], "collectie": m["collectie"], "text": text, "wat": m["wat"]}
        order[current].append((m["nr"], m["variant"], m["collectie"]))
    return sections, order


def ref(obj, field):
    value = obj[field]
    assert isinstance(value, dict), (field, value)
    return value["uuid"]


class Verteld(unittest.TestCase):
    """Without options: every variant narrated, then the all-or-nothing rule."""

    @classmethod
    def setUpClass(cls):
        cls.result, cls.second = run(), run()
        cls.lines = cls.result.stdout.decode().splitlines()
        cls.sections, cls.order = parse_sections(cls.lines)

    def obj(self, section, nr, variant=None):
        return json.loads(self.sections[section][(nr, variant)]["text"])

    def test_runs_and_is_reproducible(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr.decode())
        self.assertEqual(self.result.stderr, b"")
        self.assertEqual(normalise(self.result.stdout.decode()),
                         normalise(self.second.stdout.decode()), "output differs between runs")

    def test_every_step_is_printed_in_order(self):
        self.assertEqual(list(self.order), ["A", "B1", "B2"])
        for section, expected in EXPECTED.items():
            with self.subTest(section=section):
                self.assertEqual(self.order[section], expected)

    def test_variants_c_and_d_are_named(self):
        named = [VARIANT.match(line)["variant"] for line in self.lines if VARIANT.match(line)]
        self.assertEqual(named, ["A", "C", "B1", "D", "B2", "C"])

    def test_every_object_decodes_and_reencodes_unchanged(self):
        for section, steps in self.sections.items():
            for key, step in steps.items():
                if step["collectie"] not in COMPONENT or key[0] == "3":
                    continue  # the Zaken API fragment; search pages
                component = COMPONENT[step["collectie"]]
                with self.subTest(section=section, step=key, component=component):
                    rt = subprocess.run([CLI, "roundtrip", "--type", component],
                                        input=step["text"].encode(), capture_output=True,
                                        timeout=60)
                    self.assertEqual(rt.returncode, 0, rt.stdout.decode() + rt.stderr.decode())
                    self.assertEqual(rt.stdout.decode(), step["text"] + "\n")

    def test_stored_objects_have_uuid_and_url_of_their_collection(self):
        for section, steps in self.sections.items():
            for key, step in steps.items():
                if step["collectie"] not in COMPONENT or key[0] == "3":
                    continue
                obj = json.loads(step["text"])
                with self.subTest(section=section, step=key):
                    self.assertEqual(obj["url"],
                                     "%s/%s/%s" % (API, step["collectie"], obj["uuid"]))

    def test_klantcontact_and_actor(self):
        for section in EXPECTED:
            with self.subTest(section=section):
                medewerker = self.obj(section, "1")
                self.assertEqual(medewerker["soortActor"], "medewerker")
                kc = self.obj(section, "2.1")
                self.assertEqual(kc["kanaal"], "telefoon")
                self.assertEqual(kc["taal"], "nld")
                self.assertIs(kc["vertrouwelijk"], False)
                self.assertIs(kc["indicatieContactGelukt"], True)
                self.assertEqual(kc["onderwerp"], "Productaanvraag")
                self.assertTrue(kc["inhoud"])
                self.assertEqual(kc["plaatsgevondenOp"], "2023-03-01T10:00:00+01:00")
                self.assertEqual([a["uuid"] for a in kc["hadBetrokkenActoren"]],
                                 [medewerker["uuid"]])
                link = self.obj(section, "2.2")
                self.assertEqual(ref(link, "actor"), medewerker["uuid"])
                self.assertEqual(ref(link, "klantcontact"), kc["uuid"])
        # Every variant is its own phone call.
        self.assertEqual(len({self.obj(s, "2.1")["uuid"] for s in EXPECTED}), 3)

    def betrokkene(self, section, nr, variant):
        b = self.obj(section, nr, variant)
        self.assertEqual(ref(b, "hadKlantcontact"), self.obj(section, "2.1")["uuid"])
        self.assertEqual(b["rol"], "klant")
        self.assertIs(b["initiator"], True)
        return b

    def test_variant_a_links_the_found_partij(self):
        page = self.obj("A", "3", "A")
        self.assertEqual(page["count"], 1)
        (partij,) = page["results"]
        self.assertEqual(partij["soortPartij"], "persoon")
        (identificator,) = partij["partijIdentificatoren"]
        self.assertTrue(elfproef(identificator["partijIdentificator"]["objectId"]))
        b = self.betrokkene("A", "4", "A")
        self.assertEqual(ref(b, "wasPartij"), partij["uuid"])
        self.assertEqual(b["digitaleAdressen"], [])

    def test_variant_b1_registers_a_new_partij(self):
        self.assertEqual(self.obj("B1", "3", "B1")["count"], 0)
        partij = self.obj("B1", "4.1", "B1")
        self.assertEqual(partij["soortPartij"], "persoon")
        self.assertIs(partij["indicatieActief"], True)
        self.assertIs(partij["indicatieGeheimhouding"], False)
        self.assertEqual(partij["voorkeurstaal"], "nld")
        for adres in (partij["bezoekadres"], partij["correspondentieadres"]):
            self.assertEqual(adres["land"], "NL")
        (identificator,) = partij["partijIdentificatoren"]
        groep = identificator["partijIdentificator"]
        codes = (groep["codeRegister"], groep["codeObjecttype"], groep["codeSoortObjectId"])
        self.assertEqual(codes, ("brp", "natuurlijk_persoon", "bsn"))
        self.assertTrue(elfproef(groep["objectId"]), groep["objectId"])
        self.assertEqual(ref(identificator, "identificeerdePartij"), partij["uuid"])

        telefoon, email = self.obj("B1", "4.2", "B1"), self.obj("B1", "4.3", "B1")
        self.assertEqual(telefoon["soortDigitaalAdres"], "telefoonnummer")
        self.assertEqual(email["soortDigitaalAdres"], "email")
        for adres in (telefoon, email):
            self.assertEqual(ref(adres, "verstrektDoorPartij"), partij["uuid"])
            self.assertIsNone(adres["verstrektDoorBetrokkene"])
        self.assertEqual([a["uuid"] for a in partij["digitaleAdressen"]],
                         [telefoon["uuid"], email["uuid"]])
        self.assertEqual(ref(partij, "voorkeursDigitaalAdres"), telefoon["uuid"])
        self.assertEqual(ref(self.betrokkene("B1", "4.4", "B1"), "wasPartij"), partij["uuid"])

    def test_variant_b2_keeps_contact_data_on_the_betrokkene(self):
        self.assertEqual(self.obj("B2", "3", "B2")["count"], 0)
        b = self.betrokkene("B2", "4.1", "B2")
        self.assertIsNone(b["wasPartij"])
        naam = b["contactnaam"]
        self.assertEqual((naam["voornaam"], naam["voorvoegselAchternaam"], naam["achternaam"]),
                         ("Karel", "van", "Deurne"))
        adres = self.obj("B2", "4.2", "B2")
        self.assertEqual(ref(adres, "verstrektDoorBetrokkene"), b["uuid"])
        self.assertIsNone(adres["verstrektDoorPartij"])
        self.assertEqual([a["uuid"] for a in b["digitaleAdressen"]], [adres["uuid"]])

    def test_bijlage_points_at_the_productaanvraag(self):
        for section in EXPECTED:
            with self.subTest(section=section):
                bijlage = self.obj(section, "5")
                self.assertEqual(ref(bijlage, "wasBijlageVanKlantcontact"),
                                 self.obj(section, "2.1")["uuid"])
                i = bijlage["bijlageidentificator"]
                self.assertEqual((i["codeObjecttype"], i["codeSoortObjectId"], i["codeRegister"]),
                                 ("productaanvraag", "uuid", "objecten"))
                self.assertRegex(i["objectId"], UUID)

    def test_variant_d_interne_taak(self):
        team = self.obj("B1", "6.1", "D")
        self.assertEqual(team["soortActor"], "organisatorische_eenheid")
        taak = self.obj("B1", "6.2", "D")
        self.assertEqual(taak["status"], "te_verwerken")
        self.assertIsNone(taak["afgehandeldOp"])
        self.assertEqual(taak["toegewezenOp"], "2023-03-01T09:12:00Z")
        self.assertEqual(ref(taak, "aanleidinggevendKlantcontact"), self.obj("B1", "2.1")["uuid"])
        self.assertEqual([a["uuid"] for a in taak["toegewezenAanActoren"]], [team["uuid"]])
        if "toegewezenAanActor" in taak:  # the deprecated single actor: the first one
            self.assertEqual(ref(taak, "toegewezenAanActor"), team["uuid"])
        self.assertTrue(taak["gevraagdeHandeling"])

    def test_zaak_is_an_onderwerpobject_of_the_klantcontact(self):
        for section in ("A", "B2"):
            with self.subTest(section=section):
                o = self.obj(section, "7")
                self.assertEqual(ref(o, "klantcontact"), self.obj(section, "2.1")["uuid"])
                self.assertIsNone(o["wasKlantcontact"])
                i = o["onderwerpobjectidentificator"]
                self.assertEqual((i["codeObjecttype"], i["codeSoortObjectId"], i["codeRegister"]),
                                 ("zaak", "uuid", "open-zaak"))
                self.assertRegex(i["objectId"], UUID)

    def test_contact_data_for_the_zaak_only(self):
        self.assertEqual(self.obj("B2", "7.1"), {"contactpersoonRol": {
            "telefoonnummer": "0612345678", "naam": "Karel van Deurne"}})

    def test_all_or_nothing(self):
        i = next(i for i, line in enumerate(self.lines) if line.startswith("Alles of niets"))
        fout = json.loads(self.lines[i + 1])
        self.assertEqual(fout["status"], 400)
        self.assertEqual(fout["type"], "https://openklant.example.nl/ref/fouten/ValidationError/")
        self.assertEqual([p["name"] for p in fout["invalidParams"]], ["betrokkene.wasPartij.uuid"])
        self.assertEqual(self.lines[i + 2], "Register ongewijzigd: ja")
        self.assertEqual(self.lines[i + 3:], [])


class MetOpties(unittest.TestCase):
    """Narrated with options: only the chosen variant, with the chosen steps."""

    def steps(self, *args):
        result = run(*args)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        lines = result.stdout.decode().splitlines()
        sections, order = parse_sections(lines)
        return sections, order, lines

    def test_one_variant_with_task_and_zaak(self):
        sections, order, _ = self.steps("--variant", "nieuwe-partij", "--interne-taak", "--zaak")
        self.assertEqual(list(order), ["B1"])
        self.assertEqual(order["B1"], EXPECTED["B1"] + [("7", None, "onderwerpobjecten")])
        # No contact data for the zaak: the klant's data is the partij's.
        self.assertNotIn(("7.1", None), sections["B1"])

    def test_every_variant_without_task_or_zaak(self):
        _, order, lines = self.steps("--variant", "alleen-contactgegevens")
        self.assertEqual(order["B2"], EXPECTED["B2"][:-2])
        self.assertFalse(any(line.startswith("Alles of niets") for line in lines))
        _, order, _ = self.steps("--zaak")
        self.assertEqual(list(order), ["A", "B1", "B2"])
        for section in order:
            self.assertEqual(order[section][-1][2], "zaken" if section == "B2" else
                             "onderwerpobjecten")

    def test_usage_errors(self):
        for args in (["--variant", "onbekend"], ["--variant"], ["--onbekend"]):
            with self.subTest(args=args):
                result = run(*args)
                self.assertEqual(result.returncode, 2)
                self.assertEqual(result.stdout, b"")
                self.assertIn(b"usage:", result.stderr)


class Json(unittest.TestCase):
    """--json: one document with the stored objects of one run."""

    MEMBERS = ["klantcontact", "betrokkene", "partij", "partijIdentificatoren",
               "digitaleAdressen", "bijlage", "interneTaak", "onderwerpobject", "zaakrol",
               "actoren"]

    def document(self, *args):
        result = run("--json", *args)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertEqual(result.stderr, b"")
        lines = result.stdout.decode().splitlines()
        self.assertEqual(len(lines), 1)
        doc = json.loads(lines[0])
        self.assertEqual([m for m in self.MEMBERS if m in doc], list(doc))  # no other members
        self.assertEqual(normalise(result.stdout.decode()),
                         normalise(run("--json", *args).stdout.decode()))
        return doc

    def check_common(self, doc):
        kc = doc["klantcontact"]
        medewerker = doc["actoren"][0]
        self.assertEqual(medewerker["soortActor"], "medewerker")
        self.assertEqual([a["uuid"] for a in kc["hadBetrokkenActoren"]], [medewerker["uuid"]])
        b = doc["betrokkene"]
        self.assertEqual(ref(b, "hadKlantcontact"), kc["uuid"])
        self.assertEqual([x["uuid"] for x in kc["hadBetrokkenen"]], [b["uuid"]])
        self.assertEqual((b["rol"], b["initiator"]), ("klant", True))
        self.assertEqual(ref(doc["bijlage"], "wasBijlageVanKlantcontact"), kc["uuid"])
        for name, component in (("klantcontact", "Klantcontact"), ("betrokkene", "Betrokkene"),
                                ("bijlage", "Bijlage")):
            text = json.dumps(doc[name], ensure_ascii=False, separators=(",", ":"))
            rt = subprocess.run([CLI, "roundtrip", "--type", component], input=text.encode(),
                                capture_output=True, timeout=60)
            self.assertEqual(rt.returncode, 0, rt.stdout.decode())
        return kc, b

    def test_bekend(self):
        doc = self.document()
        self.assertEqual(list(doc), ["klantcontact", "betrokkene", "bijlage", "actoren"])
        _, b = self.check_common(doc)
        self.assertIsNotNone(b["wasPartij"])  # the known partij (not created: no member)
        self.assertEqual(list(self.document("--variant", "bekend")), list(doc))

    def test_nieuwe_partij_with_task(self):
        doc = self.document("--variant", "nieuwe-partij", "--interne-taak")
        self.assertEqual(list(doc), ["klantcontact", "betrokkene", "partij",
                                     "partijIdentificatoren", "digitaleAdressen", "bijlage",
                                     "interneTaak", "actoren"])
        kc, b = self.check_common(doc)
        partij = doc["partij"]
        self.assertEqual(ref(b, "wasPartij"), partij["uuid"])
        (pi,) = doc["partijIdentificatoren"]
        self.assertEqual(ref(pi, "identificeerdePartij"), partij["uuid"])
        self.assertEqual(pi["partijIdentificator"]["objectId"], "999990019")
        self.assertEqual([a["soortDigitaalAdres"] for a in doc["digitaleAdressen"]],
                         ["telefoonnummer", "email"])
        for adres in doc["digitaleAdressen"]:
            self.assertEqual(ref(adres, "verstrektDoorPartij"), partij["uuid"])
        self.assertEqual(ref(partij, "voorkeursDigitaalAdres"), doc["digitaleAdressen"][0]["uuid"])
        taak, team = doc["interneTaak"], doc["actoren"][1]
        self.assertEqual(team["soortActor"], "organisatorische_eenheid")
        self.assertEqual(taak["status"], "te_verwerken")
        self.assertIsNone(taak["afgehandeldOp"])
        self.assertEqual(ref(taak, "aanleidinggevendKlantcontact"), kc["uuid"])
        self.assertEqual([a["uuid"] for a in taak["toegewezenAanActoren"]], [team["uuid"]])

    def test_alleen_contactgegevens_with_zaak(self):
        doc = self.document("--variant", "alleen-contactgegevens", "--zaak")
        self.assertEqual(list(doc), ["klantcontact", "betrokkene", "digitaleAdressen", "bijlage",
                                     "onderwerpobject", "zaakrol", "actoren"])
        kc, b = self.check_common(doc)
        self.assertIsNone(b["wasPartij"])
        (adres,) = doc["digitaleAdressen"]
        self.assertEqual(ref(adres, "verstrektDoorBetrokkene"), b["uuid"])
        self.assertIsNone(adres["verstrektDoorPartij"])
        self.assertEqual(ref(doc["onderwerpobject"], "klantcontact"), kc["uuid"])
        self.assertEqual(doc["zaakrol"], {"contactpersoonRol": {
            "telefoonnummer": "0612345678", "naam": "Karel van Deurne"}})
        self.assertEqual(len(doc["actoren"]), 1)

    def test_every_combination(self):
        for variant in ("bekend", "nieuwe-partij", "alleen-contactgegevens"):
            for extra in ([], ["--interne-taak"], ["--zaak"], ["--interne-taak", "--zaak"]):
                with self.subTest(variant=variant, extra=extra):
                    doc = self.document("--variant", variant, *extra)
                    self.check_common(doc)
                    self.assertEqual("interneTaak" in doc, "--interne-taak" in extra)
                    self.assertEqual("onderwerpobject" in doc, "--zaak" in extra)
                    self.assertEqual("partij" in doc, variant == "nieuwe-partij")
                    self.assertEqual("digitaleAdressen" in doc, variant != "bekend")
                    self.assertEqual("zaakrol" in doc,
                                     variant == "alleen-contactgegevens" and "--zaak" in extra)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: check_c9018.py PATH/TO/c9018_productaanvraag PATH/TO/klantinteracties")
    CLI = sys.argv.pop(2)
    EXAMPLE = sys.argv.pop(1)
    unittest.main()
