#!/usr/bin/env python3
"""Opens hague's report in headless Chromium, in each language, and checks what a reader sees.

For every language: `hague report --lang L` writes the report; Chromium (Debian's `chromium`, or
$HAGUE_BROWSER) loads it through the DevTools protocol over a pipe (--remote-debugging-pipe, no
extra packages); the test fails on any console error, exception or failed load, and unless every
chart kind is in the page, drawn with a size. It saves a full-page screenshot per language as an
artifact: ARTIFACTS/report.L.png.

Usage: report_in_browser.py HAGUE_BINARY ARTIFACT_DIR
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile

LANGUAGES = ["en", "nl", "de", "fr", "es", "pt"]
CHARTS = ["shares", "map", "gap", "trend", "burden", "fan"]
TIMEOUT = 60


class Browser:
    """Chromium driven through the DevTools protocol on fds 3 (commands) and 4 (replies)."""

    def __init__(self, binary, profile):
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def wire():
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        self.proc = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--disable-background-networking", "--disable-extensions", "--no-first-run",
             "--no-default-browser-check", "--hide-scrollbars", "--mute-audio",
             "--user-data-dir=" + profile, "--remote-debugging-pipe", "about:blank"],
            # preexec_fn runs before the child closes the descriptors it does not keep, so 3 and
            # 4 must be among those kept.
            pass_fds=(3, 4, to_child_r, from_child_w), preexec_fn=wire,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def _read_message(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read_message()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method, session):
        for i, e in enumerate(self.events):
            if e.get("method") == method and e.get("sessionId") == session:
                return self.events.pop(i)
        while True:
            e = self._read_message()
            if e.get("method") == method and e.get("sessionId") == session:
                return e
            self.events.append(e)

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def problems_in(events, session):
    """Console errors, exceptions and failed loads among the events of one page."""
    found = []
    for e in events:
        if e.get("sessionId") != session:
            continue
        method, p = e.get("method"), e.get("params", {})
        if method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            found.append("console: " + " ".join(str(a.get("value", a.get("description")))
                                                for a in p.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            found.append("exception: " + p["exceptionDetails"].get("text", ""))
        elif method == "Log.entryAdded" and p["entry"].get("level") == "error":
            found.append("log: " + p["entry"].get("text", ""))
        elif method == "Network.loadingFailed":
            found.append("failed load: " + p.get("errorText", ""))
    return found


CHECK = """(() => {
  const charts = [...document.querySelectorAll('svg.hague-chart')].map(s => {
    const r = s.getBoundingClientRect();
    return {kind: s.dataset.chart, width: r.width, height: r.height,
            marks: s.querySelectorAll('rect, path, circle').length};
  });
  return JSON.stringify({lang: document.documentElement.lang, title: document.title,
                         charts, height: document.documentElement.scrollHeight,
                         external: document.querySelectorAll('script, link, img, iframe').length});
})()"""


def check_language(browser, hague, lang, workdir, artifacts):
    html = os.path.join(workdir, f"report.{lang}.html")
    env = dict(os.environ, HAGUE_DB=os.path.join(workdir, "hague.db"))
    run = subprocess.run([hague, "report", "--lang", lang, "--paths", "2000", "-o", html],
                         env=env, capture_output=True, text=True, timeout=TIMEOUT)
    if run.returncode != 0:
        return [f"hague report --lang {lang} failed ({run.returncode}): {run.stderr.strip()}"]

    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget",
                           {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.call(domain + ".enable", session=session)
    browser.call("Emulation.setDeviceMetricsOverride",
                 {"width": 900, "height": 1200, "deviceScaleFactor": 1, "mobile": False},
                 session=session)
    browser.call("Page.navigate", {"url": "file://" + html}, session=session)
    browser.wait_for("Page.loadEventFired", session)
    page = json.loads(browser.call("Runtime.evaluate", {"expression": CHECK, "returnByValue": True},
                                   session=session)["result"]["value"])

    failures = [f"{lang}: {p}" for p in problems_in(browser.events, session)]
    if page["lang"] != lang:
        failures.append(f"{lang}: <html lang> is '{page['lang']}'")
    if page["external"]:
        failures.append(f"{lang}: {page['external']} script/link/img/iframe elements")
    drawn = {c["kind"] for c in page["charts"] if c["width"] > 300 and c["height"] > 200
             and c["marks"] > 10}
    for kind in CHARTS:
        if kind not in drawn:
            failures.append(f"{lang}: chart '{kind}' missing or not drawn ({page['charts']})")

    browser.call("Emulation.setDeviceMetricsOverride",
                 {"width": 900, "height": int(page["height"]), "deviceScaleFactor": 1,
                  "mobile": False}, session=session)
    shot = browser.call("Page.captureScreenshot", {"format": "png"}, session=session)
    path = os.path.join(artifacts, f"report.{lang}.png")
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    pdf = browser.call("Page.printToPDF", {"preferCSSPageSize": True}, session=session)
    pdf_path = os.path.join(artifacts, f"report.{lang}.pdf")
    with open(pdf_path, "wb") as f:
        f.write(base64.b64decode(pdf["data"]))
    browser.call("Target.closeTarget", {"targetId": target})
    print(f"{lang}: {len(page['charts'])} charts, page {page['height']} px high, "
          f"screenshot {path}", flush=True)
    return failures


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    hague, artifacts = sys.argv[1], sys.argv[2]
    binary = os.environ.get("HAGUE_BROWSER") or shutil.which("chromium") or \
        shutil.which("chromium-browser")
    if not binary:
        print("no Chromium: install Debian's chromium (scripts/install-deps) or set HAGUE_BROWSER",
              file=sys.stderr)
        return 1
    os.makedirs(artifacts, exist_ok=True)
    failures = []
    with tempfile.TemporaryDirectory() as work:
        browser = Browser(binary, os.path.join(work, "profile"))
        try:
            for lang in LANGUAGES:
                failures += check_language(browser, hague, lang, work, artifacts)
        finally:
            browser.close()
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
