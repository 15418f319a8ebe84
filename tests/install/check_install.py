"""`cmake --install` into a temporary prefix, then use what was installed from
outside the source and build trees, as a user would (standard library only).

Usage: python3 check_install.py BUILD_DIR LIBDIR PYTHON_DIR VERSION SONAME [unittest options]

Environment: CMAKE, CC, CXX (the tools to use), KI_CFLAGS, KI_CXXFLAGS,
KI_LDFLAGS (the build's own flags, e.g. sanitizers), KI_KEEP_INSTALL=1 keeps
the prefix for inspection.
"""

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILD = LIBDIR = PYTHON_DIR = VERSION = SONAME = None
WORK = PREFIX = None


def run(args, env=None, cwd=None, timeout=600):
    full_env = dict(os.environ)
    full_env.update(env or {})
    result = subprocess.run([str(a) for a in args], env=full_env, cwd=cwd, capture_output=True,
                            text=True, timeout=timeout)
    if result.returncode != 0:
        raise AssertionError(f"{shlex.join(str(a) for a in args)} failed ({result.returncode}):\n"
                             f"{result.stdout}\n{result.stderr}")
    return result.stdout


def setUpModule():
    global WORK, PREFIX
    WORK = Path(tempfile.mkdtemp(prefix="ki-install-"))
    PREFIX = WORK / "prefix"
    run([os.environ.get("CMAKE", "cmake"), "--install", BUILD, "--prefix", PREFIX])


def tearDownModule():
    if WORK and not os.environ.get("KI_KEEP_INSTALL"):
        shutil.rmtree(WORK, ignore_errors=True)
    elif WORK:
        print(f"kept {WORK}", file=sys.stderr)


class Files(unittest.TestCase):
    def test_headers(self):
        for header in ("klantinteracties.h", "klantinteracties_version.h",
                       "klantinteracties/json/components.hpp",
                       "klantinteracties/json/error_document.hpp",
                       "klantinteracties/rules/validate.hpp",
                       "klantinteracties/referentielijsten/referentielijsten.hpp"):
            with self.subTest(header):
                self.assertTrue((PREFIX / "include" / header).is_file())
        version_h = (PREFIX / "include" / "klantinteracties_version.h").read_text()
        self.assertIn(f'#define KI_VERSION_STRING "{VERSION}"', version_h)

    def test_libraries(self):
        lib = PREFIX / LIBDIR
        self.assertTrue((lib / f"libklantinteracties.so.{VERSION}").is_file())
        self.assertEqual(os.readlink(lib / SONAME), f"libklantinteracties.so.{VERSION}")
        self.assertEqual(os.readlink(lib / "libklantinteracties.so"), SONAME)
        self.assertTrue((lib / "libklantinteracties.a").is_file())

    def test_package_files(self):
        cmake_dir = PREFIX / LIBDIR / "cmake" / "klantinteracties"
        for name in ("klantinteractiesConfig.cmake", "klantinteractiesConfigVersion.cmake",
                     "klantinteractiesTargets.cmake"):
            with self.subTest(name):
                self.assertTrue((cmake_dir / name).is_file())
        self.assertTrue((PREFIX / LIBDIR / "pkgconfig" / "klantinteracties.pc").is_file())

    def test_cli(self):
        out = run([PREFIX / "bin" / "klantinteracties", "--version"])
        self.assertEqual(out, f"klantinteracties {VERSION}\n")


class PkgConfig(unittest.TestCase):
    def test_c_program(self):
        env = {"PKG_CONFIG_PATH": str(PREFIX / LIBDIR / "pkgconfig")}
        self.assertEqual(run(["pkg-config", "--modversion", "klantinteracties"], env=env).strip(),
                         VERSION)
        flags = shlex.split(run(["pkg-config", "--cflags", "--libs", "klantinteracties"], env=env))
        self.assertIn("-lklantinteracties", flags)
        include = [f[2:] for f in flags if f.startswith("-I")]
        self.assertEqual([os.path.normpath(i) for i in include], [str(PREFIX / "include")])
        exe = WORK / "consumer_c"
        run([os.environ.get("CC", "cc"), "-std=c99", "-pedantic", "-Wall", "-Wextra", "-Werror",
             *shlex.split(os.environ.get("KI_CFLAGS", "")), HERE / "consumer_c" / "main.c",
             "-o", exe, *flags, f"-Wl,-rpath,{PREFIX / LIBDIR}",
             *shlex.split(os.environ.get("KI_LDFLAGS", ""))])
        self.assertEqual(run([exe]), f"C: libklantinteracties {VERSION} (headers {VERSION}): "
                                     "KI_OK, KI_EINVALID\nC: register: KI_OK, KI_ENOTFOUND\n")


