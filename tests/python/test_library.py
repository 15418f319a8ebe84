"""Loading the library, version, components, the error classes, and threads."""

import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import klantinteracties as ki
from klantinteracties import _library
from support import PARTIJ_LEEG, PARTIJ_OK, REPO

PACKAGE = REPO / "bindings" / "python" / "klantinteracties"


def python(code, env_update, cwd=None):
    """Runs code in a fresh interpreter; returns its stdout (stripped)."""
    env = {k: v for k, v in os.environ.items() if k not in ("KI_LIBRARY", "PYTHONPATH")}
    env.update(env_update)
    result = subprocess.run([sys.executable, "-B", "-c", code], env=env, cwd=cwd or tempfile.gettempdir(),
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise AssertionError(f"python failed:\n{result.stderr}")
    return result.stdout.strip()


class Version(unittest.TestCase):
    def test_version_is_the_project_version(self):
        cmake = (REPO / "CMakeLists.txt").read_text(encoding="utf-8")
        expected = re.search(r"project\(klantinteracties VERSION (\d+\.\d+\.\d+)", cmake).group(1)
        self.assertEqual(ki.version(), expected)
        self.assertEqual(int(expected.split(".")[0]), _library.ABI_MAJOR)


class Components(unittest.TestCase):
    def test_components(self):
        components = {c.name: c for c in ki.components()}
        self.assertEqual(components["Partij"], ki.Component("Partij", "resource", "create"))
        self.assertEqual(components["PatchedPartij"], ki.Component("PatchedPartij", "patch", "partial"))
        self.assertEqual(components["ExpandPartij"].mode, None)
        self.assertEqual(components["Bezoekadres"].use, "part")
        self.assertGreater(len(components), 80)
        # every component can be normalised; exactly those with a mode validated
        for c in components.values():
            if c.mode is None:
                with self.assertRaises(ki.UnknownTypeError):
                    ki.validate(c.name, {})
            else:
                ki.validate(c.name, {})


class Errors(unittest.TestCase):
    def test_hierarchy(self):
        for cls in (ki.InvalidArgumentError, ki.UnknownTypeError, ki.ValidationError,
                    ki.NotFoundError, ki.ConflictError, ki.InternalError):
            self.assertTrue(issubclass(cls, ki.KlantinteractiesError))
        self.assertTrue(issubclass(ki.ValidationError, ValueError))
        self.assertTrue(issubclass(ki.InvalidArgumentError, ValueError))
        self.assertTrue(issubclass(ki.UnknownTypeError, LookupError))
        self.assertTrue(issubclass(ki.NotFoundError, LookupError))


class Lookup(unittest.TestCase):
    """Where the library is found (klantinteracties._library)."""

    PRINT = "import klantinteracties as ki, klantinteracties._library as l; print(l.find_library()); print(ki.version())"

    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp)
        shutil.copytree(PACKAGE, self.tmp / "klantinteracties",
                        ignore=shutil.ignore_patterns("__pycache__", "_installed.py"))

    def test_ki_library_wins(self):
        out = python(self.PRINT, {"PYTHONPATH": str(self.tmp), "KI_LIBRARY": os.environ["KI_LIBRARY"]})
        self.assertEqual(out.splitlines(), [os.environ["KI_LIBRARY"], ki.version()])

    def test_next_to_the_package(self):
        (self.tmp / "klantinteracties" / _library.SONAME).symlink_to(os.environ["KI_LIBRARY"])
        out = python(self.PRINT, {"PYTHONPATH": str(self.tmp)})
        expected = (self.tmp / "klantinteracties").resolve() / _library.SONAME
        self.assertEqual(out.splitlines(), [str(expected), ki.version()])

    def test_installed_location(self):
        (self.tmp / "klantinteracties" / "_installed.py").write_text(
            f"LIBRARY = {os.environ['KI_LIBRARY']!r}\n", encoding="utf-8")
        out = python(self.PRINT, {"PYTHONPATH": str(self.tmp)})
        self.assertEqual(out.splitlines(), [os.environ["KI_LIBRARY"], ki.version()])

    def test_source_tree_finds_the_build_tree(self):
        code = "import klantinteracties._library as l; print(l.find_library())"
        found = Path(python(code, {"PYTHONPATH": str(REPO / "bindings" / "python")}))
        self.assertTrue(found.is_file(), found)
        self.assertEqual(found.name, _library.SONAME)
        self.assertTrue(found.resolve().is_relative_to((REPO / "build").resolve()), found)

    def test_system_path_last(self):
        code = "import ctypes.util, klantinteracties._library as l; print(l.find_library()); print(ctypes.util.find_library('klantinteracties'))"
        found, system = python(code, {"PYTHONPATH": str(self.tmp)}).splitlines()
        self.assertEqual(found, system if system != "None" else _library.SONAME)

    def test_missing_library_is_a_clear_error(self):
        code = ("import klantinteracties as ki\n"
                "try:\n    ki.version()\nexcept OSError as e:\n    print(e)\n")
        out = python(code, {"PYTHONPATH": str(self.tmp), "KI_LIBRARY": str(self.tmp / "nope.so")})
        self.assertIn("could not be loaded", out)
        self.assertIn("KI_LIBRARY", out)


class Threads(unittest.TestCase):
    def test_validate_from_many_threads(self):
        def work(i):
            for _ in range(50):
                if ki.validate("Partij", PARTIJ_OK) != []:
                    return f"{i}: valid Partij rejected"
                if ki.validate("Partij", {}) != PARTIJ_LEEG:
                    return f"{i}: wrong invalidParams"
                try:
                    ki.validate(f"Onbekend{i}", {})
                    return f"{i}: unknown type accepted"
                except ki.UnknownTypeError as e:
                    if f"Onbekend{i}" not in str(e):
                        return f"{i}: another thread's message: {e}"
            return None

        with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
            problems = [p for p in pool.map(work, range(16)) if p]
        self.assertEqual(problems, [])


if __name__ == "__main__":
    unittest.main()
