#!/usr/bin/env bash
# Compares two builds of frontoffice on the import of one bundle, alternating
# them so that both meet the machine's slow and quick moments alike:
#
#   go build -o /tmp/a . ; (change) ; go build -o /tmp/b .
#   bash docs/ab.sh /tmp/a /tmp/b full.fob 3
#
# Prints each run's wall-clock milliseconds, then each build's mean.
set -euo pipefail
a=$1 b=$2 bundle=$3 n=${4:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for _ in $(seq "$n"); do
	for x in A B; do
		bin=$a
		[ "$x" = B ] && bin=$b
		rm -f "$work/in.db"
		s=$(date +%s%N)
		"$bin" import --db "$work/in.db" "$bundle" >/dev/null
		echo "$x $(( ($(date +%s%N) - s) / 1000000 ))"
	done
done | awk '{print; t[$1]+=$2; n[$1]++; v[$1]=v[$1]" "$2} END {for (k in t) printf "%s mean %.0f ms (%s )\n", k, t[k]/n[k], v[k]}'
