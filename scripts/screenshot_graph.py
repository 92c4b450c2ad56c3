"""Screenshot an HTML map in headless Chromium (the README's docs/sample-graph.png).

    kg build && python scripts/screenshot_graph.py output/graph.html docs/sample-graph.png

Uses Debian's /usr/bin/chromium through Playwright (no browser download) with
the network blocked; waits until the layout has settled.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def screenshot(page_file: Path, image: Path, width: int = 1400, height: int = 860) -> Path:
    """Open ``page_file`` offline, wait for the layout to settle, and save a PNG of the window."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:")) else route.abort())
            page.goto(page_file.resolve().as_uri())
            page.wait_for_selector("body[data-kg-ready=true]", timeout=60_000)
            page.evaluate("window.kgNetwork.fit()")
            page.wait_for_timeout(300)
            image.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(image))
        finally:
            browser.close()
    return image


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(screenshot(Path(sys.argv[1]), Path(sys.argv[2])))
