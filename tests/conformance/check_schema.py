#!/usr/bin/env python3
"""Validate the library's encoded samples against Open Klant's OpenAPI document.

    check_schema.py --samples-from PROGRAM --openapi FILE
    check_schema.py --samples FILE.json --openapi FILE
    check_schema.py --self-test

PROGRAM (tests/conformance/encode_samples) prints one JSON object
{ComponentName: sample}. Each sample is validated against
#/components/schemas/<ComponentName> with openapi_schema_validator's OAS 3.0
read validator (response context: readOnly properties allowed and, when
listed, required; `nullable`; discriminator mapping for Actor and Partij) and
the OAS 3.0 format checker (uuid, date, date-time, email, ...).

Prints one line per component and "N passed, N failed"; exits 1 on any
failure. Without the Python modules `openapi_schema_validator` or `yaml`:
exit 1 when the environment variable CI is set, otherwise print
"skipped: ..." and exit 77 (ctest SKIP_RETURN_CODE).

--self-test checks that missing-module behaviour by running this script
without site-packages (python -I -S), with and without CI.
"""

import argparse
import json
import os
import subprocess
import sys

SKIP = 77


def ci_is_set():
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def import_modules():
    """Returns (yaml, openapi_schema_validator) or exits with 77 / 1."""
    missing = []
    try:
        import yaml  # noqa: F401
    except ImportError:
        missing.append("yaml (Debian: python3-yaml)")
    try:
        import openapi_schema_validator  # noqa: F401
    except ImportError:
        missing.append("openapi_schema_validator (Debian: python3-openapi-schema-validator)")
    if not missing:
        import yaml
        import openapi_schema_validator
        return yaml, openapi_schema_validator
    names = ", ".join(missing)
    if ci_is_set():
        print(f"error: python module(s) {names} not found; they are required when CI is set",
              flush=True)
        sys.exit(1)
    print(f"skipped: python module(s) {names} not found; schema conformance not checked",
          flush=True)
    sys.exit(SKIP)


def load_samples(args):
    if args.samples:
        with open(args.samples, encoding="utf-8") as f:
            return json.load(f)
    try:
        run = subprocess.run([args.samples_from], capture_output=True, text=True,
                             encoding="utf-8")
    except OSError as e:
        print(f"error: cannot run {args.samples_from}: {e}")
        sys.exit(1)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        print(f"error: {args.samples_from} exited with status {run.returncode}")
        sys.exit(1)
    return json.loads(run.stdout)


def short(text, limit=300):
    return text if len(text) <= limit else text[:limit] + " ..."


def where(error):
    path = "/".join(str(p) for p in error.absolute_path)
    return "/" + path if path else "(root)"


def check(samples, spec, osv):
    schemas = spec["components"]["schemas"]
    passed = failed = 0
    for name in sorted(samples):
        if name not in schemas:
            print(f"FAIL {name}: no such component in the OpenAPI document")
            failed += 1
            continue
        # $refs inside the document ("#/components/schemas/X") resolve
        # against this root.
        root = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
        validator = osv.OAS30ReadValidator(root, format_checker=osv.oas30_format_checker)
        errors = sorted(validator.iter_errors(samples[name]), key=lambda e: list(e.absolute_path))
        if errors:
            failed += 1
            print(f"FAIL {name}")
            for e in errors:
                print(f"     at {where(e)}: {short(e.message)}")
                for sub in e.context or []:
                    print(f"       - at {where(sub)}: {short(sub.message)}")
        else:
            passed += 1
            print(f"ok   {name}")
    return passed, failed


def self_test():
    """The missing-module paths, run without site-packages."""
    me = os.path.abspath(__file__)
    failures = 0
    for ci, want_code, want_text in ((None, SKIP, "skipped: "), ("true", 1, "error: ")):
        env = {k: v for k, v in os.environ.items() if k != "CI"}
        if ci is not None:
            env["CI"] = ci
        run = subprocess.run([sys.executable, "-I", "-S", me, "--samples", os.devnull,
                              "--openapi", os.devnull], env=env, capture_output=True, text=True)
        ok = run.returncode == want_code and run.stdout.startswith(want_text)
        label = f"CI={ci}" if ci else "CI unset"
        print(f"{'ok  ' if ok else 'FAIL'} without modules, {label}: exit {run.returncode}, "
              f"{run.stdout.strip()!r}")
        failures += not ok
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--samples-from", metavar="PROGRAM",
                        help="program that prints {ComponentName: sample}")
    source.add_argument("--samples", metavar="FILE", help="JSON file {ComponentName: sample}")
    parser.add_argument("--openapi", metavar="FILE", help="openklant-klantinteracties-openapi.yaml")
    parser.add_argument("--self-test", action="store_true",
                        help="check the behaviour without the Python modules")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    if not args.openapi or not (args.samples or args.samples_from):
        parser.error("--openapi and one of --samples-from/--samples are required")

    yaml, osv = import_modules()
    with open(args.openapi, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    samples = load_samples(args)
    if not samples:
        print("error: no samples")
        return 1
    passed, failed = check(samples, spec, osv)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
