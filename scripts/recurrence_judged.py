#!/usr/bin/env python3
"""Precision and recall of `ofsearch recurrence`'s "raised again" label against the
hand-judged set tests/data/real/recurrence_judged.tsv (points read by hand, see the .md
beside it). Runs `BINARY recurrence AUTHORITY --format json` for every authority of the
set on INDEX (an index of ../shared/corpus/real) and prints, at the command's default
thresholds and over a sweep of the raised-again threshold: judged points found, TP, FP,
FN, precision, recall; and whether each true positive's matches include the judged
evidence.

usage: scripts/recurrence_judged.py INDEX [--binary build/ofsearch] [--list]
"""
import argparse
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JUDGED = os.path.join(HERE, "..", "tests", "data", "real", "recurrence_judged.tsv")


def judged_rows():
    with open(JUDGED, encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def recurrence(binary, index, authority):
    out = subprocess.run([binary, "recurrence", authority, "--index", index, "--format", "json",
                          "--matches", "20"], capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        sys.exit(f"{authority}: {out.stderr.strip()}")
    return json.loads(out.stdout)


def find_point(points, row):
    for p in points:
        if p["id"] == row["point_id"]:
            return p
    prefix = row["point_text"][:60]
    for p in points:
        if p["text"].startswith(prefix):
            return p
    return None


def score(pairs, threshold):
    tp = sum(1 for truth, sim, _ in pairs if truth and sim >= threshold)
    fp = sum(1 for truth, sim, _ in pairs if not truth and sim >= threshold)
    fn = sum(1 for truth, sim, _ in pairs if truth and sim < threshold)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return tp, fp, fn, precision, recall


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("index")
    ap.add_argument("--binary", default=os.path.join(HERE, "..", "build", "ofsearch"))
    ap.add_argument("--list", action="store_true", help="print every judged point")
    args = ap.parse_args()
    rows = judged_rows()
    by_authority = {}
    for row in rows:
        by_authority.setdefault(row["authority"], []).append(row)
    pairs, labels, missing, evidence_hits = [], [], [], 0
    folds = {}  # authority -> fold (0/1), alternating in name order
    threshold = None
    for n, (authority, judged) in enumerate(sorted(by_authority.items())):
        folds[authority] = n % 2
        result = recurrence(args.binary, args.index, authority)
        threshold = result["thresholds"]["raised_again"]
        for row in judged:
            point = find_point(result["points"], row)
            if point is None:
                missing.append(row["point_id"])
                continue
            truth = row["label"] == "raised again"
            pairs.append((truth, point["closest_improvement"], folds[authority]))
            labels.append((truth, point["label"] == "raised again"))
            evidence = set(filter(None, row["evidence_ids"].split(",")))
            matched = {m["id"] for m in point["matches"] if m["improvement"]
                       and m["similarity"] >= threshold}
            if truth and point["label"] == "raised again" and evidence & matched:
                evidence_hits += 1
            if args.list:
                print(f"{row['point_id']:28} judged={row['label']:16} tool={point['label']:16} "
                      f"closest_improvement={point['closest_improvement']:.2f}")
    print(f"judged points: {len(rows)} from {len(by_authority)} authorities; found by the "
          f"command: {len(pairs)}; not found: {len(missing)} {' '.join(missing)}")
    tp = sum(1 for t, p in labels if t and p)
    fp = sum(1 for t, p in labels if not t and p)
    fn = sum(1 for t, p in labels if t and not p)
    print(f"at the default threshold {threshold}: raised again TP {tp} FP {fp} FN {fn}; "
          f"precision {tp / (tp + fp) if tp + fp else 1:.2f} recall {tp / (tp + fn) if tp + fn else 1:.2f}; "
          f"true positives whose matches include the judged evidence: {evidence_hits} of {tp}")
    print("threshold  TP  FP  FN  precision  recall")
    for t in [x / 100 for x in range(10, 52, 2)]:
        s = score(pairs, t)
        print(f"{t:9.2f} {s[0]:3d} {s[1]:3d} {s[2]:3d} {s[3]:10.2f} {s[4]:7.2f}")
    # Two-fold cross-validation by authority: the threshold with the best F1 on one half
    # (of 0.10-0.50), scored on the other, so the figure is not the threshold's own set.
    grid = [x / 100 for x in range(10, 51)]
    tp = fp = fn = 0
    for fold in (0, 1):
        train = [p for p in pairs if p[2] != fold]
        test = [p for p in pairs if p[2] == fold]
        f1 = lambda s: 2 * s[3] * s[4] / (s[3] + s[4]) if s[3] + s[4] else 0
        best = max(grid, key=lambda t: (f1(score(train, t)), -t))
        s = score(test, best)
        print(f"fold {fold}: threshold {best:.2f} chosen on the other half; on this half TP {s[0]} "
              f"FP {s[1]} FN {s[2]}")
        tp, fp, fn = tp + s[0], fp + s[1], fn + s[2]
    print(f"cross-validated: precision {tp / (tp + fp) if tp + fp else 1:.2f} "
          f"recall {tp / (tp + fn) if tp + fn else 1:.2f}")


if __name__ == "__main__":
    main()
