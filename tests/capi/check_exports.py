"""ABI hygiene of libklantinteracties.so (standard library only).

Usage: python3 check_exports.py LIBRARY HEADER SONAME

- every dynamic symbol the library defines starts with `ki_` (nothing of
  libstdc++, Boost or {fmt} leaks), checked with `nm -D --defined-only`;
- the exported functions are exactly the KI_API declarations of the header;
- the SONAME is SONAME.
"""

import re
import subprocess
import sys
import unittest

LIBRARY = HEADER = SONAME = None


def defined_dynamic_symbols():
    out = subprocess.run(["nm", "-D", "--defined-only", LIBRARY], check=True,
                         capture_output=True, text=True).stdout
    symbols = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            symbols.append((parts[1], parts[2].split("@")[0]))
    return symbols


def declared_functions():
    with open(HEADER, encoding="utf-8") as f:
        text = f.read()
    return set(re.findall(r"^KI_API\s[^;(]*?\b(ki_\w+)\s*\(", text, re.M))


class Exports(unittest.TestCase):
    def test_only_ki_symbols(self):
        symbols = defined_dynamic_symbols()
        self.assertTrue(symbols, "nm found no symbols")
        leaked = [f"{kind} {name}" for kind, name in symbols if not name.startswith("ki_")]
        self.assertEqual(leaked, [], f"{len(leaked)} symbols that are not ki_ are exported")

    def test_exports_are_the_header(self):
        exported = {name for kind, name in defined_dynamic_symbols() if kind in "TtWi"}
        declared = declared_functions()
        self.assertGreaterEqual(len(declared), 12)
        self.assertEqual(sorted(exported - declared), [], "exported but not declared")
        self.assertEqual(sorted(declared - exported), [], "declared but not exported")

    def test_soname(self):
        out = subprocess.run(["objdump", "-p", LIBRARY], check=True, capture_output=True,
                             text=True).stdout
        sonames = re.findall(r"^\s*SONAME\s+(\S+)", out, re.M)
        self.assertEqual(sonames, [SONAME])


if __name__ == "__main__":
    LIBRARY, HEADER, SONAME = sys.argv[1:4]
    unittest.main(argv=[sys.argv[0], *sys.argv[4:]], verbosity=2)
