#!/usr/bin/env python3
"""Side-by-side benchmarks of briefing against Hugo and WeasyPrint (issues 8 and 19).

Run through bench/run.sh, which installs the peers and builds the jar first. Every timing is one
whole process (JVM start included) under /usr/bin/time: wall time and peak RSS, median of --repeats
runs with their spread (min–max). All corpora are SYNTHETIC (bench/SyntheticCorpus.java) except (d),
which uses the shipped briefing. Prints a Markdown table; --markdown FILE also writes it there.

(a) cold build of a series of --editions editions × 2 languages (pages, charts, one PDF per edition
    and language) against WeasyPrint rendering the same print documents; (b) the rebuild with the
    build cache after editing one sentence of the newest edition, by bin/briefing alone and then
    through the build daemon (`briefing daemon start`); (c) HTML-only 2 × 1,000 pages
    against Hugo; (d) serve: edit to page and edit to that edition's PDF; (s) how the build scales
    with the data (not run by default: --only s).
"""
import argparse
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JAR = ROOT / "target" / "briefing.jar"
LAUNCHER = ROOT / "bin" / "briefing"
FONTS = ROOT / "fonts" / "node_modules" / "pretendard" / "dist" / "public" / "static" / "alternative"


def timed(cmd, cwd=None, env=None):
    """Runs cmd under /usr/bin/time; returns (wall seconds, peak RSS MiB, stderr)."""
    out = Path(WORK) / "time.txt"
    proc = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", str(out)] + cmd, cwd=cwd, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-3000:]}")
    wall, rss = out.read_text().split()[-2:]
    return float(wall), int(rss) / 1024, proc.stderr


def spread(values, unit="s", scale=1.0, digits=2):
    """'min–max' of a list of runs, or 'one run'."""
    if len(values) < 2:
        return "one run"
    return f"{min(values) * scale:.{digits}f}–{max(values) * scale:.{digits}f} {unit}"


def interleaved(runs, repeats):
    """Runs each (cmd, cwd, before) once per round, round after round, and gives back per run the
    median wall time, median peak RSS and the last stderr. Taking turns matters on a virtual disk
    whose speed drifts with what was written and deleted just before: every tool sees the same
    conditions instead of one tool's runs all landing in a slow stretch."""
    results = [([], [], "") for _ in runs]
    for _ in range(repeats):
        for i, (cmd, cwd, before) in enumerate(runs):
            if before:
                before()
            w, r, err = timed(cmd, cwd)
            results[i][0].append(w)
            results[i][1].append(r)
            results[i] = (results[i][0], results[i][1], err)
    INTERLEAVED_WALLS[:] = [w for w, _, _ in results]
    return [(statistics.median(w), statistics.median(r), e) for w, r, e in results]


INTERLEAVED_WALLS = []


def median_run(cmd, repeats, cwd=None, before=None):
    walls, rsss, err = [], [], ""
    for _ in range(repeats):
        if before:
            before()
        w, r, err = timed(cmd, cwd)
        walls.append(w)
        rsss.append(r)
    return statistics.median(walls), statistics.median(rsss), err


def corpus(name, investments, texts, hugo=False, editions=False):
    out = Path(WORK) / name
    if out.exists():
        shutil.rmtree(out)
    cmd = ["java", str(ROOT / "bench" / "SyntheticCorpus.java"), "--out", str(out / "project"), "--seed", "42",
           "--companies", "40", "--investments", str(investments), "--editions" if editions else "--texts", str(texts)]
    if hugo:
        cmd += ["--hugo", str(out / "hugo")]
    subprocess.run(cmd, check=True)
    return out


def ours(project, out, pdf=True, plain_java=False, cache=False):
    """Our build as the README runs it (bin/briefing), or as plain `java -jar` for comparison; without
    the build cache unless asked (the cold builds and (c) measure the work, not the cache)."""
    run = ["java", "-jar", str(JAR)] if plain_java else [str(LAUNCHER)]
    cmd = run + ["build", "--project", str(project), "--out", str(out)]
    if not cache:
        cmd += ["--no-cache"]
    return cmd if pdf else cmd + ["--no-pdf"]


def stage_ms(stderr, stage):
    m = re.search(rf"^{stage}\s+(\d+) ms", stderr, re.M)
    return int(m.group(1)) if m else None


