"""Contact detection side by side: gigcheck vs scrubadub, commonregex, presidio's pattern
recognizers and phonenumbers' matcher, over the same labeled cases.

    python benchmarks/bench_contact.py [--cases tests/data/contact_cases.jsonl] [--install-peers]

Peers run in their own virtual environment (benchmarks/out/peers-venv, made by
--install-peers) so that they never touch gigcheck's dependencies; a peer that is not
installed is skipped. For each tool and label it prints precision, recall and the
throughput over all cases. Peers have no notion of invitations or off-platform payment:
those labels are reported for gigcheck only. A case counts as positive for a label when
its `labels` list it; a tool predicts a label when it reports at least one entity of that
kind anywhere in the case.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
PEERS_VENV = OUT / "peers-venv"
PEER_PACKAGES = ["scrubadub", "commonregex", "presidio-analyzer", "phonenumbers"]
LABELS = ["contact-email", "contact-phone", "contact-handle", "contact-invitation", "payment-off-platform"]

# Runs inside the peers' venv: reads cases on stdin, prints {"tool": [[labels...] per case], "seconds": {...}}.
PEER_ADAPTER = r'''
import json, sys, time
cases = json.load(sys.stdin)
out, secs = {}, {}

def run(name, fn):
    try:
        fn("warm up bob@example.com +1 415 555 0132")
    except Exception as exc:
        print(f"{name}: unavailable ({type(exc).__name__}: {exc})", file=sys.stderr)
        return
    t = time.perf_counter()
    out[name] = [sorted(fn(c)) for c in cases]
    secs[name] = time.perf_counter() - t

try:
    import scrubadub, scrubadub.detectors as D
    kinds = {"contact-email": D.EmailDetector, "contact-phone": D.PhoneDetector,
             "contact-handle": D.TwitterDetector}
    scrubbers = {}
    for label, det in kinds.items():
        s = scrubadub.Scrubber(detector_list=[det])
        scrubbers[label] = s
    try:
        sk = scrubadub.Scrubber(detector_list=[D.SkypeDetector])
        scrubbers["contact-handle-skype"] = sk
    except Exception:
        pass
    def scrub(text):
        found = set()
        for label, s in scrubbers.items():
            if any(True for _ in s.iter_filth(text)):
                found.add(label.replace("-skype", ""))
        return found
    run("scrubadub", scrub)
except ImportError:
    pass

try:
    from commonregex import CommonRegex
    def common(text):
        c = CommonRegex(text)
        found = set()
        if c.emails: found.add("contact-email")
        if c.phones: found.add("contact-phone")
        return found
    run("commonregex", common)
except ImportError:
    pass

try:
    from presidio_analyzer.predefined_recognizers import EmailRecognizer, PhoneRecognizer
    email_r, phone_r = EmailRecognizer(), PhoneRecognizer()
    def presidio(text):
        found = set()
        if email_r.analyze(text, ["EMAIL_ADDRESS"], None): found.add("contact-email")
        if phone_r.analyze(text, ["PHONE_NUMBER"], None): found.add("contact-phone")
        return found
    run("presidio (patterns)", presidio)
except ImportError:
    pass

try:
    import phonenumbers
    def pn(text):
        for region in ("US", "GB", "IN", "DE"):
            if any(True for _ in phonenumbers.PhoneNumberMatcher(text, region)):
                return {"contact-phone"}
        return set()
    run("phonenumbers matcher", pn)
except ImportError:
    pass

json.dump({"predictions": out, "seconds": secs}, sys.stdout)
'''


def install_peers() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    if not (PEERS_VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], check=True)
    subprocess.run([str(PEERS_VENV / "bin" / "pip"), "install", "-q", *PEER_PACKAGES], check=True)


def gigcheck_predictions(cases: list[dict]) -> tuple[list[set], float]:
    from gigcheck import lint_text
    from gigcheck.policy.config import load_config
    from gigcheck.records import Severity

    rule_label = {
        "contact-email": "contact-email",
        "contact-phone": "contact-phone",
        "contact-handle": "contact-handle",
        "contact-invitation": "contact-invitation",
        "payment-off-platform": "payment-off-platform",
        "payment-details": "payment-off-platform",
    }
    cfg = load_config(discover=False, select=["contact", "payment"])
    lint_text("warm up bob@example.com", config=cfg)
    t = time.perf_counter()
    preds = [
        {rule_label[f.name] for f in lint_text(c["text"], config=cfg)
         if f.name in rule_label and f.severity >= Severity.WARNING}
        for c in cases
    ]
    return preds, time.perf_counter() - t


def peer_predictions(cases: list[dict]) -> tuple[dict[str, list[set]], dict[str, float]]:
    python = PEERS_VENV / "bin" / "python"
    if not python.exists():
        print("(peers not installed: run with --install-peers to compare)", file=sys.stderr)
        return {}, {}
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(PEER_ADAPTER)
    proc = subprocess.run(
        [str(python), fh.name], input=json.dumps([c["text"] for c in cases]), capture_output=True, text=True
    )
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return {}, {}
    for line in proc.stderr.splitlines():
        if "unavailable" in line:
            print(line, file=sys.stderr)
    data = json.loads(proc.stdout)
    return {k: [set(p) for p in v] for k, v in data["predictions"].items()}, data["seconds"]


def score(cases: list[dict], preds: list[set], label: str) -> tuple[float, float]:
    c = Counter()
    for case, got in zip(cases, preds, strict=True):  # one prediction per case, from every tool
        want = label in case["labels"]
        have = label in got
        c[(want, have)] += 1
    tp, fp, fn = c[(True, True)], c[(False, True)], c[(True, False)]
    return (tp / (tp + fp) if tp + fp else float("nan"), tp / (tp + fn) if tp + fn else float("nan"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", default=str(ROOT / "tests" / "data" / "contact_cases.jsonl"))
    ap.add_argument("--install-peers", action="store_true")
    args = ap.parse_args()
    if args.install_peers:
        install_peers()
    cases = [json.loads(line) for line in Path(args.cases).read_text(encoding="utf-8").splitlines() if line.strip()]
    tools: dict[str, list[set]] = {}
    seconds: dict[str, float] = {}
    tools["gigcheck"], seconds["gigcheck"] = gigcheck_predictions(cases)
    peers, peer_secs = peer_predictions(cases)
    tools.update(peers)
    seconds.update(peer_secs)

    print(f"{len(cases)} labeled cases from {args.cases}\n")
    head = f"{'tool':22}" + "".join(f"{lab.replace('contact-', '').replace('-off-platform', ''):>18}" for lab in LABELS)
    print(head + f"{'cases/s':>10}")
    print(f"{'':22}" + "".join(f"{'P / R':>18}" for _ in LABELS))
    for tool, preds in tools.items():
        cells = []
        for label in LABELS:
            gigcheck_only = label in ("contact-invitation", "payment-off-platform")  # no peer has them
            if tool != "gigcheck" and gigcheck_only and not any(label in p for p in preds):
                cells.append(f"{'—':>18}")
                continue
            p, r = score(cases, preds, label)
            cells.append(f"{p:>9.3f} / {r:.3f}")
        rate = len(cases) / seconds[tool] if seconds.get(tool) else float("nan")
        print(f"{tool:22}" + "".join(cells) + f"{rate:>10,.0f}")


if __name__ == "__main__":
    main()
