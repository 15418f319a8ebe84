#!/usr/bin/env python3
"""Runs the benchmark and prints its table (bench/README.md).

    driver.py --bench-exe EXE --library LIB --corpus DIR [--count N] [--reps R]
    driver.py --bench-exe EXE --register N
    driver.py --smoke ...   (ctest: one quick pass, no figures judged)

Throughput mode: per repetition, the C++ program (Boost.JSON parse floor,
C++ API, C ABI, encode/serialize) runs once, then the Python rows run in this
process (the bindings' validate(), openapi-schema-validator compiled once
per component); medians over the repetitions. Exits 1 when a validator does
not find exactly the manifest's invalid count in some file.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPENAPI = HERE.parent.parent / "shared" / "reference" / "openklant-klantinteracties-openapi.yaml"
ROWS = [("parse", "Boost.JSON parse (floor)"),
        ("parse_mr", "Boost.JSON parse, 4K buffer"), ("cpp", "C++ validate<T>(text)"),
        ("capi", "C ABI ki_validate"), ("python", "Python validate()"),
        ("osv", "openapi-schema-validator"), ("serialize", "boost::json::serialize"),
        ("encode", "ki encode_string")]
VALIDATORS = {"cpp", "capi", "python", "osv"}


def run_exe(args):
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def load_corpus(corpus):
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    files = {}
    for name in manifest:
        with open(corpus / f"{name}.jsonl", encoding="utf-8") as f:
            files[name] = [json.loads(line) for line in f]
    return manifest, files


class PythonRows:
    """validate() of the bindings and openapi-schema-validator, on the same text."""

    def __init__(self, files):
        import klantinteracties
        self.ki = klantinteracties
        self.osv = None
        try:
            import openapi_schema_validator as osv
            import yaml
        except ImportError as e:
            self.missing = str(e)
            return
        spec = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
        types = {p["type"] for rows in files.values() for p in rows}
        # Request bodies: the write context (readOnly properties not required).
        self.osv = {t: osv.OAS30WriteValidator(
            {"$ref": f"#/components/schemas/{t}", "components": spec["components"]},
            format_checker=osv.oas30_format_checker) for t in types}

    def measure(self, method, payloads):
        if method == "python":
            validate = self.ki.validate
            check = lambda p: not validate(p["type"], p["body"])  # noqa: E731
        elif self.osv is None:
            return None
        else:
            osv, loads = self.osv, json.loads
            check = lambda p: osv[p["type"]].is_valid(loads(p["body"]))  # noqa: E731
        start = time.perf_counter()
        invalid = sum(0 if check(p) else 1 for p in payloads)
        seconds = time.perf_counter() - start
        return {"payloads": len(payloads), "seconds": seconds, "invalid": invalid,
                "bytes": sum(len(p["body"].encode()) for p in payloads)}


def throughput(args):
    corpus = Path(args.corpus)
    subprocess.run([sys.executable, str(HERE / "gen_corpus.py"), str(corpus),
                    "--count", str(args.count)], check=True)
    manifest, files = load_corpus(corpus)
    os.environ.setdefault("KI_LIBRARY", args.library)
    py = PythonRows(files)
    results = {}  # (file, method) -> list of measurements
    exe_rss = 0
    exe = [args.bench_exe, "--corpus", str(corpus), "--min-seconds", str(args.min_seconds)]
    for _ in range(args.reps):
        for row in run_exe(exe):
            if row["method"] == "process":
                exe_rss = max(exe_rss, row["peak_rss"])
            else:
                results.setdefault((row["file"], row["method"]), []).append(row)
        for name, payloads in files.items():
            for method in ("python", "osv"):
                m = py.measure(method, payloads)
                if m is not None:
                    results.setdefault((name, method), []).append(m)
    ok = report(manifest, results, args.reps)
    py_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"\npeak RSS (getrusage maxrss): C++ program {exe_rss / 2**20:.1f} MiB, "
          f"Python process {py_rss / 2**20:.1f} MiB")
    if py.osv is None:
        print(f"openapi-schema-validator rows missing: {py.missing}")
    return ok


def report(manifest, results, reps):
    print(f"medians of {reps} interleaved repetitions; ratios: to the Boost.JSON parse floor "
          "(encode: to boost::json::serialize) and to openapi-schema-validator")
    print(f"{'file':18} {'method':26} {'payloads/s':>12} {'MB/s':>9} {'x floor':>8} "
          f"{'x osv':>8}  invalid")
    ok = True
    for name, info in manifest.items():
        rate = {}
        for method, _ in ROWS:
            ms = results.get((name, method))
            if ms:
                rate[method] = (statistics.median(m["payloads"] / m["seconds"] for m in ms),
                                statistics.median(m["bytes"] / m["seconds"] / 1e6 for m in ms))
        for method, label in ROWS:
            ms = results.get((name, method))
            if not ms:
                continue
            per_s, mb_s = rate[method]
            floor = rate.get("serialize" if method == "encode" else "parse")
            x_floor = f"{per_s / floor[0]:.2f}" if floor and floor[0] and method not in ("parse", "serialize") else ""
            x_osv = f"{per_s / rate['osv'][0]:.1f}" if "osv" in rate and method != "osv" else ""
            verdict = ""
            if method in VALIDATORS:
                found = {m["invalid"] for m in ms}
                good = found == {info["invalid"]}
                ok = ok and good
                verdict = f"{found.pop()} ok" if good else \
                    f"WRONG: {sorted(found)} (expected {info['invalid']})"
            print(f"{name:18} {label:26} {per_s:12,.0f} {mb_s:9.1f} {x_floor:>8} {x_osv:>8}  {verdict}")
    return ok


def register(args):
    rows = run_exe([args.bench_exe, "--register", str(args.register)])
    kib = 1024
    for r in rows:
        m = r["metric"]
        if m == "build":
            n = r["n"]
            print(f"register of {n:,} partijen (BSN identificator, e-mail and phone address each) "
                  f"and {n:,} klantcontacten with a betrokkene each")
            print(f"  build: partijen+adressen {r['partijen_seconds']:.1f} s, "
                  f"klantcontacten+betrokkenen {r['klantcontacten_seconds']:.1f} s")
            per = (r["rss_after_partijen"] - r["rss_empty"]) / n
            total = (r["rss_after_klantcontacten"] - r["rss_empty"]) / n
            print(f"  RSS per partij (with its 2 adressen): {per / kib:.2f} KiB; "
                  f"with its klantcontact and betrokkene: {total / kib:.2f} KiB; "
                  f"peak RSS {r['peak_rss'] / 2**20:.0f} MiB = {r['peak_rss'] / n / kib:.2f} KiB per partij")
        elif m.startswith("lookup_"):
            print(f"  {m:18} median {r['median_us']:9.2f} us   p99 {r['p99_us']:9.2f} us   "
                  f"({r['samples']} samples, {r['mean_hits']:.1f} hits on average)")
        elif m == "c9018":
            print(f"  C9018 flows (find by BSN + c9018(), variant A): {r['per_second']:,.0f} /s "
                  f"({r['flows']} flows)")
        elif m == "process":
            print(f"  peak RSS of the process: {r['peak_rss'] / 2**20:.0f} MiB")
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench-exe", required=True)
    ap.add_argument("--library", default="")
    ap.add_argument("--corpus")
    ap.add_argument("--count", type=int, default=2000, help="payloads per corpus file")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--min-seconds", type=float, default=0.3,
                    help="per C++ row (the rows of a file take turns, a pass each)")
    ap.add_argument("--register", type=int, help="register mode with N partijen")
    ap.add_argument("--smoke", action="store_true", help="one quick pass, then --register")
    args = ap.parse_args()
    if args.smoke:
        args.reps, args.min_seconds = 1, 0
        ok = throughput(args) and register(args)
    elif args.register:
        ok = register(args)
    else:
        ok = throughput(args)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