def stages(stderr):
    found = [(s, stage_ms(stderr, s)) for s in ("load", "validate", "charts", "pages", "pdf", "publish", "cache")]
    return ", ".join(f"{s} {ms / 1000:.1f}" for s, ms in found if ms is not None) + " s"


def pages_built(stderr):
    m = re.search(r"built (\d+) pages", stderr)
    return int(m.group(1)) if m else 0


def clean(path):
    def go():
        if Path(path).exists():
            shutil.rmtree(path)
    return go


def bench_hugo(repeats, rows, investments=1000, texts=1000):
    c = corpus("c-hugo", investments, texts, hugo=True)
    (ow, orss, err), (hw, hrss, _), (jw, jrss, _) = interleaved([
        (ours(c / "project", c / "site", pdf=False), None, clean(c / "site")),
        (["hugo", "--quiet", "-s", str(c / "hugo"), "-d", str(c / "hugo-public")], None, clean(c / "hugo-public")),
        (ours(c / "project", c / "site", pdf=False, plain_java=True), None, clean(c / "site")),
    ], repeats)
    ow_all, hw_all, jw_all = INTERLEAVED_WALLS
    hugo_pages = sum(1 for _ in (c / "hugo-public").rglob("*.html"))
    ratio = ow / hw
    rows.append(("c", f"HTML-only build, 2 × {texts:,} texts, on the disk (ours, `bin/briefing build --no-pdf`)",
                 f"{ow:.2f} s ({spread(ow_all)})", f"{orss:.0f} MiB", f"{pages_built(err)} pages ({stages(err)})", ""))
    rows.append(("c", "the same with plain `java -jar target/briefing.jar` (JVM defaults), for reference",
                 f"{jw:.2f} s ({spread(jw_all)})", f"{jrss:.0f} MiB", f"{jw / ow:.2f}× the launcher's time", ""))
    rows.append(("c", "Hugo, same Markdown, minimal layouts, on the disk", f"{hw:.2f} s ({spread(hw_all)})",
                 f"{hrss:.0f} MiB", f"{hugo_pages} pages", ""))
    rows.append(("c", "**ratio ours / Hugo on the disk** (target ≤ 1.5)", f"**{ratio:.1f}×**", "", "",
                 "met" if ratio <= 1.5 else f"MISSED by {ratio / 1.5:.2f}×"))
    # The same again with both outputs in memory (tmpfs), which takes this machine's virtual disk,
    # whose speed at creating files drifts from run to run, out of the comparison.
    shm = Path("/dev/shm") / "briefing-bench"
    if Path("/dev/shm").is_dir():
        shm.mkdir(parents=True, exist_ok=True)
        (mw, mrss, merr), (hmw, hmrss, _) = interleaved([
            (ours(c / "project", shm / "site", pdf=False), None, clean(shm / "site")),
            (["hugo", "--quiet", "-s", str(c / "hugo"), "-d", str(shm / "hugo-public")], None, clean(shm / "hugo-public")),
        ], repeats)
        mw_all, hmw_all = INTERLEAVED_WALLS
        shutil.rmtree(shm)
        rows.append(("c", "ours again, output on tmpfs (`/dev/shm`)", f"{mw:.2f} s ({spread(mw_all)})",
                     f"{mrss:.0f} MiB", f"({stages(merr)})", ""))
        rows.append(("c", "Hugo again, output on tmpfs", f"{hmw:.2f} s ({spread(hmw_all)})", f"{hmrss:.0f} MiB", "", ""))
        tratio = mw / hmw
        rows.append(("c", "**ratio ours / Hugo on tmpfs** (target ≤ 1.5)", f"**{tratio:.1f}×**", "", "",
                     "met" if tratio <= 1.5 else f"MISSED by {tratio / 1.5:.2f}×"))


def weasy_python():
    """The Python that the weasyprint command runs with (Debian's, not a pyenv one on the PATH)."""
    first = Path(shutil.which("weasyprint")).read_text(errors="replace").splitlines()[0]
    return first[2:].strip().split()[0] if first.startswith("#!") else sys.executable


