#!/usr/bin/env python3
"""Validate every datapackage.json below a built site with frictionless (the same validator as
`frictionless validate datapackage.json`, run from the package's own folder).

usage: validate_datapackages.py SITE
Prints one line per package and a closing count; exit 1 when any package is invalid or none found.
"""
import os
import sys
from pathlib import Path

from frictionless import validate


def main():
    site = Path(sys.argv[1]).resolve()
    packages = sorted(site.rglob("datapackage.json"))
    if not packages:
        print(f"no datapackage.json below {site}")
        return 1
    failed = 0
    for package in packages:
        os.chdir(package.parent)
        report = validate("datapackage.json")
        if report.valid:
            print(f"VALID {package.relative_to(site)}")
        else:
            failed += 1
            print(f"INVALID {package.relative_to(site)}")
            for task in report.tasks:
                for error in task.errors[:10]:
                    print(f"  {task.name}: {error.type}: {error.message}")
            for error in report.errors[:10]:
                print(f"  package: {error.type}: {error.message}")
    print(f"== {len(packages)} data package(s), {failed} invalid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
