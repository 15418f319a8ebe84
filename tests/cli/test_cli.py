"""Tests of the `klantinteracties` command-line tool (standard library only).

Usage: python3 test_cli.py PATH/TO/klantinteracties [unittest options]
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

CLI = None  # set from the command line

UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
ERROR_KEYS = ["type", "code", "title", "status", "detail", "instance", "invalidParams"]


def run(*args, stdin=""):
    return subprocess.run([CLI, *args], input=stdin.encode(), capture_output=True, timeout=60)


def ordered(text):
    """Parses JSON keeping the key order: objects become lists of pairs."""
    return json.loads(text, object_pairs_hook=lambda pairs: pairs)


class Roundtrip(unittest.TestCase):
    PARTIJ = '{"soortPartij":"persoon","indicatieActief":true}'

    def assert_ok(self, result, expected_text):
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertEqual(result.stderr, b"")
        self.assertEqual(result.stdout.decode(), expected_text + "\n")

    def test_stdin_without_file(self):
        self.assert_ok(run("roundtrip", "--type", "Partij", stdin=self.PARTIJ), self.PARTIJ)

    def test_stdin_as_dash(self):
        self.assert_ok(run("roundtrip", "--type", "Partij", "-", stdin=self.PARTIJ), self.PARTIJ)

    def test_file(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            f.write('{\n  "soortPartij": "persoon",\n  "indicatieActief": true\n}\n')
        try:
            self.assert_ok(run("roundtrip", "--type", "Partij", f.name), self.PARTIJ)
        finally:
            os.unlink(f.name)

    def test_type_is_case_insensitive_and_takes_all_option_forms(self):
        for args in (["--type", "partij"], ["--type=PARTIJ"], ["-t", "pArTiJ"]):
            with self.subTest(args=args):
                self.assert_ok(run("roundtrip", *args, stdin=self.PARTIJ), self.PARTIJ)

    def test_output_is_compact_in_api_order_and_keeps_unknown_members(self):
        body = ('{"onbekend": [1, 2], "indicatieActief": true, "soortPartij": "persoon", '
                '"voorkeurstaal": "nld"}')
        self.assert_ok(run("roundtrip", "--type", "Partij", stdin=body),
                       '{"soortPartij":"persoon","voorkeurstaal":"nld","indicatieActief":true,'
                       '"onbekend":[1,2]}')

    def test_null_stays_null_and_absent_stays_absent(self):
        body = '{"kanaal":"telefoon","indicatieContactGelukt":null}'
        self.assert_ok(run("roundtrip", "--type", "PatchedKlantcontact", stdin=body), body)

    def test_snake_case_keys_are_read(self):
        self.assert_ok(
            run("roundtrip", "--type", "Partij",
                stdin='{"soort_partij":"persoon","indicatie_actief":true}'),
            self.PARTIJ)

    def test_nested_component(self):
        body = ('{"klantcontact":{"kanaal":"telefoon","onderwerp":"Productaanvraag",'
                '"taal":"nld","vertrouwelijk":false},'
                '"betrokkene":{"rol":"klant","initiator":true}}')
        result = run("roundtrip", "--type", "MaakKlantcontact", stdin=body)
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertEqual(json.loads(result.stdout), json.loads(body))

    def test_validation_rules_are_not_applied(self):
        # Required fields are validation's job, not decoding's.
        self.assert_ok(run("roundtrip", "--type", "Partij", stdin="{}"), "{}")


class ErrorDocument(unittest.TestCase):
    def reject(self, type_, body):
        result = run("roundtrip", "--type", type_, stdin=body)
        self.assertEqual(result.returncode, 1, result.stderr.decode())
        self.assertEqual(result.stderr, b"")
        text = result.stdout.decode()
        self.assertTrue(text.endswith("\n") and text.count("\n") == 1, "one line of JSON")
        doc = ordered(text)
        self.assertEqual([k for k, _ in doc], ERROR_KEYS)
        doc = dict(doc)
        self.assertEqual(doc["type"], "http://localhost/ref/fouten/ValidationError/")
        self.assertEqual(doc["code"], "invalid")
        self.assertEqual(doc["title"], "Invalid input.")
        self.assertEqual(doc["status"], 400)
        self.assertEqual(doc["detail"], "Invalid input.")
        self.assertTrue(doc["instance"].startswith("urn:uuid:"))
        self.assertRegex(doc["instance"][len("urn:uuid:"):], UUID4)
        params = []
        for item in doc["invalidParams"]:
            self.assertEqual([k for k, _ in item], ["name", "code", "reason"])
            params.append(dict(item))
        self.assertGreater(len(params), 0)
        return params, doc["instance"]

    def test_reference_that_is_not_an_object(self):
        # validation.md §0.2 example 2.
        params, _ = self.reject(
            "MaakKlantcontact",
            '{"klantcontact":{},"betrokkene":{"wasPartij":"incorrect"}}')
        self.assertEqual(params, [{
            "name": "betrokkene.wasPartij.nonFieldErrors",
            "code": "invalid",
            "reason": "Ongeldige data. Verwacht een dictionary, kreeg een str.",
        }])

    def test_body_that_is_not_an_object(self):
        params, _ = self.reject("Partij", "[1]")
        self.assertEqual(params, [{
            "name": "nonFieldErrors",
            "code": "invalid",
            "reason": "Ongeldige data. Verwacht een dictionary, kreeg een list.",
        }])

    def test_null_body(self):
        params, _ = self.reject("Partij", "null")
        self.assertEqual(params, [{"name": "nonFieldErrors", "code": "null",
                                   "reason": "No data provided"}])

    def test_malformed_json(self):
        for body in ("{", "", "{\"soortPartij\": }"):
            with self.subTest(body=body):
                params, _ = self.reject("Partij", body)
                self.assertEqual(len(params), 1)
                self.assertEqual(params[0]["name"], "nonFieldErrors")
                self.assertEqual(params[0]["code"], "parse_error")

    def test_several_errors_in_field_order(self):
        params, _ = self.reject(
            "Klantcontact", '{"kanaal":true,"vertrouwelijk":"nee","onderwerp":[]}')
        self.assertEqual([p["name"] for p in params], ["kanaal", "onderwerp", "vertrouwelijk"])
        self.assertEqual({p["code"] for p in params}, {"invalid"})

    def test_instance_differs_per_run(self):
        _, first = self.reject("Partij", "[]")
        _, second = self.reject("Partij", "[]")
        self.assertNotEqual(first, second)


class Usage(unittest.TestCase):
    def assert_usage_error(self, *args, stdin="{}"):
        result = run(*args, stdin=stdin)
        self.assertEqual(result.returncode, 2, result.stdout.decode())
        self.assertEqual(result.stdout, b"")
        err = result.stderr.decode()
        self.assertTrue(err.endswith("\n") and err.count("\n") == 1, "one line: %r" % err)
        self.assertTrue(err.startswith("klantinteracties"), err)
        return err

    def test_no_arguments(self):
        self.assertIn("subcommand", self.assert_usage_error())

    def test_unknown_subcommand(self):
        self.assertIn("'valideer'", self.assert_usage_error("valideer"))

    def test_unknown_top_level_option(self):
        self.assert_usage_error("--verbose")

    def test_missing_type(self):
        self.assertIn("--type", self.assert_usage_error("roundtrip"))

    def test_type_without_value(self):
        self.assert_usage_error("roundtrip", "--type")

    def test_unknown_type(self):
        self.assertIn("'Klant'", self.assert_usage_error("roundtrip", "--type", "Klant"))

    def test_unknown_option(self):
        self.assertIn("'--strict'",
                      self.assert_usage_error("roundtrip", "--type", "Partij", "--strict"))

    def test_two_files(self):
        self.assert_usage_error("roundtrip", "--type", "Partij", "a.json", "b.json")

    def test_missing_file(self):
        with tempfile.TemporaryDirectory() as d:
            missing = os.path.join(d, "bestaat-niet.json")
            err = self.assert_usage_error("roundtrip", "--type", "Partij", missing)
            self.assertIn(missing, err)

    def test_directory_as_file(self):
        with tempfile.TemporaryDirectory() as d:
            self.assert_usage_error("roundtrip", "--type", "Partij", d)

    def test_double_dash_ends_the_options(self):
        with tempfile.TemporaryDirectory() as d:
            name = os.path.join(d, "-partij.json")
            with open(name, "w") as f:
                f.write("{}")
            result = subprocess.run([CLI, "roundtrip", "--type", "Partij", "--", name],
                                    cwd=d, capture_output=True, timeout=60)
            self.assertEqual(result.returncode, 0, result.stderr.decode())
            self.assertEqual(result.stdout, b"{}\n")


class HelpAndVersion(unittest.TestCase):
    def test_help(self):
        for args in (["--help"], ["-h"]):
            result = run(*args)
            self.assertEqual(result.returncode, 0)
            self.assertIn("roundtrip", result.stdout.decode())
            self.assertEqual(result.stderr, b"")

    def test_subcommand_help(self):
        result = run("roundtrip", "--help")
        self.assertEqual(result.returncode, 0)
        self.assertIn("--type", result.stdout.decode())
        self.assertEqual(result.stderr, b"")

    def test_version(self):
        result = run("--version")
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout.decode(), r"^klantinteracties \d+\.\d+\.\d+\n$")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: test_cli.py PATH/TO/klantinteracties [unittest options]")
    CLI = os.path.abspath(sys.argv.pop(1))
    unittest.main()
