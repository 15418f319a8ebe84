#!/usr/bin/env python3
"""Rule coverage: every rule id of validation.md has tests.

Extracts every rule id (KI-XXX-NNN) from ../shared/spec/validation.md and
checks that each one is named in at least two places of tests/*.cpp -- a
passing and a failing case -- unless it is listed in tests/rules_deferred.txt
(one id per line, then a short reason). Only string literals count (TEST_CASE
and SUBCASE names, rows of case tables), not comments; a place is a line.

Prints one line per missing id and closes with "N passed, N failed";
exits 1 when an id is missing or the deferred list names an unknown id.

Usage: rule_coverage.py [--spec PATH] [--tests DIR] [--deferred PATH]
"""

import argparse
import pathlib
import re
import sys

ID = re.compile(r"\bKI-[A-Z]+-\d{3}\b")
NEEDED = 2


def string_literals(src):
    """Yields (line, text) of every C++ string literal (plain and raw) of src,
    skipping comments and character literals."""
    i, n, line = 0, len(src), 1
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            line += src.count("\n", i, j)
            i = j
        elif c == "R" and src.startswith('R"', i) and (
                i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_")
                or src[i - 1] in "LuU" or src[max(0, i - 2):i] == "u8"):
            open_paren = src.find("(", i + 2)
            delim = src[i + 2:open_paren]
            end = src.find(")" + delim + '"', open_paren)
            end = n if end < 0 else end
            yield line, src[open_paren + 1:end]
            stop = min(n, end + len(delim) + 2)
            line += src.count("\n", i, stop)
            i = stop
        elif c == '"' or (c == "'" and not (i > 0 and src[i - 1].isalnum())):
            j = i + 1
            while j < n and src[j] != c and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            if c == '"':
                yield line, src[i + 1:j]
            i = j + 1
        else:
            if c == "\n":
                line += 1
            i += 1


def main() -> int:
    here = pathlib.Path(__file__).resolve().parent
    ap = argparse.ArgumentParser()
    ap.add_argument("--spec", type=pathlib.Path,
                    default=here.parent.parent / "shared" / "spec" / "validation.md")
    ap.add_argument("--tests", type=pathlib.Path, default=here)
    ap.add_argument("--deferred", type=pathlib.Path, default=here / "rules_deferred.txt")
    args = ap.parse_args()

    spec_ids = sorted(set(ID.findall(args.spec.read_text(encoding="utf-8"))))
    if not spec_ids:
        print(f"no rule ids found in {args.spec}")
        return 1

    deferred = {}
    if args.deferred.exists():
        for n, line in enumerate(args.deferred.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            rule, _, reason = line.partition(" ")
            deferred[rule] = (n, reason.strip())

    # Distinct (file, line) places whose string literals name each id.
    places = {}
    for path in sorted(args.tests.glob("*.cpp")):
        seen = set()
        for n, text in string_literals(path.read_text(encoding="utf-8")):
            for rule in set(ID.findall(text)):
                if (rule, n) not in seen:
                    seen.add((rule, n))
                    places.setdefault(rule, []).append(f"{path.name}:{n}")

    passed = failed = 0
    for rule in sorted(set(deferred) - set(spec_ids)):
        print(f"UNKNOWN {rule}: in {args.deferred.name} (line {deferred[rule][0]}) "
              f"but not in {args.spec.name}")
        failed += 1
    for rule in spec_ids:
        count = len(places.get(rule, []))
        if rule in deferred:
            if not deferred[rule][1]:
                print(f"MISSING {rule}: deferred without a reason")
                failed += 1
                continue
            if count >= NEEDED:
                print(f"note: {rule} is deferred but has {count} test places "
                      f"(could leave {args.deferred.name})")
            passed += 1
        elif count >= NEEDED:
            passed += 1
        else:
            where = f" ({', '.join(places[rule])})" if count else ""
            print(f"MISSING {rule}: {count} of {NEEDED} test places in tests/*.cpp{where}")
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
