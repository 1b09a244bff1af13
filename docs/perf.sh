#!/usr/bin/env bash
# Measures every budget of DESIGN.md §7 at 100,000 ideas + 100,000 people and
# writes the "Budgets" section of docs/PERFORMANCE.md (between its markers),
# with the command behind each figure and the machine it ran on.
#
#   bash docs/perf.sh                 # DB defaults to /tmp/frontoffice-perf.db (made if missing)
#   DB=/path/big.db bash docs/perf.sh
#
# Needs tmux, python3 and, for the references measured beside the app in the
# same run, fzf, pigz and sqlite3 (apt-get install -y fzf pigz sqlite3; a
# missing one skips its rows). Takes a few minutes; run it on an otherwise
# idle machine: the figures are wall-clock.
#
# DB must be a store freshly made by `frontoffice demo --ideas 100000 --people
# 100000` (or absent: it is made): an older store whose people were joined
# by the identity rules shows another count than "People: 100 000", which the
# waits below look for.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-/tmp/frontoffice-perf.db}
RUNS=${RUNS:-5}
work=$(mktemp -d)
trap 'tmux -L perf kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
bin=$work/frontoffice
go build -o "$bin" .

rows=()
row() { rows+=("| $1 | $2 | $3 | \`$4\` |"); }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

if [ ! -f "$DB" ]; then
	s=$(date +%s%N)
	"$bin" demo --db "$DB" --ideas 100000 --people 100000 >/dev/null
	row "\`demo --ideas 100000 --people 100000\` (with 3 consultations an idea, visits, hours)" "$(ms_since "$s") ms" "well under a minute" "frontoffice demo --db $DB --ideas 100000 --people 100000"
fi
cp "$DB" "$work/bench.db" # the card benchmark adds consultations to one idea

# wait_for TEXT SECONDS WHAT [POLL] polls the pane every POLL seconds (0.05;
# each poll runs a tmux client, which takes from what is measured) until it
# shows TEXT; after SECONDS it says WHAT did not happen, shows the pane and
# stops.
wait_for() {
	local s
	s=$(date +%s%N)
	until tmux -L perf capture-pane -p -t p 2>/dev/null | grep -q "$1"; do
		sleep "${4:-0.05}"
		if [ "$(ms_since "$s")" -gt $(($2 * 1000)) ]; then
			echo "$3 within $2 s:" >&2
			tmux -L perf capture-pane -p -t p >&2 || true
			exit 1
		fi
	done
}

# quit_app presses q and waits for the app to close the store (a store not
# closed cleanly is checked in full at its next opening, which would make the
# next figure about that check).
quit_app() {
	local app
	app=$(pgrep -P "$(tmux -L perf display -p -t p '#{pane_pid}')" | head -1 || true)
	tmux -L perf send-keys -t p q
	for _ in $(seq 200); do
		[ -z "$app" ] || ! kill -0 "$app" 2>/dev/null && break
		sleep 0.05
	done
	tmux -L perf kill-server 2>/dev/null || true
}

# Start to Home with its counts drawn, in a real terminal (tmux 100×30).
starts=()
for _ in 1 2 3; do
	s=$(date +%s%N)
	tmux -L perf new-session -d -s p -x 100 -y 30 "$bin --db $DB --lang en; sleep 30"
	wait_for "People: 100" 20 "the app did not show Home with 100 000 people (is \$DB a fresh demo store?)" 0.005
	starts+=("$(ms_since "$s")")
	quit_app
done
row "start to first interactive screen (Home with its counts, tmux 100×30)" "$(printf '%s\n' "${starts[@]}" | sort -n | paste -sd/ | sed 's#/# / #g') ms (3 runs)" "≤ 300 ms" "tmux new-session … frontoffice; poll capture-pane for 'People: 100'"

