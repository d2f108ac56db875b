#!/bin/sh
# bench-worst.sh -- for make bench: MB/s of each command on the slowest of
# the pathological inputs of tests/stress.sh (at half their size, or
# divided by STRESS_SCALE), in the row format of tests/bench.sh.  A small
# case is repeated, as articles of their own, to WORSTMB megabytes (20),
# so that the start of a process does not count; the slowest case is run
# RUNS (3) times and the best taken, as bench.sh does.  Needs tests/rusage
# (make tests/rusage) and the commands on PATH.
cd "${0%/*}" || exit 2
LC_ALL=C; export LC_ALL
n=0 fail=0
tmp=${TMPDIR:-/tmp}/newsutils-worst.$$
mkdir -p "$tmp" || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM
STRESS_SCALE=${STRESS_SCALE:-2}
. ./cmds.sh >/dev/null
. ./patho.sh
[ -x ./rusage ] || { echo "bench-worst: build tests/rusage first" >&2; exit 2; }

# bw_file CASE KIND: the input of a case, repeated to WORSTMB; its name.
bw_file() {
	bw_f=$(patho_file "$1" "$2" "$(patho_size "$1")")
	bw_k=$((${WORSTMB:-20} * 1000000 / $(wc -c <"$bw_f")))
	[ "$bw_k" -gt 1 ] || { echo "$bw_f"; return; }
	[ -s "$bw_f.x$bw_k" ] || awk -v k="$bw_k" -v kind="$2" '
	    { l[NR] = $0 }
	    END {
		for (i = 1; i <= k; i++) {
			if (kind == "txt" && i > 1)
				printf "\f\n"
			for (j = 1; j <= NR; j++) {
				s = l[j]
				if (kind == "rec")
					sub(/:1\t/, ":" i "\t", s)
				print s
			}
		}
	    }' "$bw_f" >"$bw_f.x$bw_k"
	echo "$bw_f.x$bw_k"
}

for bw_c in $hd_all; do
	c=${bw_c%%:*} kind=${bw_c#*:}
	worst= worstcase= worstsize= worstwall=
	for case in $patho_cases; do
		f=$(bw_file "$case" "$kind")
		size=$(wc -c <"$f")
		./rusage "$tmp/rep" "$c" "$f" >/dev/null 2>&1 ||
		    { echo "bench-worst: $c failed on $case" >&2; continue; }
		read -r st wall cpu kb <"$tmp/rep"
		mbs=$(awk "BEGIN { print $size / 1e6 / ($wall > 0 ? $wall : 1e-3) }")
		if [ -z "$worst" ] || awk "BEGIN { exit !($mbs < $worst) }"; then
			worst=$mbs worstcase=$case worstsize=$size worstwall=$wall
		fi
	done
	[ -n "$worst" ] || continue
	# The slowest case, run again: its best of RUNS (3) is the figure.
	f=$(bw_file "$worstcase" "$kind")
	i=1
	while [ "$i" -lt "${RUNS:-3}" ]; do
		./rusage "$tmp/rep" "$c" "$f" >/dev/null 2>&1
		read -r st wall cpu kb <"$tmp/rep"
		awk "BEGIN { exit !($wall < $worstwall) }" && worstwall=$wall
		i=$((i + 1))
	done
	echo "$c $worstcase $worstsize $worstwall" | awk '{
		printf "%-26s %8.1f MB/s  %7.2f s  %6.1f MB in\n",
		$1 " worst (" $2 ")",
		$3 / 1e6 / ($4 > 0 ? $4 : 1e-3), $4, $3 / 1e6 }'
done
exit 0