class FindPackage(unittest.TestCase):
    def test_cmake_project(self):
        cmake = os.environ.get("CMAKE", "cmake")
        build = WORK / "consumer_cmake"
        run([cmake, "-S", HERE / "consumer_cmake", "-B", build, f"-DCMAKE_PREFIX_PATH={PREFIX}",
             "-DCMAKE_BUILD_TYPE=Release",
             f"-DCMAKE_C_COMPILER={os.environ.get('CC', 'cc')}",
             f"-DCMAKE_CXX_COMPILER={os.environ.get('CXX', 'c++')}",
             f"-DCMAKE_C_FLAGS={os.environ.get('KI_CFLAGS', '')}",
             f"-DCMAKE_CXX_FLAGS={os.environ.get('KI_CXXFLAGS', '')}",
             f"-DCMAKE_EXE_LINKER_FLAGS={os.environ.get('KI_LDFLAGS', '')}"])
        run([cmake, "--build", build, "-j2"])
        self.assertEqual(run([build / "consumer_capi"]),
                         f"C: libklantinteracties {VERSION} (headers {VERSION}): KI_OK, KI_EINVALID\n"
                         "C: register: KI_OK, KI_ENOTFOUND\n")
        self.assertEqual(run([build / "consumer_cpp"]),
                         "C++: 2 invalidParams, first soortPartij: Dit veld is vereist.\n")


class Python(unittest.TestCase):
    def test_installed_package(self):
        if PYTHON_DIR == "none":
            self.skipTest("KI_BUILD_PYTHON is off")
        site = PREFIX / PYTHON_DIR
        self.assertTrue((site / "klantinteracties" / "__init__.py").is_file())
        self.assertTrue((site / "klantinteracties" / "py.typed").is_file())
        code = ("import klantinteracties as ki, klantinteracties._library as l\n"
                "print(ki.__file__); print(l.find_library()); print(ki.version())\n"
                "print(ki.validate('Partij', {})[0].name)\n"
                "with ki.Register() as r: print(r.create('partijen', {'soortPartij': 'persoon', "
                "'indicatieActief': True})['soortPartij'])\n")
        env = {k: v for k, v in os.environ.items() if k not in ("KI_LIBRARY", "PYTHONPATH")}
        env["PYTHONPATH"] = str(site)
        if os.environ.get("KI_PYTHON_PRELOAD"):  # a sanitizer build
            env["LD_PRELOAD"] = os.environ["KI_PYTHON_PRELOAD"]
        result = subprocess.run([sys.executable, "-B", "-c", code], env=env, cwd=WORK,
                                capture_output=True, text=True, timeout=120)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.splitlines(), [
            str(site / "klantinteracties" / "__init__.py"),
            str(PREFIX / LIBDIR / SONAME),
            VERSION,
            "soortPartij",
            "persoon",
        ])


class Pip(unittest.TestCase):
    """`pip install --no-build-isolation bindings/python` (setuptools, no
    dependencies) with an interpreter that has setuptools and wheel, then the
    package finds the installed library through KI_LIBRARY."""

    def test_pip_install(self):
        candidates = [sys.executable, "/usr/bin/python3"]
        usable = [p for p in candidates if Path(p).exists() and subprocess.run(
            [p, "-c", "import setuptools, wheel, pip"], capture_output=True).returncode == 0]
        if not usable:
            self.skipTest("no interpreter with pip, setuptools and wheel")
        python = usable[0]
        source = WORK / "bindings-python"  # a copy: pip writes build/ and *.egg-info into it
        shutil.copytree(HERE.parent.parent / "bindings" / "python", source,
                        ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
        target = WORK / "pip-target"
        run([python, "-m", "pip", "install", "--no-build-isolation", "--no-deps",
             "--no-index", "--disable-pip-version-check", "--target", target, source])
        self.assertTrue((target / "klantinteracties" / "py.typed").is_file())
        env = {"PYTHONPATH": str(target), "KI_LIBRARY": str(PREFIX / LIBDIR / SONAME)}
        if os.environ.get("KI_PYTHON_PRELOAD"):
            env["LD_PRELOAD"] = os.environ["KI_PYTHON_PRELOAD"]
        out = run([python, "-B", "-c", "import klantinteracties as ki; print(ki.__file__); "
                   "print(ki.version()); print(ki.is_valid('Partij', {}))"], env=env, cwd=WORK)
        self.assertEqual(out.splitlines(),
                         [str(target / "klantinteracties" / "__init__.py"), VERSION, "False"])


if __name__ == "__main__":
    BUILD, LIBDIR, PYTHON_DIR, VERSION, SONAME = sys.argv[1:6]
    BUILD = Path(BUILD)
    unittest.main(argv=[sys.argv[0], *sys.argv[6:]], verbosity=2)
