"""Runs the C9018 examples over the C ABI (examples/c/c9018.c) and over the
Python bindings (examples/python/c9018.py) and checks them against the C++
example.

Usage: python3 check_c9018_abi.py CPP_EXAMPLE C_EXAMPLE PYTHON_EXAMPLE [TESTS...]

With --json all three print one document with what C9018 stored; for every
variant and option they must be the same document, apart from the register's
uuids (each numbered by its first appearance). Narrated, the C and Python
examples print a line per step followed by its JSON output; both must print
the same steps with the same objects.
"""

import json
import os
import re
import subprocess
import sys
import unittest

CPP = C = PYTHON = None
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
VARIANTEN = ("bekend", "nieuwe-partij", "alleen-contactgegevens")
OPTIES = ([], ["--interne-taak"], ["--zaak"], ["--interne-taak", "--zaak"])


def run(program, *args):
    command = [sys.executable, "-B", program] if program.endswith(".py") else [program]
    env = dict(os.environ)
    if program.endswith(".py") and "KI_PYTHON_PRELOAD" in env:  # a sanitized library
        env["LD_PRELOAD"] = env["KI_PYTHON_PRELOAD"]
    result = subprocess.run([*command, *args], capture_output=True, timeout=60, env=env)
    if result.returncode != 0:
        raise AssertionError(f"{program} {' '.join(args)} exited with {result.returncode}:\n"
                             f"{result.stderr.decode()}{result.stdout.decode()}")
    return result.stdout.decode("utf-8")


def normalise(text):
    """The text with every uuid replaced by its order of appearance."""
    seen = {}
    return UUID.sub(lambda m: "<uuid %d>" % seen.setdefault(m.group(0), len(seen)), text)


def document(program, *args):
    lines = run(program, "--json", *args).splitlines()
    assert len(lines) == 1, lines
    return json.loads(normalise(lines[0]))


class Json(unittest.TestCase):
    def test_same_document_as_the_cpp_example(self):
        for variant in VARIANTEN:
            for opties in OPTIES:
                args = ["--variant", variant, *opties]
                with self.subTest(args=args):
                    expected = document(CPP, *args)
                    self.assertEqual(document(C, *args), expected)
                    self.assertEqual(document(PYTHON, *args), expected)

    def test_members_per_variant(self):
        self.assertEqual(list(document(C)), ["klantcontact", "betrokkene", "bijlage", "actoren"])
        self.assertEqual(list(document(PYTHON, "--variant", "nieuwe-partij")),
                         ["klantcontact", "betrokkene", "partij", "partijIdentificatoren",
                          "digitaleAdressen", "bijlage", "actoren"])
        self.assertEqual(list(document(C, "--variant", "alleen-contactgegevens", "--zaak")),
                         ["klantcontact", "betrokkene", "digitaleAdressen", "bijlage",
                          "onderwerpobject", "zaakrol", "actoren"])


class Verteld(unittest.TestCase):
    STEPS = ["registreer_klantcontact", "zoek_partij", "registreer_klant", "registreer_bijlage"]

    def steps(self, program, *args):
        lines = run(program, *args).splitlines()
        self.assertTrue(lines[0].startswith("C9018 Klant belt KCC"), lines[0])
        out, variant = {}, None
        i = 1
        while i < len(lines):
            if lines[i].startswith("Variant "):
                variant = lines[i][len("Variant "):]
                out[variant] = []
                i += 1
                continue
            m = re.fullmatch(r"Stap [0-9]+(?: \(variant D\))?: .+ \(([a-z_]+)\)", lines[i])
            self.assertIsNotNone(m, lines[i])
            out[variant].append((m.group(1), json.loads(lines[i + 1])))
            i += 2
        return out

    def test_every_variant(self):
        for program in (C, PYTHON):
            with self.subTest(program=program):
                steps = self.steps(program)
                self.assertEqual(list(steps), list(VARIANTEN))
                for variant in VARIANTEN:
                    self.assertEqual([s for s, _ in steps[variant]], self.STEPS)
                bekend = dict(steps["bekend"])
                self.assertIsNotNone(bekend["zoek_partij"]["partij"])
                self.assertEqual(list(bekend["registreer_klant"]), ["betrokkene"])
                self.assertIsNone(dict(steps["nieuwe-partij"])["zoek_partij"]["partij"])
                self.assertEqual(list(dict(steps["nieuwe-partij"])["registreer_klant"]),
                                 ["betrokkene", "partij", "partijIdentificatoren",
                                  "digitaleAdressen"])

    def test_c_and_python_agree(self):
        args = ["--variant", "alleen-contactgegevens", "--interne-taak", "--zaak"]
        c, python = self.steps(C, *args), self.steps(PYTHON, *args)
        self.assertEqual([s for s, _ in c["alleen-contactgegevens"]],
                         self.STEPS + ["registreer_interne_taak", "koppel_zaak"])
        self.assertEqual(json.loads(normalise(json.dumps(c))),
                         json.loads(normalise(json.dumps(python))))

    def test_usage_errors(self):
        for program in (C, PYTHON):
            command = [sys.executable, "-B", program] if program.endswith(".py") else [program]
            result = subprocess.run([*command, "--variant", "onbekend"], capture_output=True,
                                    timeout=60)
            self.assertEqual(result.returncode, 2)
            self.assertEqual(result.stdout, b"")


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    CPP, C, PYTHON = sys.argv[1:4]
    del sys.argv[1:4]
    unittest.main(verbosity=2)
