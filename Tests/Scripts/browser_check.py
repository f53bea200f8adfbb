#!/usr/bin/env python3
"""Browser checks of a built site in headless Chromium (Selenium, offline), opened from disk (file://).

usage: browser_check.py SITE_DIR PAGE [PAGE ...]
  - each PAGE (a path inside SITE_DIR) at 390 px must not scroll sideways;
  - the search page must find "Pichindé" from "pichinde" and "Comuna 6" from "comuna 6".
Prints one PASS/FAIL line per check; exit 1 if any failed.
"""
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

CHROMIUM = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")


def driver(width):
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--no-first-run", f"--window-size={width},844"):
        opts.add_argument(a)
    drv = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                        {"width": width, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    return drv


def wait_loaded(drv):
    for _ in range(50):
        if drv.execute_script("return document.readyState") == "complete":
            return
        time.sleep(0.1)


def main():
    site = Path(sys.argv[1]).resolve()
    pages = sys.argv[2:]
    failed = False
    drv = driver(390)
    try:
        for page in pages:
            drv.get((site / page).as_uri())
            wait_loaded(drv)
            scroll, client = drv.execute_script(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            ok = scroll <= client
            failed |= not ok
            print(f"{'PASS' if ok else 'FAIL'}  no sideways scroll at 390 px: {page} (scrollWidth {scroll}, clientWidth {client})")
        for query, expected in (("pichinde", "Pichindé"), ("comuna 6", "Comuna 6")):
            drv.get((site / "buscar" / "index.html").as_uri())
            wait_loaded(drv)
            box = drv.find_element(By.ID, "q")
            box.clear()
            box.send_keys(query)
            drv.find_element(By.CSS_SELECTOR, "form.busqueda button").click()
            time.sleep(0.3)
            links = drv.find_elements(By.CSS_SELECTOR, "#resultados a")
            titles = [a.text for a in links]
            target = next((a for a in links if a.text == expected), None)
            ok = target is not None
            if ok:
                href = target.get_attribute("href")
                ok = href.startswith("file://") and Path(href[len("file://"):].split("?")[0]).exists()
            failed |= not ok
            print(f"{'PASS' if ok else 'FAIL'}  search from file:// \"{query}\" finds {expected} "
                  f"(first results: {titles[:5]})")
    finally:
        drv.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
