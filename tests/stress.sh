#!/bin/sh
# stress.sh -- pathological inputs for every command (make stress): each
# case runs at half its size (S) and at its full size (2S).  Doubling the
# input may at most double the CPU time, within 25% for the noise of a
# shared machine (cpu(2S) <= 2.5 cpu(S); runs under STRESS_MINCPU seconds,
# 0.2, are too quick to tell), and the peak memory must stay under
# STRESS_MEMX (4) times the bytes of the largest article, plus
# STRESS_LINEB (192) bytes for each of its lines (an article is held as an
# array of lines), plus STRESS_MEMC MB (32).
# Prints a table; exits 1 on any failure.  STRESS_SCALE=10 makes every
# case ten times smaller, STRESS_CASES picks cases.  Takes minutes.
cd "${0%/*}" || exit 2
LC_ALL=C; export LC_ALL
n=0 fail=0
tmp=${TMPDIR:-/tmp}/newsutils-stress.$$
mkdir -p "$tmp" || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM
. ./cmds.sh
. ./patho.sh
if [ ! -x ./rusage ]; then
	echo "stress: build tests/rusage first (make stress)" >&2
	exit 2
fi

memx=${STRESS_MEMX:-4}
memc=${STRESS_MEMC:-32}
lineb=${STRESS_LINEB:-192}
mincpu=${STRESS_MINCPU:-0.2}

# st_run CMD FILE: the best of a few runs; sets st_st st_wall st_cpu st_kb.
st_run() {
	st_best=
	for st_i in 1 2 3; do
		./rusage "$tmp/rep" "$1" "$2" >/dev/null 2>"$tmp/err"
		read -r st_st st_wall st_cpu st_kb <"$tmp/rep"
		[ "$st_st" -eq 0 ] || return 1
		if [ -z "$st_best" ] || awk "BEGIN { exit !($st_cpu < $st_best) }"; then
			st_best=$st_cpu st_bwall=$st_wall st_bkb=$st_kb
		fi
		# One run is enough for a slow case: the noise is small there.
		awk "BEGIN { exit !($st_cpu > 2) }" && break
	done
	st_cpu=$st_best st_wall=$st_bwall st_kb=$st_bkb
}

printf '%-8s %-9s %10s %8s %8s %6s %8s %8s  %s\n' command case 2S \
    'cpu(S)' 'cpu(2S)' ratio 'MB(2S)' 'limit' result
for st_c in $hd_all; do
	c=${st_c%%:*} kind=${st_c#*:}
	for case in ${STRESS_CASES:-$patho_cases}; do
		big=$(patho_size "$case")
		fs=$(patho_file "$case" "$kind" $((big / 2)))
		f2=$(patho_file "$case" "$kind" "$big")
		set -- $(patho_largest "$case" "$f2")
		limit=$((($1 * memx + $2 * lineb) / 1048576 + memc))
		result=ok
		if ! st_run "$c" "$fs"; then
			result="FAIL: status $st_st at S: $(head -1 "$tmp/err")"
		else
			cpu1=$st_cpu
			if ! st_run "$c" "$f2"; then
				result="FAIL: status $st_st at 2S:"
				result="$result $(head -1 "$tmp/err")"
			fi
		fi
		if [ "$result" != ok ]; then
			printf '%-8s %-9s %10s  %s\n' "$c" "$case" "$big" "$result"
			fail=$((fail + 1))
			continue
		fi
		mb=$((st_kb / 1024))
		ratio=$(awk "BEGIN { d = $cpu1 > 0.001 ? $cpu1 : 0.001
		    printf \"%.2f\", $st_cpu / d }")
		if awk "BEGIN { exit !($st_cpu >= $mincpu && $ratio > 2.5) }"; then
			result="FAIL: not linear"
		elif [ "$mb" -gt "$limit" ]; then
			result="FAIL: memory"
		elif awk "BEGIN { exit !($st_cpu < $mincpu) }"; then
			result="ok (too quick to time)"
		fi
		case $result in FAIL*) fail=$((fail + 1)) ;; esac
		n=$((n + 1))
		printf '%-8s %-9s %10s %8s %8s %6s %8s %8s  %s\n' "$c" "$case" \
		    "$big" "$cpu1" "$st_cpu" "$ratio" "$mb" "$limit" "$result"
	done
done
echo "stress: $n cases run, $fail failed"
[ "$fail" -eq 0 ]
