#!/usr/bin/env bash
# The build benchmark: cold build of the real site (JVM start included, peak memory), warm rebuilds inside
# one JVM as in `serve`, scale-up on generated projects, and Hugo (Debian's package) on the same page counts.
# Each of our cold builds is paired with a Hugo build of the same page count, run right before or after it
# (the order alternates), because on a shared machine the speed drifts within minutes: the "vs Hugo" column
# is the median of the per-pair ratios. Prints a table of medians.
#   src/bench/run.sh            # RUNS=15 by default; SIZES="5x125 5x250 5x500 20x500 50x500" (sources x codes)
# 15 runs, because with 7 the medians of two runs an hour apart differed by up to 20% on a shared machine.
set -euo pipefail
shopt -s inherit_errexit  # a failed build inside $(...) stops the benchmark too
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-15}
SIZES=${SIZES:-"5x125 5x250 5x500 20x500 50x500"}

if ! command -v hyperfine >/dev/null || ! command -v hugo >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine hugo >/dev/null
fi
mvn -B -q -DskipTests package
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
classpath="target/classes:target/test-classes:$(cat target/bench.classpath)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() {  # hyperfine JSON -> median seconds of the first command
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"
}
cold() {  # NAME COMMAND -> median seconds
  hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$work/$1.json" "$2" >/dev/null
  median "$work/$1.json"
}
once() {  # FILE COMMAND -> one timed run, appended to FILE as a line of seconds
  hyperfine -N --runs 1 --export-json "$work/once.json" "$2" >/dev/null
  median "$work/once.json" >>"$1"
}
paired() {  # NAME OUR_COMMAND HUGO_COMMAND -> "our median, Hugo's median, median of the per-pair ratios"
  rm -f "$work/$1.ours" "$work/$1.hugo"
  # Warm-up: file caches, and the previous site our build writes over.
  $2 >/dev/null
  $3 >/dev/null
  for run in $(seq "$RUNS"); do
    if [ $((run % 2)) -eq 1 ]; then
      once "$work/$1.ours" "$2"; once "$work/$1.hugo" "$3"
    else
      once "$work/$1.hugo" "$3"; once "$work/$1.ours" "$2"
    fi
  done
  python3 -c 'import statistics as st, sys
ours = [float(x) for x in open(sys.argv[1])]
hugo = [float(x) for x in open(sys.argv[2])]
print(st.median(ours), st.median(hugo), st.median(a / b for a, b in zip(ours, hugo)))' "$work/$1.ours" "$work/$1.hugo"
}
peak_mib() {  # COMMAND -> median peak resident memory over RUNS runs, MiB
  for _ in $(seq "$RUNS"); do /usr/bin/time -f %M $1 2>&1 >/dev/null | tail -1; done \
    | sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]/1024}'
}
hugo_project() {  # PAGES -> the command that builds a generated Hugo project of that many pages
  rm -rf "$work/hugo-$1"
  java -cp "$classpath" dev.statusdocs.bench.GenerateHugo "$work/hugo-$1" "$1"
  echo "hugo --quiet -s $work/hugo-$1 -d $work/hugo-$1/public"
}
html_pages() { find "$1/" -name '*.html' | wc -l; }
html_mb() {  # megabytes of HTML in a folder: pages differ in size, so page counts alone compare unlike work
  find "$1/" -name '*.html' -print0 | du -cb --files0-from=- | tail -1 | awk '{printf "%.1f MB", $1 / 1e6}'
}

rows=()
row() { rows+=("$(printf '%-46s %8s %7s %9s %10s %8s' "$@")"); }
row "measurement" "claims" "pages" "HTML" "median" "vs Hugo"

seconds() { printf '%.3f s' "$1"; }
as_ratio() { python3 -c "print(f'{$1:.2f}x')"; }

# The real site.
bin/statusdocs build --out "$work/real" >/dev/null
real_pages=$(html_pages "$work/real")
real_claims=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/real/data/claims.json")
hugo_build=$(hugo_project "$real_pages")
result=$(paired real "bin/statusdocs build --out $work/real" "$hugo_build")
read -r real_cold real_hugo real_ratio <<<"$result"
row "cold build, real site (bin/statusdocs)" "$real_claims" "$real_pages" "$(html_mb "$work/real")" "$(seconds "$real_cold")" \
    "$(as_ratio "$real_ratio")"
