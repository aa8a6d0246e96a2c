#!/usr/bin/env python3
"""Pools candidate paragraphs for the judged set (not needed at run time).

For each need in queries.tsv: the top --depth hits of every ofsearch formulation
(the CLI, JSON) and of every fts5 MATCH expression on an SQLite FTS5 table
(porter tokenizer, as bench/engines/fts5_engine.cpp) loaded with the same paragraphs
(`ofsearch show --format json` of each report, boilerplate left out). Writes the
paragraphs not yet in qrels.tsv to OUT/<need>.txt for reading and judging.

  bench/judged/pool.py --ofsearch build/ofsearch --index /tmp/judged-index --out /tmp/judged-pool
"""
import argparse, json, os, sqlite3, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--ofsearch", required=True)
ap.add_argument("--index", required=True)
ap.add_argument("--out", required=True)
ap.add_argument("--depth", type=int, default=20)
ap.add_argument("--extra", help="extra queries file (same columns) to pool from as well")
a = ap.parse_args()

def run(*args):
    return subprocess.run([a.ofsearch, *args, "--index", a.index], check=True,
                          capture_output=True, text=True, timeout=120).stdout

db_file = os.path.join(a.out, "fts5.db")
os.makedirs(a.out, exist_ok=True)
texts = {}
paras_file = os.path.join(a.out, "paragraphs.json")
if os.path.exists(paras_file):
    texts = json.load(open(paras_file))
else:
    for r in json.loads(run("reports", "--format", "json")):
        rid = r["report_id"]
        shown = json.loads(run("show", rid, "--format", "json"))
        paras = shown["paragraphs"] if isinstance(shown, dict) else shown
        for p in paras:
            if p.get("boilerplate"):
                continue
            texts[p["id"]] = {"text": p["text"], "section": " > ".join(p.get("section") or []),
                              "authority": p.get("authority", r.get("authority", ""))}
    json.dump(texts, open(paras_file, "w"))
if not os.path.exists(db_file):
    con = sqlite3.connect(db_file)
    con.execute("create virtual table p using fts5(id unindexed, text, tokenize='porter unicode61 remove_diacritics 2')")
    con.executemany("insert into p values (?, ?)", [(k, v["text"]) for k, v in texts.items()])
    con.commit()
con = sqlite3.connect(db_file)

def rows(path):
    for line in open(path):
        if line.startswith("#") or not line.strip():
            continue
        yield line.rstrip("\n").split("\t")

judged = set()
if os.path.exists(os.path.join(here, "qrels.tsv")):
    judged = {(r[0], r[1]) for r in rows(os.path.join(here, "qrels.tsv"))}
pools = {}
sources = [os.path.join(here, "queries.tsv")] + ([a.extra] if a.extra else [])
for src in sources:
    for need, label, query in rows(src):
        if label == "fts5":
            ids = [r[0] for r in con.execute(
                "select id from p where p match ? order by rank limit ?", (query, a.depth))]
        else:
            res = json.loads(run("search", "--format", "json", "--limit", str(a.depth), query))
            ids = [h["id"] for h in res["hits"]]
        pool = pools.setdefault(need, {})
        for rank, i in enumerate(ids):
            pool.setdefault(i, []).append(f"{label}:{rank+1}")
total = 0
for need, pool in pools.items():
    new = [i for i in pool if (need, i) not in judged]
    total += len(new)
    with open(os.path.join(a.out, need + ".txt"), "w") as f:
        for i in new:
            t = texts.get(i, {"text": "?", "section": ""})
            f.write(f"=== {i} [{t['section']}] ({' '.join(pool[i])})\n{t['text']}\n")
    print(need, len(pool), "pooled,", len(new), "new")
print("total new", total)
