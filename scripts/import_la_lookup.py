#!/usr/bin/env python3
"""Brings DfE/ONS codes and statistical neighbours into corpus/la_codes.tsv (issue 14).

Joins ../shared/reference/la-lookup.csv to the gazetteer (corpus/authorities.tsv) by
name: the lookup's ONS name, also-known-as and Ofsted names against each authority's
canonical name and aliases, compared folded (case, accents, punctuation, "&"/"and",
"City of", "County", "Council"). Prints every authority on either side that does not
join, and why, then writes the table.

  scripts/import_la_lookup.py [--lookup CSV] [--out corpus/la_codes.tsv]
"""
import argparse
import csv
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = s.replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    s = re.sub(r"\b(city of|county of|council|county|the|royal borough of|london borough of)\b",
               " ", s)
    return " ".join(s.split())


def gazetteer():
    rows = []
    for line in open(os.path.join(ROOT, "corpus", "authorities.tsv"), encoding="utf-8"):
        if line.startswith("#") or line.startswith("name\t"):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3:
            continue
        names = [parts[0]] + [a for a in (parts[3] if len(parts) > 3 else "").split("|") if a]
        rows.append((parts[0], {fold(n) for n in names}))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lookup", default=os.path.join(ROOT, "..", "shared", "reference", "la-lookup.csv"))
    ap.add_argument("--out", default=os.path.join(ROOT, "corpus", "la_codes.tsv"))
    args = ap.parse_args()
    authorities = gazetteer()
    joined, unjoined_lookup = {}, []
    for row in csv.DictReader(open(args.lookup, encoding="utf-8")):
        keys = {fold(row[k]) for k in ("local_authority_ons_name", "also_known_as",
                                       "ofsted_ilacs_scrape_la_name", "utla23nm") if row.get(k)}
        match = [name for name, folded in authorities if folded & keys]
        if len(match) != 1:
            unjoined_lookup.append((row["local_authority_ons_name"], match))
            continue
        if match[0] in joined:
            unjoined_lookup.append((row["local_authority_ons_name"], ["duplicate of " + match[0]]))
            continue
        neighbours = [n.strip() for n in row["stat_neighbours"].split(",") if n.strip()]
        joined[match[0]] = (row["la_code"], row["la_code_new"], "|".join(neighbours),
                            row["ons_population_0-25"], row["ons_la_type"])
    for name, match in unjoined_lookup:
        print(f"lookup row not joined: {name} (gazetteer matches: {match or 'none'})")
    missing = [name for name, _ in authorities if name not in joined]
    for name in missing:
        print(f"gazetteer authority without codes: {name}")
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# DfE and ONS codes, statistical neighbours and population of each authority of\n"
                  "# authorities.tsv, from ../shared/reference/la-lookup.csv (JT-39/ofsted-ilacs-scrape-tool,\n"
                  "# MIT; DfE statistical neighbours and ONS codes, OGL v3.0), joined by name by\n"
                  "# scripts/import_la_lookup.py. name: the gazetteer's canonical name; la_code: DfE LA\n"
                  "# number; ons_code; neighbours: the ten statistical neighbours as DfE LA numbers,\n"
                  "# closest first, '|'-separated; population_0_25 (ONS); la_type. Not in the\n"
                  "# lookup, so without a row: " + ", ".join(missing) + ".\n")
        out.write("name\tla_code\tons_code\tneighbours\tpopulation_0_25\tla_type\n")
        for name, _ in authorities:
            if name in joined:
                out.write(name + "\t" + "\t".join(joined[name]) + "\n")
    print(f"{len(joined)} of {len(authorities)} gazetteer authorities joined; "
          f"{len(unjoined_lookup)} lookup rows not joined; wrote {args.out}")
    return 0 if not unjoined_lookup else 1


if __name__ == "__main__":
    sys.exit(main())
