"""klantinteracties.validate, is_valid, check, normalise: verdicts, errors,
and every error path of the bindings."""

import json
import re
import unittest

import klantinteracties as ki
from support import ERROR_KEYS, PARTIJ_LEEG, PARTIJ_OK, load, read, requests

UUID4 = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def maak_klantcontact(**betrokkene_extra):
    body = load("requests/MaakKlantcontact.json")
    body["betrokkene"].update(betrokkene_extra)
    return body


class ValidRequests(unittest.TestCase):
    def test_every_request_is_valid(self):
        count = 0
        for type_, name, payload in requests():
            with self.subTest(name):
                self.assertEqual(ki.validate(type_, payload), [])
                self.assertTrue(ki.is_valid(type_, payload))
                self.assertIsInstance(ki.check(type_, payload), dict)
                # JSON text (str and bytes) gives the same verdict as the dict
                self.assertEqual(ki.validate(type_, read(f"requests/{name}")), [])
                self.assertEqual(ki.validate(type_, read(f"requests/{name}").encode()), [])
                count += 1
        self.assertGreaterEqual(count, 20)

    def test_type_in_any_case(self):
        self.assertEqual(ki.validate("pArTiJ", PARTIJ_OK), [])


class InvalidPayloads(unittest.TestCase):
    def test_partij_leeg(self):
        # validation.md section 0.2, example 1: POST /partijen with {}
        self.assertEqual(ki.validate("Partij", {}), PARTIJ_LEEG)
        self.assertEqual(ki.validate("Partij", "{}"), PARTIJ_LEEG)
        self.assertFalse(ki.is_valid("Partij", {}))

    def test_invalid_param_is_frozen(self):
        p = ki.validate("Partij", {})[0]
        with self.assertRaises(AttributeError):
            p.name = "x"  # type: ignore[misc]
        self.assertEqual(hash(p), hash(ki.InvalidParam("soortPartij", "required", "Dit veld is vereist.")))

    def test_check_raises_validation_error(self):
        with self.assertRaises(ki.ValidationError) as caught:
            ki.check("Partij", {})
        e = caught.exception
        self.assertEqual(e.invalid_params, PARTIJ_LEEG)
        self.assertEqual(e.status, -3)
        self.assertEqual(list(e.document), ERROR_KEYS)
        self.assertEqual(e.document["type"], "http://localhost/ref/fouten/ValidationError/")
        self.assertEqual(e.document["code"], "invalid")
        self.assertEqual(e.document["title"], "Invalid input.")
        self.assertEqual(e.document["status"], 400)
        self.assertEqual(e.document["detail"], "Invalid input.")
        self.assertRegex(e.document["instance"], UUID4)
        self.assertEqual(e.document["invalidParams"], [vars(p) for p in PARTIJ_LEEG])
        self.assertIn("soortPartij: Dit veld is vereist.", str(e))
        self.assertIsInstance(e, ValueError)
        self.assertIsInstance(e, ki.KlantinteractiesError)

    def test_maak_klantcontact_was_partij(self):
        # validation.md section 0.2, example 2
        self.assertEqual(ki.validate("MaakKlantcontact", maak_klantcontact()), [])
        self.assertEqual(
            ki.validate("MaakKlantcontact", maak_klantcontact(wasPartij="incorrect")),
            [ki.InvalidParam("betrokkene.wasPartij.nonFieldErrors", "invalid",
                             "Ongeldige data. Verwacht een dictionary, kreeg een str.")])

    def test_maak_klantcontact_taal(self):
        body = load("requests/MaakKlantcontact.json")
        body["klantcontact"]["taal"] = "incorrect"
        self.assertEqual(ki.validate("MaakKlantcontact", body), [
            ki.InvalidParam("klantcontact.taal", "max_length",
                            "Zorg ervoor dat dit veld niet meer dan 3 karakters bevat.")])

    def test_no_further_action_when_contact_succeeded(self):
        body = load("requests/Klantcontact.json")
        body.update(indicatieContactGelukt=True, verdereActieOndernomen=True)
        self.assertEqual(ki.validate("Klantcontact", body), [
            ki.InvalidParam("nonFieldErrors", "no-further-action-when-contact-succesful",
                            "Als het contact gelukt is kan er geen verdere actie zijn ondernomen")])

    def test_body_not_an_object(self):
        params = ki.validate("Partij", [])
        self.assertEqual([p.name for p in params], ["nonFieldErrors"])