plain_cold=$(cold plain "java -jar target/statusdocs.jar build --out $work/plain")
row "cold build, real site (plain java -jar)" "$real_claims" "$real_pages" "" "$(seconds "$plain_cold")" \
    "$(as_ratio "$plain_cold/$real_hugo")"
row "peak memory, cold build (bin/statusdocs)" "" "" "" "$(peak_mib "bin/statusdocs build --out $work/real") MiB" ""
row "Hugo cold build, same page count" "" "$real_pages" "$(html_mb "$work/hugo-$real_pages/public")" "$(seconds "$real_hugo")" "1.00x"

# Warm rebuilds in one JVM, as serve does them, on a copy of the project.
mkdir -p "$work/copy" && cp -r content templates "$work/copy/"
warm=$(java -cp "$classpath" dev.statusdocs.bench.WarmRebuild "$work/copy" content/codes/418.md $((RUNS * 5)))
warm_full=$(echo "$warm" | awk '/warm_full_ms/ {print $2}')
warm_edit=$(echo "$warm" | awk '/warm_edit_ms/ {print $2}')
row "warm full rebuild (serve)" "$real_claims" "$real_pages" "" "$warm_full ms" "$(as_ratio "$warm_full/1000/$real_hugo")"
row "warm rebuild after a one-file edit (serve)" "$real_claims" "$real_pages" "" "$warm_edit ms" ""

# Scale-up on generated projects, SOURCESxCODES: sources with an entry for each of that many codes spread over
# 100-599, two languages. Fewer codes mean fewer pages; more sources mean more claims on the same pages.
for size in $SIZES; do
  sources=${size%x*}
  codes=${size#*x}
  dir="$work/gen-$size"
  java -cp "$classpath" dev.statusdocs.bench.GenerateProject "$dir" "$sources" "$codes"
  java -jar target/statusdocs.jar merge --root "$dir" >/dev/null
  build="bin/statusdocs build --root $dir --out $dir/site"
  $build >/dev/null
  pages=$(html_pages "$dir/site")
  hugo_build=$(hugo_project "$pages")
  result=$(paired "gen-$size" "$build" "$hugo_build")
  read -r ours hugo ratio <<<"$result"
  echo "$sources $((sources * codes)) $pages $ours" >>"$work/scale"
  row "cold build, $sources sources x $codes codes" "$((sources * codes))" "$pages" "$(html_mb "$dir/site")" \
      "$(seconds "$ours")" "$(as_ratio "$ratio")"
  row "Hugo cold build, same page count" "" "$pages" "$(html_mb "$work/hugo-$pages/public")" "$(seconds "$hugo")" "1.00x"
done

echo
echo "statusdocs build benchmark: medians of $RUNS runs ($(nproc) cores, $(java -version 2>&1 | head -1))"
echo "vs Hugo: median of the ratios of paired runs (ours and Hugo's back to back); plain java -jar and warm: ratio of medians"
printf '%s\n' "${rows[@]}"
# How time grows between consecutive sizes: per extra page where the sources stay, per extra claim where the
# pages stay.
if [ -f "$work/scale" ]; then
  python3 -c 'import sys
sizes = [line.split() for line in open(sys.argv[1])]
for (s1, c1, p1, t1), (s2, c2, p2, t2) in zip(sizes, sizes[1:]):
    c1, p1, c2, p2 = int(c1), int(p1), int(c2), int(p2)
    extra = (float(t2) - float(t1)) * 1000
    if s1 == s2 and p2 != p1:
        print(f"growth: {p1} -> {p2} pages, {c1} -> {c2} claims at {s1} sources: {extra / (p2 - p1):.2f} ms per extra page")
    elif p1 == p2 and c2 != c1:
        print(f"growth: {c1} -> {c2} claims on {p1} pages: {extra / (c2 - c1):.3f} ms per extra claim")' "$work/scale"
fi