def bench_archive(editions, repeats, rebuilds, rows):
    """(a) A cold build of a series against WeasyPrint on the same print documents; (b) the rebuild
    with the build cache after editing one sentence of the newest edition."""
    c = corpus(f"a-series-{editions}", 1000, editions, editions=True)
    project = c / "project"
    # The print documents WeasyPrint renders: every edition's print XHTML, charts beside them.
    subprocess.run(["java", "-cp", str(JAR), str(ROOT / "bench" / "PrintHtml.java"), str(project),
                    str(c / "print"), str(FONTS), "--all"], check=True, stdout=subprocess.DEVNULL)
    documents = c / "print" / "print-documents.txt"
    count = len(documents.read_text().splitlines())
    cache = project / ".briefing-cache"

    def cold():
        clean(c / "site")()
        clean(cache)()

    (ow, orss, err), (ww, wrss, wout) = interleaved([
        (ours(project, c / "site", cache=True), None, cold),
        ([weasy_python(), str(ROOT / "bench" / "weasy_batch.py"), "--jobs", str(os.cpu_count()), str(documents),
          str(c / "weasy")], None, clean(c / "weasy")),
    ], repeats)
    ow_all, ww_all = INTERLEAVED_WALLS
    pdfs = list((c / "site").rglob("briefings/*.pdf"))
    ours_size = sum(p.stat().st_size for p in pdfs)
    weasy_size = sum(p.stat().st_size for p in (c / "weasy").glob("*.pdf"))
    ratio = ow / ww
    rows.append(("a", f"Cold build of {editions} editions × 2 languages, cache empty (ours, `bin/briefing build`)",
                 f"{ow:.1f} s ({spread(ow_all, digits=1)})", f"{orss:.0f} MiB",
                 f"{pages_built(err)} pages, {len(pdfs)} PDFs, {ours_size / 1048576:.0f} MiB ({stages(err)})", ""))
    rows.append(("a", f"WeasyPrint, the same {count} print documents (`bench/weasy_batch.py`, {os.cpu_count()} processes)",
                 f"{ww:.1f} s ({spread(ww_all, digits=1)})", f"{wrss:.0f} MiB (largest process)",
                 f"{weasy_size / 1048576:.0f} MiB of PDFs", ""))
    verdict = ("met" if ratio <= 0.5 else f"time MISSED by {ratio / 0.5:.2f}×") + (
        "; RSS met" if orss < 1024 else f"; RSS MISSED by {orss / 1024:.2f}×")
    rows.append(("a", "**ratio ours / WeasyPrint** (target ≤ 0.5, our peak RSS < 1 GiB)", f"**{ratio:.2f}×**",
                 f"**{orss:.0f} MiB**", "", verdict))

    # (b) The site of the last cold build is there and the cache is full: edit one sentence of the
    # newest edition (a different one each time) and rebuild.
    newest = sorted((project / "data" / "texts").glob("*.en.md"))[-1]
    original = newest.read_text(encoding="utf-8")
    sentence = "The industry expects this synthetic deal to heat up the race further."
    walls, rsss, rerr = [], [], ""
    for i in range(rebuilds):
        newest.write_text(original.replace(sentence, f"The industry expects synthetic deal {i + 1} to heat up the race.", 1),
                          encoding="utf-8")
        w, r, rerr = timed(ours(project, c / "site", cache=True))
        walls.append(w)
        rsss.append(r)
    newest.write_text(original, encoding="utf-8")
    rw = statistics.median(walls)
    daemon_rows = bench_daemon(project, c / "site", newest, original, sentence, rebuilds, ow)
    share = rw / ow
    cache_line = re.search(r"^cache\s+\d+ ms\s+(.*)$", rerr, re.M)
    rows.append(("b", f"Rebuild with the cache after editing one sentence of the newest edition (median of {rebuilds})",
                 f"**{rw:.2f} s** ({spread(walls)})", f"{statistics.median(rsss):.0f} MiB",
                 f"{share * 100:.1f} % of the cold build ({stages(rerr)}; cache: "
                 f"{cache_line.group(1).split(' → ')[0] if cache_line else '?'})",
                 ("met" if rw < 2 else f"MISSED by {rw / 2:.2f}× (< 2 s)")
                 + ("; ≤ 5 % met" if share <= 0.05 else f"; ≤ 5 % MISSED ({share * 100:.1f} %)")))
    rows.extend(daemon_rows)


DAEMON_WARMUP = 2


