#!/usr/bin/env python3
"""Check that every size and SHA-256 a built site states matches the file it describes.

usage: check_hashes.py SITE
Looks at: `bytes`/`hash` of every resource in every datapackage.json; `dcat:byteSize` and
`spdx:checksumValue` of every distribution in datos/catalog.jsonld; the SHA-256 shown next to each
download link in the HTML pages; `contentSize` of each DataDownload in the pages' JSON-LD.
Hashes are computed here with hashlib, independently of sitegen. Exit 1 on any mismatch or when
nothing was checked.
"""
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urljoin

problems = []
checked = {"datapackage": 0, "dcat": 0, "html-sha256": 0, "jsonld-size": 0}


def facts(path):
    data = path.read_bytes()
    return len(data), hashlib.sha256(data).hexdigest()


def expect(kind, where, path, size=None, sha=None):
    if not path.is_file():
        problems.append(f"{where}: {path} does not exist")
        return
    real_size, real_sha = facts(path)
    if size is not None and int(size) != real_size:
        problems.append(f"{where}: {path} states {size} bytes, file has {real_size}")
    if sha is not None and sha.lower() != real_sha:
        problems.append(f"{where}: {path} states sha256 {sha}, file has {real_sha}")
    checked[kind] += 1


def main():
    site = Path(sys.argv[1]).resolve()
    for package in sorted(site.rglob("datapackage.json")):
        for r in json.loads(package.read_text(encoding="utf-8"))["resources"]:
            if "path" not in r:
                continue
            h = r.get("hash", "")
            if not h.startswith("sha256:") or "bytes" not in r:
                problems.append(f"{package}: resource {r['name']} lacks bytes or a sha256 hash")
                continue
            expect("datapackage", package, package.parent / r["path"], r["bytes"], h[len("sha256:"):])

    catalog = site / "datos" / "catalog.jsonld"
    if catalog.is_file():
        graph = {n["@id"]: n for n in json.loads(catalog.read_text(encoding="utf-8"))["@graph"]}
        base = next(n["foaf:homepage"][0]["@id"] for n in graph.values() if "http://www.w3.org/ns/dcat#Catalog" in n.get("@type", []))
        for node in graph.values():
            if "dcat:downloadURL" not in node:
                continue
            url = node["dcat:downloadURL"][0]["@id"]
            size = node["dcat:byteSize"][0]["@value"]
            sha = graph[node["spdx:checksum"][0]["@id"]]["spdx:checksumValue"][0]["@value"]
            if not url.startswith(base):
                problems.append(f"{catalog}: {url} is outside {base}")
                continue
            expect("dcat", catalog, site / url[len(base):], size, sha)

    link = re.compile(r'href="([^"#]+)"[^>]*>[^<]*</a>[^<]*(?:<span class="hash">SHA-256 )?<code[^>]*>([0-9a-f]{64})</code>')
    script = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        for href, sha in link.findall(text):
            expect("html-sha256", page, Path(urljoin(page.as_uri(), href).removeprefix("file://")), sha=sha)
        for block in script.findall(text):
            doc = json.loads(block)
            for d in doc.get("distribution", []) if isinstance(doc, dict) else []:
                if "contentSize" in d:
                    url = d["contentUrl"]
                    if "://" in url:  # absolute: relative to the catalog's base (its URL less "datos/")
                        base = doc["includedInDataCatalog"]["url"].removesuffix("datos/")
                        target = site / url[len(base):]
                    else:
                        target = Path(urljoin(page.as_uri(), url).removeprefix("file://"))
                    expect("jsonld-size", page, target, size=d["contentSize"].removesuffix(" B"))

    for p in problems[:40]:
        print(f"ERROR {p}")
    print("== checked " + ", ".join(f"{v} {k}" for k, v in checked.items()) + f"; {len(problems)} problem(s)")
    return 1 if problems or min(checked["datapackage"], checked["html-sha256"]) == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
