#!/usr/bin/env bash
# Measures search at 100,000 ideas + 100,000 people: the engine's keystroke
# latencies (benchmark), index load, and `frontoffice search` as a whole process
# beside `fzf --filter` over the same titles and names, in one run.
#
#   bash docs/perf-search.sh            # DB defaults to /tmp/frontoffice-perf.db (made if missing)
#
# Needs python3 and fzf (apt-get install fzf). Prints Markdown rows for
# docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-/tmp/frontoffice-perf.db}
RUNS=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=$work/frontoffice
go build -o "$bin" .
if [ ! -f "$DB" ]; then
	"$bin" demo --db "$DB" --ideas 100000 --people 100000
fi

echo "## engine (go test -bench)"
go test -run '^$' -bench 'Keystroke|FirstLetter|Load' -benchtime 3x ./model/search/ | grep -E '^Benchmark'

"$bin" export-csv --db "$DB" --out "$work/csv" >/dev/null
python3 - "$work/csv" >"$work/titles.txt" <<'EOF'
import csv, sys
for name, col in (("ideas.csv", "title"), ("people.csv", "full_name")):
    with open(f"{sys.argv[1]}/{name}", encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            print(row[col])
EOF
echo
echo "## whole process, median of $RUNS runs: frontoffice search vs fzf --filter over $(wc -l <"$work/titles.txt") lines"
echo "| query | frontoffice search | hits | fzf --filter | hits | ratio |"
echo "|---|---|---|---|---|---|"
ms() { # median wall milliseconds of "$@" over RUNS runs, output discarded
	local t=()
	for _ in $(seq "$RUNS"); do
		local s=$(date +%s%N)
		"$@" >/dev/null 2>&1 || true
		t+=($(( ($(date +%s%N) - s) / 1000000 )))
	done
	printf '%s\n' "${t[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}
for q in "taza alem" "Таза әлем" "саулык" "shymkent" "ветеран" "kitap" "8 701 2" "nurbol"; do
	a=$(ms "$bin" search --db "$DB" --limit 20 "$q")
	ah=$("$bin" search --db "$DB" --lang en --limit 1 "$q" | tail -1 | sed -E 's/.* of (.*) found\./\1/; s/Nothing.*/0/')
	b=$(ms sh -c "fzf --filter '$q' <'$work/titles.txt' | head -20")
	bh=$( (fzf --filter "$q" <"$work/titles.txt" || true) | wc -l)
	echo "| \`$q\` | $a ms | $ah | $b ms | $bh | $(python3 -c "print(f'{$a/max($b,1):.2f}')") |"
done

if command -v tmux >/dev/null; then
	echo
	echo "## start to Home with counts drawn (tmux 100x30)"
	for _ in 1 2 3; do
		s=$(date +%s%N)
		tmux -L perf new-session -d -s p -x 100 -y 30 "$bin --db $DB --lang en; sleep 5"
		until tmux -L perf capture-pane -p -t p 2>/dev/null | grep -q "People: "; do sleep 0.005; done
		echo "$(( ($(date +%s%N) - s) / 1000000 )) ms"
		tmux -L perf send-keys -t p q
		sleep 0.5
		tmux -L perf kill-server 2>/dev/null || true
	done
fi
