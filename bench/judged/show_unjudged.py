#!/usr/bin/env python3
"""Prints the text of every top-30 hit of ofsearch-judged --unjudged (need<TAB>id on stdin)
for reading, from the paragraphs.json pool.py wrote: show_unjudged.py /tmp/judged-pool < list"""
import json, sys
texts = json.load(open(sys.argv[1] + "/paragraphs.json"))
need = None
for line in sys.stdin:
    n, i = line.rstrip("\n").split("\t")
    if n != need:
        print(f"##### {n}")
        need = n
    t = texts.get(i, {"text": "?", "section": ""})
    print(f"=== {i} [{t['section']}]\n{t['text'][:int(sys.argv[2]) if len(sys.argv) > 2 else 600]}")
