#!/bin/sh
# bench.sh CORPUS [FILE] -- MB/s of each command over a large corpus file,
# beside `cat | cat` and `awk '{print}'` on the same bytes, in one run.
# FILE defaults to a 100 MB input made by CORPUS/mkbench (kept for reuse).
# Each figure is the best of RUNS (default 3) runs.
LC_ALL=C; export LC_ALL
corpus=${1:-../shared/corpus}
file=$2
runs=${RUNS:-3}
tmp=${TMPDIR:-/tmp}
if [ -z "$file" ]; then
	file=$tmp/newsutils-bench.txt
	if [ ! -s "$file" ]; then
		echo "bench: making $file with $corpus/mkbench" >&2
		"$corpus/mkbench" "$file" "${BENCHMB:-100}" || exit 2
	fi
fi
[ -r "$file" ] || { echo "bench: cannot read $file" >&2; exit 2; }
recs=$tmp/newsutils-bench.$$.tsv
trap 'rm -f "$recs"' EXIT INT TERM
nsplit "$file" >"$recs" || exit 2

now() { date +%s.%N; }

# best SECONDS of running the shell code $1 $runs times
best() {
	b=
	i=0
	while [ "$i" -lt "$runs" ]; do
		s=$(now)
		sh -c "$1" || { echo "bench: failed: $1" >&2; exit 2; }
		e=$(now)
		b=$(echo "$s $e ${b:-1e9}" | awk '{ d = $2 - $1; print (d < $3 ? d : $3) }')
		i=$((i + 1))
	done
	echo "$b"
}

row() {	# row NAME INPUT CODE
	size=$(wc -c <"$2")
	secs=$(best "$3")
	awk -v name="$1" -v size="$size" -v secs="$secs" 'BEGIN {
	    printf "%-26s %8.1f MB/s  %7.3f s  %6.1f MB in\n", name,
	    size / 1e6 / (secs > 0 ? secs : 1e-9), secs, size / 1e6 }'
}

echo "bench: $file ($(wc -c <"$file") bytes of text, $(wc -c <"$recs") bytes of records), best of $runs"
row "cat | cat (text)" "$file" "cat '$file' | cat >/dev/null"
row "awk '{print}' (text)" "$file" "awk '{print}' '$file' >/dev/null"
row "cat | cat (records)" "$recs" "cat '$recs' | cat >/dev/null"
row "awk '{print}' (records)" "$recs" "awk '{print}' '$recs' >/dev/null"
row "nsplit" "$file" "nsplit '$file' >/dev/null"
for c in ntext ndate nquote nfig ncount njson; do
	command -v "$c" >/dev/null 2>&1 || continue
	row "$c" "$recs" "$c '$recs' >/dev/null"
done
if command -v ndate >/dev/null 2>&1 && command -v nquote >/dev/null 2>&1 &&
    command -v nfig >/dev/null 2>&1 && command -v ncount >/dev/null 2>&1; then
	row "pipeline (text in)" "$file" \
	    "nsplit '$file' | ndate | nquote | nfig | ncount >/dev/null"
fi
[ -f ./tests/bench-worst.sh ] && sh ./tests/bench-worst.sh
exit 0
