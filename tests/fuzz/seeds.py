"""Writes the seed corpus of each fuzz target from the test payloads.

Usage: python3 seeds.py TESTS_DATA_DIR OUT_DIR
fuzz_validate and fuzz_capi take a selector byte before the body; every
request payload is written with the selector of its own component (and, for
fuzz_capi, of each of its functions), so the fuzzer starts from valid bodies.
"""

import json
import os
import sys

# The order of the components in fuzz_validate is the library's component
# table; only the names are needed here, the fuzzer finds the rest.
CAPI_TYPES = ["Klantcontact", "Partij", "PatchedPartij", "Betrokkene", "DigitaalAdres",
              "InterneTaak", "MaakKlantcontact", "Actor", "Onderwerpobject", "Bijlage"]


def write(out, name, data):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def main(data_dir, out_dir):
    requests = os.path.join(data_dir, "requests")
    responses = os.path.join(data_dir, "responses")
    lijsten = os.path.join(data_dir, "referentielijsten")
    snapshot = []
    for i, name in enumerate(sorted(os.listdir(requests))):
        body = open(os.path.join(requests, name), "rb").read()
        # Every selector byte value reaches every component: spread them.
        for k in range(4):
            write(os.path.join(out_dir, "fuzz_validate"), f"{name}.{k}", bytes([(i + 37 * k) % 256]) + body)
        typ = name.split(".")[0]
        if typ in CAPI_TYPES:
            t = CAPI_TYPES.index(typ)
            for functie in range(4):
                write(os.path.join(out_dir, "fuzz_capi"), f"{name}.{functie}", bytes([t + 16 * functie]) + body)
    for name in sorted(os.listdir(responses)):
        typ = name.split(".")[0]
        doc = json.load(open(os.path.join(responses, name), encoding="utf-8"))
        if isinstance(doc, dict) and "uuid" in doc and "url" in doc and not typ.startswith(("Paginated", "Expand", "Patched")):
            snapshot.append(json.dumps({"type": typ, "object": doc}, ensure_ascii=False))
    write(os.path.join(out_dir, "fuzz_snapshot"), "responses.jsonl", ("\n".join(snapshot) + "\n").encode())
    for line_no, line in enumerate(snapshot):
        write(os.path.join(out_dir, "fuzz_snapshot"), f"line{line_no}.jsonl", (line + "\n").encode())
    for name in sorted(os.listdir(lijsten)):
        body = open(os.path.join(lijsten, name), "rb").read()
        for lijst in range(7):
            write(os.path.join(out_dir, "fuzz_referentielijsten"), f"{name}.{lijst}", bytes([lijst]) + body)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
