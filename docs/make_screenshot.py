"""Regenerate docs/report.png: the HTML report over sample_gigs/, as a browser shows it.

    python docs/make_screenshot.py      (needs Debian's chromium and `playwright`)
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main(out: Path = ROOT / "docs" / "report.png") -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        subprocess.run(
            [sys.executable, "-m", "gigcheck", "check", "--format", "html", "-o", str(report), "sample_gigs"],
            cwd=ROOT, check=False,  # exit code 1 just means findings
        )
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 1400}, device_scale_factor=1,
                                    color_scheme="light")
            page.goto(report.as_uri())
            page.screenshot(path=str(out), type="png")
            browser.close()
    print(f"{out} ({out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
