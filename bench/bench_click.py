"""Click to chart: from a click on « Treemap » in the sidebar to the treemap's tiles drawn in Chromium, on the
sample budget (1,613 rows), beside the server-side time of the same page's script (run in-process by AppTest).

Run: python bench/bench_click.py [--runs 7] [--port 8531]. Needs Debian's chromium (tools/setup_tests.sh).
Starts `streamlit run app.py` on 127.0.0.1:PORT, opens the home page (the sample budget), goes to Vérifier,
then times each click on « Treemap » until `.treemaplayer path` (plotly's SVG tiles) exist; goes back to
Vérifier between runs. The first click is cold (the server's caches are empty for this file); the next ones
are the ones a user makes again and again. The server's CPU time (user+sys of the streamlit process, from
/proc) is read around the clicks. Prints a markdown table and the load average.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CHROMIUM = "/usr/bin/chromium"
TILES = ".js-plotly-plot .treemaplayer path"


def cpu_seconds(pid: int) -> float:
    """User+sys CPU seconds of a process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_server(port: int) -> subprocess.Popen:
    """`streamlit run app.py` on the loopback, once healthy."""
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
                             "--server.port", str(port), "--server.address", "127.0.0.1"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2)
            return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("streamlit n'a pas démarré en 120 s")


def idle(page) -> None:
    """Wait until the script run is over (Streamlit's running indicator gone)."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=120_000)


def click_to_chart(page) -> float:
    """Seconds from the click on « Treemap » to the tiles drawn."""
    link = page.locator('[data-testid="stSidebarNavLink"]', has_text="Treemap").first
    start = time.perf_counter()
    link.click()
    page.locator(TILES).first.wait_for(state="attached", timeout=120_000)
    return time.perf_counter() - start


def clicks(browser, port: int, runs: int, pid: int) -> tuple[list[float], list[float]]:
    """In a new browser context (empty HTTP cache): seconds of each click, and the server's CPU seconds for each."""
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(f"http://127.0.0.1:{port}/")
    page.get_by_text("budget_primitif_2025.csv").first.wait_for(timeout=120_000)
    times, cpu = [], []
    for _ in range(runs):
        page.locator('[data-testid="stSidebarNavLink"]', has_text="Vérifier").first.click()
        page.get_by_text("Zéros initiaux perdus").first.wait_for(timeout=120_000)
        idle(page)
        before = cpu_seconds(pid)
        times.append(click_to_chart(page))
        idle(page)
        cpu.append(cpu_seconds(pid) - before)
    page.context.close()
    return times, cpu


def browser_runs(port: int, runs: int, pid: int) -> tuple[list[float], list[float], float]:
    """Seconds of each click (the first one cold), the server's CPU seconds for each, and the first click of a
    second browser (server caches warm, plotly.js loaded again by the browser)."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        times, cpu = clicks(browser, port, runs + 1, pid)
        fresh, _ = clicks(browser, port, 1, pid)
        browser.close()
    return times, cpu, fresh[0]


def script_runs(runs: int) -> tuple[float, list[float], list[float]]:
    """The treemap page's script in-process (AppTest): first run (opens the sample), runs with the chart caches
    cleared (a first visit for this file), runs with warm caches (a visit again)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(str(ROOT / "pages" / "treemap.py"), default_timeout=120)
    start = time.perf_counter()
    at.run()
    first = time.perf_counter() - start
    assert not at.exception and at.get("plotly_chart"), "la page Treemap n'a pas dessiné le graphique"
    cold, warm = [], []
    for _ in range(runs):
        st.cache_resource.clear()
        st.cache_data.clear()
        del at.session_state["tm_for"]
        start = time.perf_counter()
        at.run()
        cold.append(time.perf_counter() - start)
    for _ in range(runs):
        start = time.perf_counter()
        at.run()
        warm.append(time.perf_counter() - start)
    return first, cold, warm


def row(name: str, values: list[float]) -> str:
    return (f"| {name} | {len(values)} | {statistics.median(values):.2f} | {min(values):.2f} | "
            f"{max(values):.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--port", type=int, default=8531)
    args = parser.parse_args()
    load_before = os.getloadavg()
    proc = start_server(args.port)
    try:
        times, cpu, fresh = browser_runs(args.port, args.runs, proc.pid)
    finally:
        proc.terminate()
        proc.wait(20)
    first, cold, warm = script_runs(args.runs)
    load_after = os.getloadavg()
    print(f"Sample budget (sample_data/budget_primitif_2025.csv, 1,613 rows), {os.cpu_count()} cores; "
          f"load average before {load_before[0]:.2f} {load_before[1]:.2f}, after {load_after[0]:.2f} "
          f"{load_after[1]:.2f} (1 and 5 min)\n")
    print("| measure | runs | median (s) | min (s) | max (s) |\n|---|---:|---:|---:|---:|")
    print(row("browser: click « Treemap » → tiles drawn, first time (server caches cold)", times[:1]))
    print(row("browser: click « Treemap » → tiles drawn, again", times[1:]))
    print(row("browser: first click of a new browser (server warm, plotly.js loaded again)", [fresh]))
    print(row("server CPU (user+sys) of the first click, streamlit process", cpu[:1]))
    print(row("server CPU (user+sys) of the next clicks, streamlit process", cpu[1:]))
    print(row("server: treemap page script, first run (opens the sample)", [first]))
    print(row("server: treemap page script, chart caches cleared", cold))
    print(row("server: treemap page script, caches warm", warm))
    target = statistics.median(times[1:])
    print(f"\nTarget: a click draws the chart in under 2 s: {'met' if target < 2 else 'NOT met'} "
          f"(median {target:.2f} s; first click {times[0]:.2f} s). Wall times need a quiet machine.")


if __name__ == "__main__":
    main()
