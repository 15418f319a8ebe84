"""Tests of `klantinteracties validate` (standard library only).

Usage: python3 test_cli_validate.py PATH/TO/klantinteracties [unittest options]
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest

CLI = None  # set from the command line

KLANTCONTACT = {"kanaal": "telefoon", "onderwerp": "Productaanvraag", "taal": "nld",
                "vertrouwelijk": False}


def run(*args, stdin=""):
    return subprocess.run([CLI, "validate", *args], input=stdin.encode(), capture_output=True,
                          timeout=60)


def params(result):
    return [(p["name"], p["code"]) for p in json.loads(result.stdout)["invalidParams"]]


class Verdict(unittest.TestCase):
    def test_valid_body_exits_0_with_nothing_on_stdout(self):
        result = run("--type", "Klantcontact", stdin=json.dumps(KLANTCONTACT))
        self.assertEqual((result.returncode, result.stdout, result.stderr), (0, b"", b""))

    def test_invalid_body_exits_1_with_the_error_document(self):
        # KI-GEN-001 and KI-GEN-004, in field order.
        body = dict(KLANTCONTACT, taal="Nederlands")
        del body["onderwerp"]
        result = run("--type", "klantcontact", stdin=json.dumps(body))
        self.assertEqual(result.returncode, 1)
        doc = json.loads(result.stdout)
        self.assertEqual(list(doc), ["type", "code", "title", "status", "detail", "instance",
                                     "invalidParams"])
        self.assertEqual(params(result), [("onderwerp", "required"), ("taal", "max_length")])

    def test_malformed_json_is_invalid_with_parse_error(self):
        result = run("--type", "Partij", stdin="{")
        self.assertEqual(result.returncode, 1)
        self.assertEqual(params(result), [("nonFieldErrors", "parse_error")])

    def test_patched_components_validate_as_partial(self):
        result = run("--type", "PatchedPartij", stdin='{"voorkeurstaal": "nld"}')
        self.assertEqual(result.returncode, 0, result.stdout)
        result = run("--type", "Partij", stdin='{"voorkeurstaal": "nld"}')
        self.assertEqual(params(result), [("soortPartij", "required"), ("indicatieActief", "required")])

    def test_mode_overrides_the_component_default(self):
        result = run("--type", "Partij", "--mode", "partial", stdin='{"voorkeurstaal": "nld"}')
        self.assertEqual(result.returncode, 0, result.stdout)

    def test_strict_profile_adds_checks(self):
        body = json.dumps({"iban": "NL18BANK23481326"})  # pattern ok, mod-97 wrong
        self.assertEqual(run("--type", "Rekeningnummer", stdin=body).returncode, 0)
        result = run("--type", "Rekeningnummer", "--profile", "strict", stdin=body)
        self.assertEqual(params(result), [("iban", "strict_iban_controlegetal")])

    def test_print_shows_the_normalised_object(self):
        body = dict(KLANTCONTACT, onderwerp="  Productaanvraag  ", extra=1)
        result = run("--type", "Klantcontact", "--print", stdin=json.dumps(body))
        self.assertEqual(result.returncode, 0)
        printed = json.loads(result.stdout)
        self.assertEqual(printed["onderwerp"], "Productaanvraag")  # trimmed (KI-GEN-020)
        self.assertNotIn("extra", printed)  # unknown keys ignored (KI-GEN-021)

    def test_kanaal_list_from_referentielijsten_file(self):
        # KI-KAN-004: a configured Kanaal list makes kanaal a code.
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump({"kanaal": [{"code": "telefoon", "naam": "Telefoon"}]}, f)
        try:
            ok = run("--type", "Klantcontact", "--referentielijsten", f.name,
                     stdin=json.dumps(KLANTCONTACT))
            self.assertEqual(ok.returncode, 0, ok.stdout)
            fout = run("--type", "Klantcontact", "--referentielijsten", f.name,
                       stdin=json.dumps(dict(KLANTCONTACT, kanaal="fax")))
            self.assertEqual(fout.returncode, 1)
            reason = json.loads(fout.stdout)["invalidParams"][0]["reason"]
            self.assertEqual(reason, "'fax' is not a valid kanaal. Allowed values: telefoon")
        finally:
            os.unlink(f.name)


class Limits(unittest.TestCase):
    """--max-bytes and --max-depth (json/limieten.hpp): refused with parse_error."""

    ACTOR = '"soortActor": "medewerker", "indicatieActief": true'

    def nested(self, levels):
        return '{"naam": "A", %s, "x": %s1%s}' % (self.ACTOR, "[" * (levels - 1), "]" * (levels - 1))

    def reasons(self, result):
        return [p["reason"] for p in json.loads(result.stdout)["invalidParams"]]

    def test_default_depth_is_64(self):
        self.assertEqual(run("--type", "Actor", stdin=self.nested(64)).returncode, 0)
        result = run("--type", "Actor", stdin=self.nested(65))
        self.assertEqual(result.returncode, 1)
        self.assertEqual(self.reasons(result), ["JSON parse error - nested deeper than 64 levels"])

    def test_max_depth_option(self):
        self.assertEqual(run("--type", "Actor", "--max-depth", "100", stdin=self.nested(100)).returncode, 0)
        result = run("--type", "Actor", "--max-depth", "3", stdin=self.nested(4))
        self.assertEqual(self.reasons(result), ["JSON parse error - nested deeper than 3 levels"])

    def test_max_bytes_option_reads_no_more_than_needed(self):
        body = '{"naam": "A", %s}' % self.ACTOR
        self.assertEqual(run("--type", "Actor", "--max-bytes", str(len(body)), stdin=body).returncode, 0)
        result = run("--type", "Actor", "--max-bytes", "10", stdin=body + " " * 100000)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(self.reasons(result),
                         ["JSON parse error - document larger than 10 bytes"])

    def test_bad_limit_values_are_usage_errors(self):
        for value in ("0", "-1", "x", "12k"):
            result = run("--type", "Actor", "--max-depth", value, stdin="{}")
            self.assertEqual(result.returncode, 2, value)
            self.assertIn(b"--max-depth", result.stderr)
        self.assertEqual(run("--type", "Actor", "--max-bytes").returncode, 2)


class Usage(unittest.TestCase):
    def assert_usage(self, *args):
        result = run(*args, stdin="{}")
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, b"")
        self.assertEqual(len(result.stderr.decode().splitlines()), 1)

    def test_missing_type(self):
        self.assert_usage()

    def test_unknown_mode(self):
        self.assert_usage("--type", "Partij", "--mode", "delete")

    def test_unknown_profile(self):
        self.assert_usage("--type", "Partij", "--profile", "lax")

    def test_response_component_is_not_a_request(self):
        self.assert_usage("--type", "ExpandPartij")

    def test_missing_referentielijsten_file(self):
        self.assert_usage("--type", "Partij", "--referentielijsten", "/nonexistent/x.json")

    def test_help(self):
        result = run("--help")
        self.assertEqual(result.returncode, 0)
        self.assertIn("--profile", result.stdout.decode())


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: test_cli_validate.py PATH/TO/klantinteracties [unittest options]")
    CLI = os.path.abspath(sys.argv.pop(1))
    unittest.main()