class ModesAndProfiles(unittest.TestCase):
    def test_modes(self):
        self.assertEqual(ki.validate("Partij", {}, mode="partial"), [])
        self.assertEqual(ki.validate("Partij", {}, mode="update"), PARTIJ_LEEG)
        self.assertEqual(ki.validate("Partij", {}, mode="create"), PARTIJ_LEEG)
        self.assertEqual(ki.validate("PatchedPartij", {}), [])
        self.assertEqual(ki.validate("PatchedPartij", {}, mode="create"), PARTIJ_LEEG)

    def test_profiles(self):
        body = load("requests/Klantcontact.json")
        body["taal"] = "n1d"
        self.assertEqual(ki.validate("Klantcontact", body), [])
        self.assertEqual(ki.validate("Klantcontact", body, profile=None), [])
        self.assertEqual([p.name for p in ki.validate("Klantcontact", body, profile="strict")],
                         ["taal"])

    def test_unknown_mode_and_profile(self):
        for kwargs in ({"mode": "post"}, {"mode": ""}, {"profile": "lenient"}):
            with self.subTest(**kwargs), self.assertRaises(ki.InvalidArgumentError) as caught:
                ki.validate("Partij", {}, **kwargs)
            self.assertIsInstance(caught.exception, ValueError)
            self.assertEqual(caught.exception.status, -1)
        with self.assertRaisesRegex(ki.InvalidArgumentError, "unknown mode 'post'"):
            ki.check("Partij", {}, mode="post")


class ErrorPaths(unittest.TestCase):
    def test_malformed_json(self):
        for text in ("{", "", "{} {}", "{'a': 1}", b"[1,"):
            with self.subTest(text=text):
                params = ki.validate("Partij", text)
                self.assertEqual(len(params), 1)
                self.assertEqual((params[0].name, params[0].code), ("nonFieldErrors", "parse_error"))
                self.assertTrue(params[0].reason.startswith("JSON parse error - "))
                with self.assertRaises(ki.ValidationError) as caught:
                    ki.check("Partij", text)
                self.assertEqual(caught.exception.status, -2)
                self.assertEqual(caught.exception.invalid_params, params)
                with self.assertRaises(ki.ValidationError):
                    ki.normalise("Partij", text)

    def test_unknown_type(self):
        for f in (ki.validate, ki.is_valid, ki.check, ki.normalise):
            with self.subTest(f.__name__), self.assertRaises(ki.UnknownTypeError) as caught:
                f("Partijen", {})
            self.assertIn("unknown type 'Partijen'", str(caught.exception))
            self.assertIsInstance(caught.exception, LookupError)
        with self.assertRaisesRegex(ki.UnknownTypeError, "ExpandPartij is only a response"):
            ki.validate("ExpandPartij", {})

    def test_not_utf8(self):
        for payload in (b'{"x":"\xff"}', b'{"x":"\xc0\xaf"}', b'{"x":"\xed\xa0\x80"}'):
            with self.subTest(payload=payload), self.assertRaises(ki.InvalidArgumentError) as caught:
                ki.validate("Partij", payload)
            self.assertIn("json is not valid UTF-8", str(caught.exception))
        # a lone surrogate cannot be UTF-8 either
        with self.assertRaises(ki.InvalidArgumentError):
            ki.validate("Partij", {"soortPartij": "\ud800"})
        with self.assertRaises(ki.InvalidArgumentError):
            ki.validate("Part\udcffij", {})

    def test_nul_is_refused(self):
        with self.assertRaisesRegex(ki.InvalidArgumentError, "NUL"):
            ki.validate("Partij", '{"soortPartij":"persoon"}\0garbage')
        with self.assertRaisesRegex(ki.InvalidArgumentError, "NUL"):
            ki.validate("Partij\0", {})

    def test_not_json_serialisable(self):
        with self.assertRaises(ki.InvalidArgumentError):
            ki.validate("Partij", {"x": float("nan")})
        with self.assertRaises(ki.InvalidArgumentError):
            ki.validate("Partij", {"x": object()})
        with self.assertRaises(TypeError):
            ki.validate(42, {})  # type: ignore[arg-type]

    def test_oversized(self):
        previous = ki.set_input_limit(100)
        try:
            self.assertEqual(previous, 16 * 1024 * 1024)
            with self.assertRaisesRegex(ki.InvalidArgumentError, "more than the input limit of 100"):
                ki.validate("Partij", {"omschrijving": "x" * 100})
            self.assertEqual(ki.validate("Partij", {}), PARTIJ_LEEG)
        finally:
            self.assertEqual(ki.set_input_limit(previous), 100)
        with self.assertRaises(ki.InvalidArgumentError):
            ki.set_input_limit(0)
        big = '{"x":"' + "a" * (16 * 1024 * 1024) + '"}'
        with self.assertRaises(ki.InvalidArgumentError):
            ki.validate("Partij", big)


