#!/usr/bin/env python3
"""The folder graph and the library graph, checked (issue 15).

1. Every #include "folder/..." in a source folder names the folder itself or a folder
   below it in LAYERS, so the folder graph has no cycle and data flows one way.
2. With --build DIR: CMake's own dependency graph (cmake --graphviz) shows that
   ofsearch_query reaches neither ofsearch_indexer nor poppler (the query side opens
   the index through index/ only).
Prints every violation; exits 1 if there is one.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Each folder and the folders it may include from: the pipeline's layers, lowest first.
LAYERS = {
    "stemming": set(),
    "reference": {"stemming"},
    "schema": {"reference", "stemming"},
    "index": {"schema", "reference", "stemming"},
    "indexer": {"index", "schema", "reference", "stemming"},
    "query": {"index", "schema", "reference", "stemming"},
    "server": {"query", "indexer", "index", "schema", "reference", "stemming"},
    "cli": {"server", "query", "indexer", "index", "schema", "reference", "stemming"},
    "bench": {"server", "query", "indexer", "index", "schema", "reference", "stemming"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/', re.M)


def include_violations():
    bad = []
    for folder, allowed in LAYERS.items():
        for dirpath, _, files in os.walk(os.path.join(ROOT, folder)):
            for name in files:
                if not name.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(dirpath, name)
                for used in INCLUDE.findall(open(path, encoding="utf-8").read()):
                    if used != folder and used in LAYERS and used not in allowed:
                        bad.append(f"{os.path.relpath(path, ROOT)} includes {used}/ "
                                   f"({folder}/ may use only {', '.join(sorted(allowed)) or 'itself'})")
    return bad


def reachable(dot_text, start_label):
    labels = dict(re.findall(r'"(node\d+)" \[ label = "([^"]+)"', dot_text))
    edges = {}
    for a, b in re.findall(r'"(node\d+)" -> "(node\d+)"', dot_text):
        edges.setdefault(a, []).append(b)
    start = [n for n, label in labels.items() if label == start_label]
    seen, todo = set(), list(start)
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        todo += edges.get(n, [])
    return start, {labels[n] for n in seen}


def link_violations(build):
    with tempfile.TemporaryDirectory() as tmp:
        dot = os.path.join(tmp, "deps.dot")
        subprocess.run(["cmake", f"--graphviz={dot}", "."], cwd=build, check=True,
                       capture_output=True, timeout=300)
        start, reached = reachable(open(dot).read(), "ofsearch_query")
    if not start:
        return ["ofsearch_query is not in CMake's dependency graph"]
    return [f"ofsearch_query links {lib}" for lib in sorted(reached)
            if lib == "ofsearch_indexer" or "poppler" in lib]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", help="a configured build folder: also check the link graph")
    args = ap.parse_args()
    bad = include_violations()
    if args.build:
        bad += link_violations(args.build)
    for line in bad:
        print(line)
    print("layering: " + ("ok" if not bad else f"{len(bad)} violations"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
