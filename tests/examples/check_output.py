"""Runs a program and compares its standard output with a file.

Usage: python3 check_output.py EXPECTED_FILE PROGRAM [ARGS...]
"""

import subprocess
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        expected = f.read()
    result = subprocess.run(sys.argv[2:], capture_output=True, timeout=60)
    actual = result.stdout.decode("utf-8")
    if result.returncode != 0:
        sys.exit("%s exited with %d\n%s" % (sys.argv[2], result.returncode,
                                            result.stderr.decode("utf-8", "replace")))
    if actual != expected:
        sys.exit("output differs from %s\n--- expected\n%s--- actual\n%s"
                 % (sys.argv[1], expected, actual))
    print("output as expected")


if __name__ == "__main__":
    main()
