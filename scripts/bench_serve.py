#!/usr/bin/env python3
"""Measures how long `sitegen serve` takes to show a change (used by scripts/bench.sh).

Starts `sitegen serve` on a copy of a content folder, then, several times each, changes one
Markdown page and one Cuadro 1S row and measures, from the moment the file is saved:
- `event`: until the server tells open tabs to reload (the long-poll `/__sitegen/events` answers);
- `visible`: until the page served over HTTP shows the change (what the reloaded tab gets).
Prints one JSON object with the samples and medians in milliseconds. Python stdlib only.

Usage: bench_serve.py SITEGEN CONTENT_DIR WORK_DIR [--port N] [--runs N]
"""

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request


def get(url, timeout=30):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode("utf-8")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sitegen")
    parser.add_argument("content")
    parser.add_argument("work")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    port = args.port or free_port()
    content = os.path.join(args.work, "content")
    output = os.path.join(args.work, "output")
    shutil.rmtree(args.work, ignore_errors=True)
    shutil.copytree(args.content, content)
    theme = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "themes", "default")
    server = subprocess.Popen([args.sitegen, "serve", "--content", content, "--output", output, "--theme", theme,
                               "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = "http://127.0.0.1:%d" % port
    try:
        for line in server.stdout:
            if "http://127.0.0.1" in line:
                break
        else:
            sys.exit("bench_serve: sitegen serve did not start")
        # Keep reading the server's output so its pipe never fills.
        import threading
        threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
        version = json.loads(get(base + "/__sitegen/events?since=-1"))["version"]

        pages = sorted(os.listdir(os.path.join(content, "paginas")))
        page = os.path.join(content, "paginas", pages[0])
        page_url = base + "/paginas/%s/" % pages[0][:-3]
        csv_path = os.path.join(content, "informes-1s", sorted(os.listdir(os.path.join(content, "informes-1s")))[0])
        results = {"markdown": {"event": [], "visible": []}, "csv": {"event": [], "visible": []}}

        def settle():
            """Waits until no rebuild has come for 300 ms, so each change is measured alone."""
            nonlocal version
            while True:
                answer = json.loads(get(base + "/__sitegen/events?since=%d&wait=0.3" % version))
                if answer["version"] == version:
                    return
                version = answer["version"]

        def measure(kind, change, check_url, marker):
            nonlocal version
            settle()
            started = time.monotonic()
            change()
            answer = json.loads(get(base + "/__sitegen/events?since=%d" % version))
            event = time.monotonic()
            if answer["version"] <= version:
                raise SystemExit("bench_serve: no rebuild after the %s change (%r)" % (kind, answer))
            version = answer["version"]
            while marker not in get(check_url):
                if time.monotonic() - started > 10:
                    raise SystemExit("bench_serve: change not visible at %s" % check_url)
                time.sleep(0.005)
            visible = time.monotonic()
            results[kind]["event"].append(round((event - started) * 1000, 1))
            results[kind]["visible"].append(round((visible - started) * 1000, 1))

        for run in range(args.runs):
            marker = "Cambio de prueba número %d" % run

            def change_page():
                with open(page, "a", encoding="utf-8") as f:
                    f.write("\n\n%s.\n" % marker)
            measure("markdown", change_page, page_url, marker)

            # One Cuadro 1S row: the first data row's modified budget gets a new value.
            with open(csv_path, encoding="utf-8", newline="") as f:
                text = f.read()
            import csv as csvmodule
            import io
            rows = list(csvmodule.reader(io.StringIO(text)))
            header = rows[0]
            modified = header.index("Presupuesto Modificado")
            bp = header.index("Cód BP")
            row = rows[1]
            old = row[modified]
            new = str(1_000_000_000 + run)
            row[modified] = new
            out = io.StringIO()
            csvmodule.writer(out, lineterminator="\n").writerows(rows)
            pesos = "{:,}".format(int(new)).replace(",", ".")

            def change_csv():
                # Saved beside the content folder and moved in, as editors save.
                tmp = os.path.join(args.work, "cambio.csv.tmp")
                with open(tmp, "w", encoding="utf-8", newline="") as f:
                    f.write(out.getvalue())
                os.replace(tmp, csv_path)
            measure("csv", change_csv, base + "/proyectos/%s/" % row[bp], pesos)
            time.sleep(0.2)

        summary = {kind: {name: {"median_ms": statistics.median(values), "max_ms": max(values), "samples": values}
                          for name, values in measures.items()} for kind, measures in results.items()}
        print(json.dumps(summary))
    finally:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
