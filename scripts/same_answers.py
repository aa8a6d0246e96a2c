#!/usr/bin/env python3
"""Checks that two ofsearch binaries give the same answers: a refactoring's proof.

Indexes each corpus folder with each binary, then compares byte for byte the JSON of
`reports`, `show` for every report, and `search --format json --facets` for every query
of the benchmark mix (bench/queries.tsv, with its filters), of the judged set
(bench/judged/queries.tsv) and a few with grouping and per-report collapsing.

  scripts/same_answers.py [--ignore-keys k1,k2] OLD_BINARY NEW_BINARY CORPUS_DIR...
--ignore-keys drops those JSON keys wherever they occur before comparing (for a change
that adds fields on purpose). Exit 0 when every answer is the same, 1 otherwise (the first differences are printed).
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def queries():
    out = []
    for line in open(os.path.join(ROOT, "bench", "queries.tsv")):
        if line.startswith("#") or line.startswith("class\t"):
            continue
        cls, query, filters = (line.rstrip("\n").split("\t") + ["", ""])[:3]
        args = [query] if query else []
        for f in filters.split(";"):
            if "=" in f:
                k, v = f.split("=", 1)
                args = ["--" + k, v] + args
        out.append(args)
    for line in open(os.path.join(ROOT, "bench", "judged", "queries.tsv")):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3 and parts[1] in ("natural", "alt"):
            out.append([parts[2]])
    out += [["--group-by", "authority", "children"], ["--per-report", "missing from care"],
            ["--sort", "date", "neglect"], ["--match", "most", "delays in achieving permanence"]]
    return out


def run(binary, args):
    r = subprocess.run([binary] + args, capture_output=True, text=True, timeout=300)
    return r.returncode, without_ignored(r.stdout), r.stderr


IGNORED = set()


def without_ignored(text):
    if not IGNORED:
        return text
    def strip(v):
        if isinstance(v, dict):
            return {k: strip(x) for k, x in v.items() if k not in IGNORED}
        if isinstance(v, list):
            return [strip(x) for x in v]
        return v
    try:
        return json.dumps(strip(json.loads(text)), sort_keys=True)
    except ValueError:
        return text


def answers(binary, index):
    got = {}
    code, out, err = run(binary, ["reports", "--index", index, "--format", "json"])
    got["reports"] = (code, out, err)
    for r in json.loads(out):
        rid = r.get("report_id") or r.get("id")
        got["show " + rid] = run(binary, ["show", "--index", index, "--format", "json", rid])
    for q in queries():
        got["search " + " ".join(q)] = run(
            binary, ["search", "--index", index, "--format", "json", "--facets", "--limit", "30"] + q)
    return got


def main():
    argv = sys.argv[1:]
    if argv[:1] == ["--ignore-keys"] and len(argv) > 1:
        IGNORED.update(k for k in argv[1].split(",") if k)
        argv = argv[2:]
    if len(argv) < 3:
        print(__doc__)
        return 2
    old, new, corpora = argv[0], argv[1], argv[2:]
    differences = 0
    with tempfile.TemporaryDirectory(prefix="same-answers-") as work:
        for n, corpus in enumerate(corpora):
            got = []
            for label, binary in (("old", old), ("new", new)):
                index = os.path.join(work, f"{label}-{n}")
                subprocess.run([binary, "index", "--quiet", "--index", index, corpus],
                               check=True, timeout=1800, capture_output=True)
                got.append(answers(binary, index))
            compared = 0
            for key in got[0]:
                compared += 1
                a, b = got[0][key], got[1].get(key)
                a = (a[0], a[1].replace(work + "/old-", "IDX-"), a[2].replace(work + "/old-", "IDX-"))
                b = b and (b[0], b[1].replace(work + "/new-", "IDX-"), b[2].replace(work + "/new-", "IDX-"))
                if a != b:
                    differences += 1
                    if differences <= 5:
                        print(f"differs on {corpus}: {key}\n  old: {str(a)[:300]}\n  new: {str(b)[:300]}")
            print(f"{corpus}: {compared} answers compared, "
                  f"{sum(1 for k in got[0] if got[0][k] != got[1].get(k))} differ (before path normalisation)")
    print("same answers" if differences == 0 else f"{differences} answers differ")
    return 0 if differences == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
