#!/usr/bin/env python3
"""Lists a built site's folders and files top-down for bench/floor.c (stdlib only).

Usage: manifest.py SITE_FOLDER > MANIFEST   ("d PATH" per folder, "f SIZE PATH" per file)
"""

import os
import sys

root = sys.argv[1]
lines = []
for folder, folders, files in os.walk(root):
    folders.sort()
    relative = os.path.relpath(folder, root)
    if relative != ".":
        lines.append("d " + relative)
    for name in sorted(files):
        path = os.path.join(folder, name)
        lines.append("f %d %s" % (os.path.getsize(path), os.path.normpath(os.path.join(relative, name))))
sys.stdout.write("\n".join(lines) + "\n")