class Limits(unittest.TestCase):
    @staticmethod
    def nested(levels):
        return ('{"naam": "A", "soortActor": "medewerker", "indicatieActief": true, "x": '
                + "[" * (levels - 1) + "1" + "]" * (levels - 1) + "}")

    def test_depth_limit(self):
        self.assertEqual(ki.validate("Actor", self.nested(64)), [])
        self.assertEqual([(p.name, p.code, p.reason) for p in ki.validate("Actor", self.nested(65))],
                         [("nonFieldErrors", "parse_error",
                           "JSON parse error - nested deeper than 64 levels")])
        with self.assertRaises(ki.ValidationError):
            ki.check("Actor", self.nested(65))
        previous = ki.set_depth_limit(100)
        try:
            self.assertEqual(previous, 64)
            self.assertEqual(ki.validate("Actor", self.nested(100)), [])
        finally:
            self.assertEqual(ki.set_depth_limit(previous), 100)
        with self.assertRaises(ki.InvalidArgumentError):
            ki.set_depth_limit(0)

    def test_duplicate_keys_last_wins(self):
        text = '{"naam": "", "naam": "A", "soortActor": "medewerker", "indicatieActief": true}'
        self.assertEqual(ki.validate("Actor", text), [])


class Normalise(unittest.TestCase):
    def test_keys_and_order(self):
        text = '{"onbekend":1,"indicatie_actief":true,"soortPartij":"persoon"}'
        result = ki.normalise("Partij", text)
        self.assertEqual(list(result), ["soortPartij", "indicatieActief", "onbekend"])
        self.assertEqual(ki.normalise("Partij", {}), {})

    def test_check_returns_the_stored_form(self):
        stored = ki.check("Partij", {"indicatie_actief": True, "soortPartij": "persoon"})
        self.assertEqual(list(stored)[:1], ["soortPartij"])
        self.assertIs(stored["indicatieActief"], True)

    def test_responses_are_idempotent(self):
        for name in ("ExpandPartij", "PaginatedPartijList", "ExpandKlantcontact"):
            with self.subTest(name):
                once = ki.normalise(name, read(f"responses/{name}.json"))
                self.assertEqual(ki.normalise(name, once), once)

    def test_not_decodable(self):
        with self.assertRaises(ki.ValidationError) as caught:
            ki.normalise("Partij", {"soortPartij": []})
        self.assertEqual([p.name for p in caught.exception.invalid_params], ["soortPartij"])
        self.assertEqual(caught.exception.status, -3)


if __name__ == "__main__":
    unittest.main()
