#!/usr/bin/env python3
"""Renders many print documents with WeasyPrint, the peer in the archive benchmark (bench.py (a)).

One Python process per core, each importing WeasyPrint once and rendering its share of the documents
through its API (no process start per document, which would flatter our side):
    python3 bench/weasy_batch.py --jobs 2 LIST OUTDIR
LIST holds one HTML path a line; each PDF goes to OUTDIR under the HTML's name with .pdf.
"""
import argparse
import multiprocessing
from pathlib import Path


def render(job):
    import weasyprint
    html, pdf = job
    weasyprint.HTML(filename=html).write_pdf(pdf)
    return Path(pdf).stat().st_size


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=multiprocessing.cpu_count())
    ap.add_argument("list")
    ap.add_argument("out")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    docs = [l for l in Path(args.list).read_text(encoding="utf-8").splitlines() if l.strip()]
    jobs = [(d, str(out / (Path(d).stem + ".pdf"))) for d in docs]
    with multiprocessing.Pool(args.jobs) as pool:
        sizes = pool.map(render, jobs, chunksize=1)
    print(f"{len(sizes)} PDFs, {sum(sizes)} bytes")


if __name__ == "__main__":
    main()
