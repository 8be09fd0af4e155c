#!/usr/bin/env bash
# One command from a clean clone: installs the peers (Debian's hugo and weasyprint, GNU time),
# builds the jar and runs the side-by-side benchmarks (bench/bench.py). Writes the table to
# docs/benchmarks-latest.md as well as to stdout. Options are passed on to bench.py, e.g.
#   bench/run.sh --repeats 5 --edits 9       # more repeats
#   bench/run.sh --only cd                   # only the Hugo and serve comparisons
#   bench/run.sh --editions 50 --only ab     # a smaller series for the WeasyPrint and rebuild rows
#   bench/run.sh --smoke                     # tiny sizes, one repeat: checks the script works (CI)
# Then (e), unless --smoke: the search index at 250 editions (SearchIndexSizeIT), and (f) the data
# pages of the same series, split into parts each under 200 KB (DataPagePartsIT).
# The full run takes about 13 minutes on 2 quiet cores (500 PDFs each side in (a)), several times
# that on a busy machine; --smoke about 2.
# Needs root (apt-get) unless the peers are there.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v hugo >/dev/null || need+=(hugo)
command -v weasyprint >/dev/null || need+=(weasyprint)
[ -x /usr/bin/time ] || need+=(time)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

mvn -B -q package -DskipTests
# Start from an empty page cache where we may (root): on the virtual machines we measured on, the
# kernel's time grows with the page cache, and a rebuild measured after an hour of builds took 1.5
# to 2 s longer than after a drop. Once, here: the runs themselves then warm it as they go.
if [ -w /proc/sys/vm/drop_caches ] && sync && (echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null; then
  echo "bench: page cache dropped" >&2
fi
python3 bench/bench.py --markdown docs/benchmarks-latest.md "$@"

# (e) The search index of a 250-edition series: its size and the bytes each query loads
# (SearchIndexSizeIT, docs/search.md). Skipped by --smoke.
case " $* " in
  *" --smoke "*) ;;
  *)
    mvn -B -q failsafe:integration-test failsafe:verify -Dit.test=SearchIndexSizeIT
    { echo; echo "## (e) Search"; echo; cat target/search-bench.md; } | tee -a docs/benchmarks-latest.md
    # (f) The data pages of the same series: every part under 200 KB of HTML (DataPagePartsIT).
    mvn -B -q failsafe:integration-test failsafe:verify -Dit.test=DataPagePartsIT
    { echo; echo "## (f) Data pages"; echo; cat target/data-pages-bench.md; } | tee -a docs/benchmarks-latest.md
    ;;
esac
