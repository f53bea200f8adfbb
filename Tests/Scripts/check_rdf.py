#!/usr/bin/env python3
"""Parse catalog.ttl and catalog.jsonld with rdflib and check that they state the same graph.

usage: check_rdf.py catalog.ttl catalog.jsonld
Exit 1 when either does not parse, is empty, or the graphs are not isomorphic.
"""
import sys

import rdflib
from rdflib.compare import isomorphic, graph_diff, to_isomorphic


def main():
    ttl, jsonld = sys.argv[1], sys.argv[2]
    a = rdflib.Graph().parse(ttl, format="turtle")
    b = rdflib.Graph().parse(jsonld, format="json-ld")
    print(f"{ttl}: {len(a)} triples; {jsonld}: {len(b)} triples")
    if len(a) == 0:
        print("ERROR empty graph")
        return 1
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        for t in list(only_a)[:10]:
            print(f"ONLY IN TURTLE {t}")
        for t in list(only_b)[:10]:
            print(f"ONLY IN JSON-LD {t}")
        print("ERROR graphs differ")
        return 1
    print("== isomorphic")
    return 0


if __name__ == "__main__":
    sys.exit(main())