# The first launch of the day (today's daily backup not made yet, as on a
# fresh store): start to Home, then the highest anonymous and file memory
# while the search index loads and the backup runs (sampled every 20 ms
# for 12 s). The backup made is moved aside, so the launches above stay
# later ones and the store's backups are as they were.
bdir=$(dirname "$DB")/backups
base=$(basename "$DB"); base=${base%.*}
today_backup="$bdir/$base-$(date +%Y-%m-%d).db"
[ -f "$today_backup" ] && mv "$today_backup" "$work/today.db"
s=$(date +%s%N)
tmux -L perf new-session -d -s p -x 100 -y 30 "$bin --db $DB --lang en; sleep 60"
wait_for "People: 100" 20 "the app did not show Home" 0.005
first_ms=$(ms_since "$s")
pid=$(pgrep -P "$(tmux -L perf display -p -t p '#{pane_pid}')" | head -1)
peak_anon=0 peak_file=0
end=$(($(date +%s) + 12))
while [ "$(date +%s)" -lt "$end" ]; do
	read -r a f < <(awk '/^RssAnon/ {a=$2} /^RssFile/ {f=$2} END {print a, f}' "/proc/$pid/status" 2>/dev/null) || break
	[ -n "${a:-}" ] || break
	[ "$a" -gt "$peak_anon" ] && peak_anon=$a
	[ "$f" -gt "$peak_file" ] && peak_file=$f
	sleep 0.02
done
quit_app
if [ -f "$work/today.db" ]; then mv "$work/today.db" "$today_backup"; fi
row "start to first interactive screen, first launch of the day (the daily backup runs after it)" "$first_ms ms" "≤ 300 ms" "rm today's backup; tmux new-session … frontoffice; poll capture-pane for 'People: 100'"
row "peak memory in the first 12 s of that launch (index load, daily backup)" "RssAnon $((peak_anon / 1024)) MB, RssFile $((peak_file / 1024)) MB" "≤ 150 MB anonymous" "sample /proc/PID/status every 20 ms"

# Resident memory: after opening, then after showing every screen.
tmux -L perf new-session -d -s p -x 100 -y 30 "$bin --db $DB --lang en; sleep 30"
wait_for "People: 100" 20 "the app did not show Home"
sleep 5 # the search index loads in the background, then gives back what it read
pid=$(pgrep -P "$(tmux -L perf display -p -t p '#{pane_pid}')" | head -1)
rss() { awk '/^(VmRSS|RssAnon|RssFile)/ {printf "%s %d MB  ", $1, $2/1024}' "/proc/$pid/status"; }
open_rss=$(rss)
for k in d i p v w r t s h; do
	tmux -L perf send-keys -t p "$k"
	sleep 3 # Reports counts everything, Hours lists every entry
done
browse_rss=$(rss)
quit_app
row "resident memory after opening (index loaded)" "$open_rss" "≤ 150 MB" "grep Rss /proc/PID/status"
row "resident memory after showing every screen" "$browse_rss" "≤ 150 MB" "same, after d i p v w r t s h, 3 s each"

# Keystroke to updated results, Ideas and People.
out=$(FRONTOFFICE_BENCH_DB=$DB go test -run '^$' -bench KeystrokeToView -benchtime 3x ./ui/searchlist/ 2>/dev/null | grep '^Benchmark')
for kind in idea person; do
	l=$(echo "$out" | grep "/$kind" | head -1)
	p50=$(echo "$l" | grep -o '[0-9.]* ms/p50' | cut -d' ' -f1)
	p95=$(echo "$l" | grep -o '[0-9.]* ms/p95' | cut -d' ' -f1)
	p99=$(echo "$l" | grep -o '[0-9.]* ms/p99' | cut -d' ' -f1)
	row "keystroke → updated search results, ${kind}s" "p50 $p50 ms, p95 $p95 ms, p99 $p99 ms" "p95 ≤ 16 ms, p99 ≤ 33 ms" "FRONTOFFICE_BENCH_DB=$DB go test -run '^\$' -bench KeystrokeToView -benchtime 3x ./ui/searchlist/"
done