def bench_daemon(project, site, newest, original, sentence, rebuilds, cold_wall):
    """(b) through the build daemon: started in the project's folder (its address is the working
    folder), warmed by DAEMON_WARMUP edits whose rebuilds are not timed (shown apart: the first
    builds of a new daemon are as slow as a fresh JVM's), then the same one-sentence edits as the
    launcher's, each rebuilt through `bin/briefing build`, client JVM included."""
    env = dict(os.environ)
    env.pop("BRIEFING_DAEMON", None)
    subprocess.run([str(LAUNCHER), "daemon", "start", "--idle-minutes", "10"], cwd=project, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    walls, rsss, rerr, warm = [], [], "", []
    try:
        for i in range(DAEMON_WARMUP + rebuilds):
            newest.write_text(original.replace(sentence, f"The industry expects daemon deal {i + 1} to heat up the race.", 1),
                              encoding="utf-8")
            w, r, rerr = timed([str(LAUNCHER), "build", "--project", ".", "--out", str(site)], cwd=project, env=env)
            if "in the build daemon" not in rerr:
                sys.exit("expected the rebuild to run in the build daemon, found:\n" + rerr[-2000:])
            (warm if i < DAEMON_WARMUP else walls).append(w)
            rsss.append(r)
        daemon_rss = daemon_peak_rss(project, env)
    finally:
        newest.write_text(original, encoding="utf-8")
        subprocess.run([str(LAUNCHER), "daemon", "stop"], cwd=project, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dw = statistics.median(walls)
    return [("b", f"The same, through the build daemon (`bin/briefing daemon start` first; median of {rebuilds}, "
                  f"after {DAEMON_WARMUP} edits not timed)",
             f"**{dw:.2f} s** ({spread(walls)})", f"{statistics.median(rsss):.0f} MiB client, {daemon_rss} daemon",
             f"{dw / cold_wall * 100:.1f} % of the cold build; the {DAEMON_WARMUP} first: "
             f"{', '.join(f'{w:.2f} s' for w in warm)} ({stages(rerr)})",
             ("met" if dw < 2 else f"MISSED by {dw / 2:.2f}× (< 2 s)"))]


def daemon_peak_rss(project, env):
    """The daemon's peak RSS (VmHWM) from /proc, found by its pid in `daemon status`."""
    status = subprocess.run([str(LAUNCHER), "daemon", "status"], cwd=project, env=env, capture_output=True,
                            text=True).stdout
    m = re.search(r"pid (\d+)", status)
    try:
        hwm = re.search(r"VmHWM:\s+(\d+) kB", Path(f"/proc/{m.group(1)}/status").read_text())
        return f"{int(hwm.group(1)) / 1024:.0f} MiB"
    except (AttributeError, OSError):
        return "?"


def bench_scale(sizes, rows):
    """Whole-process time per page, and the marginal time per page between sizes.

    Wall time per page cannot be flat from 32 to 2,000 pages: every build pays a fixed cost (JVM
    start, fonts, two PDF editions of at most print-stories briefings) that 32 pages share and 2,000
    pages dilute. What grows with the data is the marginal cost, (T2 - T1) / (pages2 - pages1); if
    that stays flat, the build scales linearly. Both are printed; the flatness verdict is on the
    marginal cost, and the raw deviation is shown next to it.
    """
    per_page, marginals = [], []
    last_rss = 0.0
    previous = None
    for investments, texts, repeats in sizes:
        c = corpus(f"c-{investments}-{texts}", investments, texts)
        w, rss, err = median_run(ours(c / "project", c / "site"), repeats, before=clean(c / "site"))
        pages = pages_built(err)
        per_page.append(w / pages * 1000)
        marginal = ""
        if previous:
            m = (w - previous[0]) / (pages - previous[1]) * 1000
            marginals.append(m)
            marginal = f"; marginal {m:.1f} ms/page"
        previous = (w, pages)
        last_rss = rss
        rows.append(("s", f"Full build, {investments:,} investments, {texts:,} texts per language",
                     f"{w:.2f} s", f"{rss:.0f} MiB", f"{pages} pages, {w / pages * 1000:.1f} ms/page{marginal} ({stages(err)})",
                     ""))
    raw_dev = max(abs(p / statistics.median(per_page) - 1) for p in per_page)
    dev = max(abs(m / statistics.median(marginals) - 1) for m in marginals)
    rows.append(("s", "**marginal time per page, max deviation from median** (target ±25 %; whole-process time "
                 f"per page deviates ±{raw_dev * 100:.0f} %, see below); peak RSS at largest (target < 512 MiB)",
                 f"**±{dev * 100:.0f} %**", f"**{last_rss:.0f} MiB**", "",
                 ("flat: met" if dev <= 0.25 else f"flat: MISSED ({dev * 100:.0f} % > 25 %)")
                 + ("; RSS met" if last_rss < 512 else f"; RSS MISSED by {last_rss / 512:.2f}×")))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_ticks(pid):
    # The process's own stat counts the CPU of all its threads, living and ended.
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def wait_idle(pid, quiet_s=1.5, limit_s=300, housekeeping_ticks=3):
    """Waits until the server has used next to no CPU for quiet_s (its PDF pass has finished): at most
    housekeeping_ticks clock ticks (30 ms), which an idle JVM spends on its own periodic work about
    once a second, so that waiting for none at all could take minutes."""
    start = time.monotonic()
    last, since = cpu_ticks(pid), time.monotonic()
    while time.monotonic() - start < limit_s:
        time.sleep(0.25)
        now = cpu_ticks(pid)
        if now - last > housekeeping_ticks:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            return
    sys.exit("serve did not settle")


def fetch_bytes(url):
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.read()


def poll(done, start, limit, every, failure):
    """Polls done() every `every` seconds until it holds; exits with `failure` once `limit` seconds
    have passed since `start`. Returns how many polls failed (404 for a moment while the Publisher
    swaps the new site in)."""
    blips = 0
    while True:
        try:
            if done():
                return blips
        except OSError:
            blips += 1
        if time.monotonic() - start > limit:
            sys.exit(failure)
        time.sleep(every)


def fetch(url):
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.read().decode("utf-8")


def bench_serve(edits, rows):
    """(d) on a copy of the shipped project: the seed briefing."""
    d = Path(WORK) / "d-serve"
    if d.exists():
        shutil.rmtree(d)
    shutil.copytree(ROOT, d / "project", ignore=shutil.ignore_patterns("target", "site", ".git", "node_modules",
                                                                        ".site-*", ".briefing-cache"))
    serve_edits(d, d / "project", "ai-money-war-2024-03-28", edits, rows, "the seed briefing", targets=True)


def bench_serve_archive(editions, edits, rows):
    """(d) again on the series of (a) and (b), its cache warm: the newest edition edited. No target is
    set at this size; the row shows how the preview scales."""
    c = Path(WORK) / f"a-series-{editions}"
    project = c / "project"
    if not project.is_dir():
        print(f"(d) at {editions} editions skipped: run (a) first", file=sys.stderr)
        return
    d = Path(WORK) / "d-serve-series"
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    newest = sorted((project / "data" / "texts").glob("*.en.md"))[-1].name[:-len(".en.md")]
    serve_edits(d, project, newest, edits, rows, f"the {editions}-edition series of (a)", targets=False)


def serve_edits(d, project, slug, edits, rows, what, targets):
    port = free_port()
    log = open(d / "serve.log", "w")
    server = subprocess.Popen([str(LAUNCHER), "serve", "--project", str(project), "--out", str(d / "site"),
                               "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    text = project / "data" / "texts" / f"{slug}.en.md"
    original = text.read_text(encoding="utf-8")
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 600
        while True:
            try:
                fetch(base + "/__briefing/state")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    sys.exit("serve did not start; see " + str(d / "serve.log"))
                time.sleep(0.1)
        page = base + f"/en/briefings/{slug}.html"
        pdf_file = next((d / "site" / "en" / "briefings").glob(f"*{slug}.en.pdf"))
        pdf = base + "/en/briefings/" + pdf_file.name
        latencies = []
        pdf_latencies = []
        blips = 0
        for i in range(edits):
            wait_idle(server.pid)
            pdf_before = fetch_bytes(pdf)
            marker = f"Benchmark edit number {i} {time.time_ns()}."
            start = time.monotonic()
            text.write_text(original + "\n" + marker + "\n", encoding="utf-8")
            blips += poll(lambda: marker in fetch(page), start, 60, 0.005,
                          "edit never showed; see " + str(d / "serve.log"))
            latencies.append((time.monotonic() - start) * 1000)
            # Then the edition's PDF, which serve lays out in a second pass after the pages.
            blips += poll(lambda: fetch_bytes(pdf) != pdf_before, start, 120, 0.01,
                          "the edit never reached the PDF; see " + str(d / "serve.log"))
            pdf_latencies.append((time.monotonic() - start) * 1000)
        wait_idle(server.pid)
        hwm = int(re.search(r"VmHWM:\s+(\d+)", Path(f"/proc/{server.pid}/status").read_text()).group(1)) / 1024
    finally:
        text.write_text(original, encoding="utf-8")
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    med = statistics.median(latencies)
    rows.append(("d", f"`serve` on {what}: save a one-line edit → edited page served (median of {edits})",
                 f"**{med:.0f} ms**", f"{hwm:.0f} MiB", f"min {min(latencies):.0f}, max {max(latencies):.0f} ms; {blips} failed polls during the swap",
                 ("met" if med < 300 else f"MISSED by {med / 300:.2f}×") if targets else "(no target at this size)"))
    pmed = statistics.median(pdf_latencies)
    rows.append(("d", f"`serve` on {what}: the same edits → that edition's PDF served anew (median of {edits})",
                 f"**{pmed:.0f} ms**", "", f"min {min(pdf_latencies):.0f}, max {max(pdf_latencies):.0f} ms",
                 ("met" if pmed < 2000 else f"MISSED by {pmed / 2000:.2f}×") if targets else "(no target at this size)"))


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor())
    mem = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1)) / 1024 / 1024
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip().split(" BuildDate")[0]
    weasy = subprocess.run(["weasyprint", "--version"], capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, {platform.system()} {platform.release()}; "
            f"{java}; {hugo}; {weasy}")


def main():
    global WORK
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--big-repeats", type=int, default=1, help="repeats of the slowest build in (c)")
    ap.add_argument("--edits", type=int, default=7)
    ap.add_argument("--editions", type=int, default=250, help="editions of the series in (a) and (b)")
    ap.add_argument("--archive-repeats", type=int, default=1, help="repeats of the cold builds in (a)")
    ap.add_argument("--rebuilds", type=int, default=5, help="one-sentence edits rebuilt in (b)")
    ap.add_argument("--only", default="abcd")
    ap.add_argument("--work", default="/tmp/briefing-bench")
    ap.add_argument("--markdown")
    ap.add_argument("--smoke", action="store_true",
                    help="tiny sizes and one repeat: checks that every part of the script runs (CI does this); "
                         "its numbers are not the benchmark, and it writes no --markdown")
    args = ap.parse_args()
    if args.smoke:
        args.repeats, args.big_repeats, args.edits, args.markdown = 1, 1, 2, None
        args.editions, args.archive_repeats, args.rebuilds = 3, 1, 2
    WORK = args.work
    Path(WORK).mkdir(parents=True, exist_ok=True)
    # Every build here runs in its own JVM, whatever daemon the user has running; (b) starts its own.
    os.environ["BRIEFING_DAEMON"] = "off"
    load_before = os.getloadavg()[0]
    started = time.monotonic()
    rows = []
    if "a" in args.only or "b" in args.only:
        bench_archive(args.editions, args.archive_repeats, args.rebuilds, rows)
    if "c" in args.only:
        if args.smoke:
            bench_hugo(args.repeats, rows, investments=100, texts=20)
        else:
            bench_hugo(args.repeats, rows)
    if "d" in args.only:
        bench_serve(args.edits, rows)
        bench_serve_archive(args.editions, args.edits, rows)
    if "s" in args.only:
        sizes = [(100, 10), (200, 20), (400, 40)] if args.smoke else [(100, 10), (1000, 100), (10000, 1000)]
        bench_scale([(i, t, args.repeats) for i, t in sizes[:-1]] + [(*sizes[-1], args.big_repeats)], rows)
    if args.smoke:
        # The targets are for the full sizes: no verdict on a smoke run.
        rows = [r[:-1] + ("(smoke run)" if r[-1] else "",) for r in rows]
    lines = ["| | what | wall (median) | peak RSS | detail | target |", "|---|---|---|---|---|---|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    table = "\n".join(lines)
    footer = (f"\nMachine: {machine()}.\nLoad average (1 min) before: {load_before:.2f}, after: "
              f"{os.getloadavg()[0]:.2f}. Repeats: {args.repeats} ((a): {args.archive_repeats}, {args.editions} "
              f"editions; (b): {args.rebuilds} edits); serve edits: {args.edits}. "
              f"Total bench time {time.monotonic() - started:.0f} s.\n")
    if args.smoke:
        footer += "SMOKE RUN: tiny sizes, one repeat. It shows that the script works; its numbers are not the benchmark.\n"
    print(table + "\n" + footer)
    if args.markdown:
        Path(args.markdown).write_text(table + "\n" + footer, encoding="utf-8")


WORK = "/tmp/briefing-bench"
if __name__ == "__main__":
    main()
