#!/usr/bin/env bash
# Compares two builds of frontoffice on the import of one bundle, alternating
# them so that both meet the machine's slow and quick moments alike:
#
#   go build -o /tmp/a . ; (change) ; go build -o /tmp/b .
#   bash docs/ab.sh /tmp/a /tmp/b full.fob 3 [full-b.fob]
#
# The fifth argument is B's bundle when B cannot read A's (a build from before
# format_version 2 reads neither signed bundles nor --trust: give each build
# a bundle of the same store written by itself).
#
# Prints each run's wall-clock milliseconds, then each build's mean.
set -euo pipefail
a=$1 b=$2 bundle=$3 n=${4:-3} bundle_b=${5:-$3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Builds that check signatures take a new office's bundle with --trust;
# older builds do not know the flag.
trust() {
	local said
	said=$("$1" import --trust 2>&1 || true)
	case $said in
	*"not defined: -trust"*) echo "" ;;
	*) echo "--trust" ;;
	esac
}
ta=$(trust "$a") tb=$(trust "$b")
for _ in $(seq "$n"); do
	for x in A B; do
		bin=$a flag=$ta file=$bundle
		[ "$x" = B ] && bin=$b flag=$tb file=$bundle_b
		rm -f "$work/in.db"
		s=$(date +%s%N)
		"$bin" import --db "$work/in.db" $flag "$file" >/dev/null
		echo "$x $(( ($(date +%s%N) - s) / 1000000 ))"
	done
done | awk '{print; t[$1]+=$2; n[$1]++; v[$1]=v[$1]" "$2} END {for (k in t) printf "%s mean %.0f ms (%s )\n", k, t[k]/n[k], v[k]}'