# View() of every screen, and opening a card with 30 consultations.
out=$(FRONTOFFICE_BENCH_DB=$work/bench.db go test -run '^$' -bench 'Screens|IdeaCard' -benchtime 200x ./ui/ 2>/dev/null | grep '^Benchmark' || true)
worst=$(echo "$out" | grep Screens | awk '{print $3, $1}' | sort -n | tail -1)
row "\`View()\` of any screen (slowest of $(echo "$out" | grep -c Screens) screen×size: $(echo "$worst" | cut -d' ' -f2 | sed 's/BenchmarkScreens\///; s/-[0-9]*$//'))" "$(echo "$worst" | awk '{printf "%.2f ms", $1/1e6}')" "≤ 2 ms" "FRONTOFFICE_BENCH_DB=… go test -run '^\$' -bench Screens -benchtime 200x ./ui/"
# (a busy machine may load the index slower than the test runner waits:
# the row then says so rather than stopping the run)
card=$(echo "$out" | grep OpenIdeaCard | awk '{printf "%.2f ms", $3/1e6}' || true)
card=${card:-"did not run (see go test -bench OpenIdeaCard)"}
row "opening an idea card with 30 consultations (message, loads, first View)" "$card" "—" "FRONTOFFICE_BENCH_DB=… go test -run '^\$' -bench OpenIdeaCard -benchtime 200x ./ui/"

# Saving one record.
l=$(go test -run '^$' -bench 'Create$' -benchtime 200x ./storage/ 2>/dev/null | grep '^BenchmarkCreate' | head -1)
row "saving one record (two fsyncs)" "p50 $(echo "$l" | grep -o '[0-9.]* ms/p50' | cut -d' ' -f1) ms, p99 $(echo "$l" | grep -o '[0-9.]* ms/p99' | cut -d' ' -f1) ms" "p99 ≤ 10 ms" "go test -run '^\$' -bench 'Create\$' -benchtime 200x ./storage/"

# Export and import as whole processes.
s=$(date +%s%N)
"$bin" export --db "$DB" --full --out "$work/all.fob" >/dev/null
export_ms=$(ms_since "$s")
raw=$(gzip -dc "$work/all.fob" | wc -c)
records=$(gzip -dc "$work/all.fob" | wc -l)
row "export --full, whole process ($((records - 2)) records, $((raw / 1000000)) MB uncompressed)" "$export_ms ms: $(python3 -c "print(f'{$raw/1e6/($export_ms/1000):.0f} MB/s, {($records-2)/($export_ms/1000):,.0f} records/s')")" "≥ 100 MB/s" "time frontoffice export --db … --full --out all.fob"
imports=()
for _ in 1 2 3; do
	rm -f "$work/in.db"
	s=$(date +%s%N)
	"$bin" import --db "$work/in.db" --trust "$work/all.fob" >/dev/null
	imports+=("$(ms_since "$s")")
done
rm -f "$work/in.db"
import_ms=$(printf '%s\n' "${imports[@]}" | sort -n | sed -n 2p) # the median of three
row "import of that bundle into an empty store, whole process (median of 3: $(printf '%s\n' "${imports[@]}" | sort -n | paste -sd/ | sed 's#/# / #g') ms)" "$import_ms ms: $(python3 -c "print(f'{($records-2)/($import_ms/1000):,.0f} records/s')")" "≥ 50 000 records/s" "time frontoffice import --db new.db --trust all.fob"

# The same import in the app (Sync → Import) into an empty store: time to the
# summary, then resident memory once the screens have reloaded. The bundle's
# office is new to this store: the screen asks to trust it after the check,
# and y (sent as soon as the question shows, polled every 0.1 s) merges.
rm -f "$work/app.db"
tmux -L perf new-session -d -s p -x 100 -y 30 "$bin --db $work/app.db --lang en; sleep 120"
wait_for "Home" 20 "the app did not start"
tmux -L perf send-keys -t p t
wait_for "Bundle file" 20 "Sync did not open"
tmux -L perf send-keys -t p Right Enter
tmux -L perf send-keys -t p -l "$work/all.fob"
s=$(date +%s%N)
tmux -L perf send-keys -t p Enter
wait_for "Trust this office" 120 "the app did not ask to trust the bundle's office" 0.1
tmux -L perf send-keys -t p y
wait_for "total: added" 120 "the app's import did not finish" 0.1
app_import_ms=$(ms_since "$s")
sleep 5
pid=$(pgrep -P "$(tmux -L perf display -p -t p '#{pane_pid}')" | head -1)
app_rss=$(rss)
quit_app
row "the same import in the app (Sync → Import, empty store, tmux 100×30)" "$app_import_ms ms: $(python3 -c "print(f'{($records-2)/($app_import_ms/1000):,.0f} records/s')")" "≥ 50 000 records/s" "t → Import → path → enter → y; poll capture-pane for 'total: added'"
row "resident memory 5 s after that import" "$app_rss" "≤ 150 MB" "grep Rss /proc/PID/status"

