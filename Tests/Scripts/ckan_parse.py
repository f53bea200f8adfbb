#!/usr/bin/env python3
"""Parse a DCAT catalog with ckanext-dcat's RDFParser, as a CKAN portal's harvester does, and count
what a CKAN import would lose.

usage: ckan_parse.py CATALOG.ttl|CATALOG.jsonld [PROFILE ...]   (default: euro_dcat_ap_3 euro_dcat_ap_2)

Runs in the ckan venv made by scripts/install-test-tools.sh (ckan 2.11 + ckanext-dcat 2.4, no
database: the parser only needs CKAN's configuration defaults and its licence register). Per profile
prints one line of figures:
  PROFILE datasets=N resources=N license_id=N spatial=N version=N issued=N modified=N invalid_tags=N
where each count is of datasets with a non-empty value, and invalid_tags counts tags that fail
CKAN's tag validator (ckan/logic/validators.py: 2-100 characters, only letters, digits, spaces and
- _ .). Then the first invalid tags and empty fields, if any. Exit 1 when a dataset misses a field
or a tag is invalid.
"""
import json, re, sys

from ckan.common import config
from ckan.config.declaration import Declaration

decl = Declaration()
decl.make_safe(config)
decl.normalize(config)
config["ckan.site_url"] = config.get("ckan.site_url") or "http://localhost"

from ckanext.dcat.processors import RDFParser  # noqa: E402

TAG = re.compile(r"^[\w \-.]*$", re.UNICODE)
FIELDS = ["license_id", "spatial", "version", "issued", "modified"]


def tag_ok(name):
    return 2 <= len(name) <= 100 and TAG.match(name) is not None


def extra(dataset, key):
    for e in dataset.get("extras", []):
        if e.get("key") == key:
            return e.get("value")
    return None


path = sys.argv[1]
profiles = sys.argv[2:] or ["euro_dcat_ap_3", "euro_dcat_ap_2"]
fmt = "json-ld" if path.endswith((".jsonld", ".json")) else "turtle"
with open(path, "rb") as f:
    data = f.read()
failed = False
for profile in profiles:
    parser = RDFParser(profiles=[profile])
    parser.parse(data, _format=fmt)
    datasets = list(parser.datasets())
    counts = {k: 0 for k in FIELDS}
    missing = {k: [] for k in FIELDS}
    bad_tags = []
    resources = 0
    for d in datasets:
        resources += len(d.get("resources", []))
        for k in FIELDS:
            value = d.get(k) or extra(d, k)
            if value:
                counts[k] += 1
            else:
                missing[k].append(d.get("title", "?"))
        for t in d.get("tags", []):
            if not tag_ok(t.get("name", "")):
                bad_tags.append(t.get("name"))
    figures = " ".join(f"{k}={counts[k]}" for k in FIELDS)
    print(f"{profile} datasets={len(datasets)} resources={resources} {figures} invalid_tags={len(bad_tags)}")
    for k in FIELDS:
        if missing[k]:
            failed = True
            print(f"  {k} empty in {len(missing[k])}: {missing[k][:3]}")
    if bad_tags:
        failed = True
        print(f"  invalid tags: {sorted(set(bad_tags))[:5]}")
    if not datasets:
        failed = True
    if profile == profiles[0] and datasets:
        sample = datasets[0]
        print("  sample: " + json.dumps({k: sample.get(k) or extra(sample, k) for k in FIELDS}, ensure_ascii=False)[:400])
sys.exit(1 if failed else 0)