# frontoffice search against fzf --filter over the same titles, one run.
if command -v fzf >/dev/null; then
	"$bin" export-csv --db "$DB" --out "$work/csv" >/dev/null
	python3 - "$work/csv" >"$work/titles.txt" <<'EOF'
import csv, sys
for name, col in (("ideas.csv", "title"), ("people.csv", "full_name")):
    with open(f"{sys.argv[1]}/{name}", encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            print(row[col])
EOF
	med() { sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"; }
	for q in "taza alem" "саулык"; do
		a=$(for _ in $(seq "$RUNS"); do s=$(date +%s%N); "$bin" search --db "$DB" --limit 20 "$q" >/dev/null; ms_since "$s"; done | med)
		f=$(for _ in $(seq "$RUNS"); do s=$(date +%s%N); fzf --filter "$q" <"$work/titles.txt" | head -20 >/dev/null; ms_since "$s"; done | med)
		row "\`frontoffice search '$q'\` vs \`fzf --filter\` over the same 200 000 titles" "$a ms vs $f ms: ratio $(python3 -c "print(f'{$a/max($f,1):.2f}')")" "—" "docs/perf.sh (median of $RUNS)"
	done
fi

# References beside the app, same run (issue 23): typing against fzf, export
# against pigz -1 and gzip -1, import against a raw bbolt load, import-csv
# against sqlite3's .import.
med3() { sort -n | sed -n 2p; }
if command -v fzf >/dev/null; then
	[ -f "$work/titles.txt" ] || {
		"$bin" export-csv --db "$DB" --out "$work/csv" >/dev/null
		python3 - "$work/csv" >"$work/titles.txt" <<'EOF'
import csv, sys
for name, col in (("ideas.csv", "title"), ("people.csv", "full_name")):
    with open(f"{sys.argv[1]}/{name}", encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            print(row[col])
EOF
	}
	# Each key sent to a real terminal, then the pane polled until it stops
	# changing (docs/perf_typing.py); a space that changes nothing on the
	# screen is not counted. The app types into Ideas' search box.
	queries=("taza alem" "саулык" "8 701 5")
	cp "$DB" "$work/typing.db"
	app_t=$(python3 docs/perf_typing.py perf "$bin --db $work/typing.db --lang en" "People: 100" "i /" "Escape q" "${queries[@]}")
	fzf_t=$(python3 docs/perf_typing.py perf "fzf <$work/titles.txt" "200000/200000" "" "Escape" "${queries[@]}")
	rm -f "$work/typing.db"
	a50=$(echo "$app_t" | cut -d' ' -f1) a95=$(echo "$app_t" | cut -d' ' -f2)
	f50=$(echo "$fzf_t" | cut -d' ' -f1) f95=$(echo "$fzf_t" | cut -d' ' -f2)
	row "typing in Ideas' search box through tmux 100×30, settled after each key ($(echo "$app_t" | cut -d' ' -f4) keys of ${queries[*]}), vs fzf over the same 200 000 titles" "p50 $a50 ms, p95 $a95 ms vs fzf p50 $f50 ms, p95 $f95 ms: p95 ratio $(python3 -c "print(f'{$a95/max($f95,1):.2f}')")" "p95 ≤ fzf's" "python3 docs/perf_typing.py … (send-keys, then capture-pane until the pane stops changing)"
fi
gzip -dc "$work/all.fob" >"$work/lines.jsonl"
exports=() pigzs=() gzips=()
for _ in 1 2 3; do # interleaved, so each meets the same machine
	rm -f "$work/again.fob"
	s=$(date +%s%N)
	"$bin" export --db "$DB" --full --out "$work/again.fob" >/dev/null
	exports+=("$(ms_since "$s")")
	if command -v pigz >/dev/null; then
		s=$(date +%s%N)
		pigz -1 -c "$work/lines.jsonl" >/dev/null
		pigzs+=("$(ms_since "$s")")
	fi
	s=$(date +%s%N)
	gzip -1 -c "$work/lines.jsonl" >/dev/null
	gzips+=("$(ms_since "$s")")
done
e=$(printf '%s\n' "${exports[@]}" | med3)
g=$(printf '%s\n' "${gzips[@]}" | med3)
if [ ${#pigzs[@]} -gt 0 ]; then
	p=$(printf '%s\n' "${pigzs[@]}" | med3)
	row "export --full vs \`pigz -1\` of the same $((raw / 1000000)) MB of lines (median of 3, interleaved)" "$e ms vs $p ms: $(python3 -c "print(f'{$p/$e:.2f}')")× pigz's speed; \`gzip -1\` $g ms: $(python3 -c "print(f'{$g/$e:.2f}')")×" "≥ 0.8× pigz -1" "frontoffice export --full; pigz -1 -c lines >/dev/null; gzip -1 -c lines >/dev/null"
fi
# Bundle import against a raw bbolt load of the same lines: one run of each
# benchmark decides nothing (raw bbolt waits on an fsync per batch, the
# import on the CPU, and the host's minute moves one and not the other), so
# the two run alternated, BUNDLE_PAIRS times each, and the row gives the
# medians, the ratio of the medians, each pair's ratio (the spread), and
# the same ratio in records per CPU-second, which does not move with the
# machine's load.
BUNDLE_PAIRS=${BUNDLE_PAIRS:-3}
if go test -c -o "$work/storage.test" ./storage/ 2>/dev/null; then
	: >"$work/bundle.txt"
	for _ in $(seq "$BUNDLE_PAIRS"); do
		for bench in 'BundleImport$' 'BundleRawBbolt$'; do
			(cd storage && FRONTOFFICE_BENCH_BUNDLE=$work/all.fob "$work/storage.test" -test.run '^$' -test.bench "$bench" -test.benchtime 1x 2>/dev/null | grep '^Benchmark' >>"$work/bundle.txt") || true
		done
	done
	bundle_row=$(python3 - "$work/bundle.txt" <<'EOF'
import re, statistics, sys
runs = {"BundleImport": [], "BundleRawBbolt": []}
for line in open(sys.argv[1]):
    name = re.match(r"Benchmark(\w+?)(-\d+)?\s", line)
    wall = re.search(r"([\d.]+) records/s", line)
    cpu = re.search(r"([\d.]+) records/cpu-s", line)
    if name and name.group(1) in runs and wall and cpu:
        runs[name.group(1)].append((float(wall.group(1)), float(cpu.group(1))))
imp, raw = runs["BundleImport"], runs["BundleRawBbolt"]
if not imp or not raw:
    sys.exit(0)
med = lambda xs: statistics.median(xs)
iw, rw = med([w for w, _ in imp]), med([w for w, _ in raw])
ic, rc = med([c for _, c in imp]), med([c for _, c in raw])
pairs = sorted(a[0] / b[0] for a, b in zip(imp, raw))
spread = lambda xs: f"{min(xs):,.0f}–{max(xs):,.0f}"
print(f"medians of {len(imp)}/{len(raw)} alternated runs: {iw:,.0f} vs {rw:,.0f} records/s: **{iw/rw:.0%} of raw** "
      f"(import {spread([w for w, _ in imp])}, raw {spread([w for w, _ in raw])}; each pair {pairs[0]:.0%}–{pairs[-1]:.0%}); "
      f"per CPU-s {ic:,.0f} vs {rc:,.0f}: {ic/rc:.0%}")
EOF
)
	if [ -n "$bundle_row" ]; then
		row "bundle import vs a raw bbolt load of the same lines (benchmarks, same bundle, alternated)" "$bundle_row" "≥ 100 000 records/s, ≥ 70 % of raw" "go test -c ./storage/; then $BUNDLE_PAIRS× (FRONTOFFICE_BENCH_BUNDLE=all.fob storage.test -test.run '^\$' -test.bench 'BundleImport\$', then 'BundleRawBbolt\$') -test.benchtime 1x"
	fi
fi
if command -v sqlite3 >/dev/null; then
	[ -d "$work/csv" ] || "$bin" export-csv --db "$DB" --out "$work/csv" >/dev/null
	# Three rounds, sqlite3 then the app in each, so that a slow minute of the
	# host falls on both; the medians and their ratio are the figure.
	sqs=() ics=() ok=done
	for _ in 1 2 3; do
		s=$(date +%s%N)
		sqlite3 :memory: ".import --csv $work/csv/people.csv people" ".import --csv $work/csv/ideas.csv ideas" >/dev/null
		sqs+=("$(ms_since "$s")")
		rm -f "$work/csv.db"*
		s=$(date +%s%N)
		"$bin" import-csv --db "$work/csv.db" --kind people --skip-invalid "$work/csv/people.csv" >/dev/null 2>&1 || ok="refused"
		"$bin" import-csv --db "$work/csv.db" --kind ideas --skip-invalid "$work/csv/ideas.csv" >/dev/null 2>&1 || ok="refused"
		ics+=("$(ms_since "$s")")
	done
	sq=$(printf '%s\n' "${sqs[@]}" | med3) ic=$(printf '%s\n' "${ics[@]}" | med3)
	row "import-csv of the demo's people.csv + ideas.csv into a new store vs \`sqlite3 :memory: .import --csv\` of the same files (median of 3, interleaved; rounds: ${ics[*]} ms vs ${sqs[*]} ms)" "$ic ms ($ok) vs $sq ms: $(python3 -c "print(f'{$ic/max($sq,1):.1f}')")× sqlite3's time" "≤ 3× sqlite3" "frontoffice import-csv --kind people|ideas --skip-invalid FILE; sqlite3 :memory: '.import --csv FILE T'"
	rm -f "$work/csv.db"*
fi
# Spreadsheets (issue 19): the whole store as one workbook, then each sheet
# imported into a new store in the order offices import them.
rm -f "$work/all.xlsx" "$work/sheet.db"
s=$(date +%s%N)
"$bin" export-sheet --db "$DB" --out "$work/all.xlsx" >/dev/null
xs=$(ms_since "$s")
row "export-sheet of the whole store (100 000 ideas, 100 000 people, their consultations and hours) to one workbook" "$xs ms" "≤ 10 s for 100k ideas + 100k people" "frontoffice export-sheet --db … --out all.xlsx"
for kind in people ideas hours; do
	s=$(date +%s%N)
	made=$("$bin" import-sheet --lang en --db "$work/sheet.db" --kind "$kind" "$work/all.xlsx" 2>/dev/null | grep -o 'Created [0-9,]*' | tr -dc 0-9)
	t=$(ms_since "$s")
	row "import-sheet, $kind sheet, into a new store (people first, then ideas, then hours)" "${made:-0} rows in $t ms: $(python3 -c "print(f'{${made:-0}*1000/max($t,1):,.0f}')") rows/s" "≥ 20 000 rows/s" "frontoffice import-sheet --db new.db --kind $kind all.xlsx"
done
rm -f "$work/all.xlsx" "$work/sheet.db"*
rm -f "$work/lines.jsonl" "$work/again.fob"

machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.1f GB", $2/1024/1024}' /proc/meminfo) memory, $(uname -sr), $(go version | cut -d' ' -f3)"
section=$(
	echo "<!-- perf.sh begin -->"
	echo "## Budgets (DESIGN.md §7), measured by \`bash docs/perf.sh\`"
	echo
	echo "Run $(date -u +%Y-%m-%d) on $machine; store: \`$DB\` (100 000 ideas, 100 000 people, their consultations, visits and hours)."
	echo
	echo "| what | figure | budget | command |"
	echo "|---|---|---|---|"
	printf '%s\n' "${rows[@]}"
	echo "<!-- perf.sh end -->"
)
python3 - docs/PERFORMANCE.md "$section" <<'EOF'
import sys
path, section = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
b, e = "<!-- perf.sh begin -->", "<!-- perf.sh end -->"
if b in text and e in text:
    text = text[:text.index(b)] + section + text[text.index(e) + len(e):]
else:
    head, sep, rest = text.partition("\n## ")
    text = head + "\n" + section + "\n\n" + sep.lstrip("\n") + rest if sep else text + "\n" + section + "\n"
open(path, "w", encoding="utf-8").write(text)
EOF
printf '%s\n' "$section"
