#!/bin/sh
# parallel.sh -- the whole pipeline on many cores gives the records it gives
# on one: GNU parallel (and xargs -P) one file per job, and parallel --pipe
# over a stream cut at form-feed lines, each block named with nsplit -n.
#
# usage: sh tests/parallel.sh [corpus-dir]   (default ../shared/corpus)
# NEWSUTILS_ALLOW_MISSING=1 leaves out a filter that is not built (for
# development only); otherwise a missing filter is a failure.
# PARALLEL_ARTICLES (default 3000) articles are taken from the streams.
LC_ALL=C; export LC_ALL
corpus=${1:-../shared/corpus}
narticles=${PARALLEL_ARTICLES:-3000}
tmp=${TMPDIR:-/tmp}/newsutils-parallel.$$
fail=0

die() {
	echo "parallel: $*" >&2
	rm -rf "$tmp"
	exit 2
}

command -v parallel >/dev/null ||
    die "GNU parallel is not installed (apt-get install parallel)"
[ -d "$corpus/files" ] || die "$corpus/files: no such directory"
command -v nsplit >/dev/null || die "nsplit is not built"

# The pipeline after nsplit, from the filters there are.
filters=
for f in ndate nquote nfig ncount; do
	if command -v "$f" >/dev/null; then
		filters="$filters | $f"
	elif [ -n "$NEWSUTILS_ALLOW_MISSING" ]; then
		echo "# parallel: $f is not built: left out of the pipeline"
	else
		die "$f is not built (NEWSUTILS_ALLOW_MISSING=1 leaves it out)"
	fi
done
echo "# parallel: pipeline: nsplit$filters"

now() {
	date +%s.%N
}

# timing S0 S1 P0 P1: the sequential run took S0..S1, the parallel P0..P1.
timing() {
	awk -v a="$1" -v b="$2" -v c="$3" -v d="$4" 'BEGIN {
	    printf "sequential %.2f s, parallel %.2f s, speed-up %.2f",
		b - a, d - c, (d > c) ? (b - a) / (d - c) : 0 }'
}

# check NAME: compare $tmp/seq.out and $tmp/par.out, already in the form
# to compare; both must hold records.
check() {
	if [ -s "$tmp/seq.out" ] && cmp -s "$tmp/seq.out" "$tmp/par.out"; then
		echo "ok - $1 ($(wc -l <"$tmp/seq.out") records)"
	else
		echo "not ok - $1"
		diff "$tmp/seq.out" "$tmp/par.out" | head -10 | sed 's/^/# /'
		fail=1
	fi
}

mkdir -p "$tmp/in" || die "cannot make $tmp"

# The corpus's single files, and the streams' first articles cut into files
# of 100 articles each (articles are separated by a line holding \f).
cp "$corpus"/files/*.txt "$tmp/in/" || die "cannot copy $corpus/files"
nstream=0
for s in "$corpus"/*.txt; do
	[ -f "$s" ] && nstream=$((nstream + 1))
done
[ "$nstream" -gt 0 ] || die "$corpus: no streams"
per=$(( (narticles + nstream - 1) / nstream ))
for s in "$corpus"/*.txt; do
	b=${s##*/}
	awk -v max="$per" -v out="$tmp/in/${b%.txt}" '
	    $0 == "\f" { if (++n >= max) exit
			 if (n % 100 == 0) { close(f); next } }
	    { f = sprintf("%s-%03d.txt", out, int(n / 100)); print > f }' "$s"
	awk -v max="$per" '$0 == "\f" { if (++n >= max) exit } { print }' \
	    "$s" >>"$tmp/stream.txt"
	printf '\f\n' >>"$tmp/stream.txt"
done
nfiles=$(ls "$tmp/in" | wc -l)
echo "# parallel: $nfiles files, $(grep -c "$(printf '^\f$')" "$tmp/stream.txt") stream articles"

# 1. One file per job: the same records, order aside (IDs name the file).
cd "$tmp/in" || die "cannot cd to $tmp/in"
t0=$(now)
eval "nsplit *.txt $filters" >"$tmp/seq.raw" || fail=1
t1=$(now)
eval "parallel 'nsplit {} $filters' ::: *.txt" >"$tmp/par.raw" || fail=1
t2=$(now)
cd - >/dev/null || die "cannot cd back"
sort "$tmp/seq.raw" >"$tmp/seq.out"
sort "$tmp/par.raw" >"$tmp/par.out"
check "parallel, one file per job, gives the sequential records"
echo "# parallel: files: $(timing "$t0" "$t1" "$t1" "$t2")"

# 1b. xargs -P over the same files, all jobs writing to one file: the
# writer hands write(2) whole lines only, so no record is torn.
cd "$tmp/in" || die "cannot cd to $tmp/in"
t2=$(now)
printf '%s\n' *.txt | eval "xargs -P 2 -I{} sh -c 'nsplit {} $filters'" \
    >"$tmp/par.raw" || fail=1
t3=$(now)
cd - >/dev/null || die "cannot cd back"
sort "$tmp/par.raw" >"$tmp/par.out"
check "xargs -P, one file per job, gives the sequential records"
echo "# parallel: files with xargs -P 2: $(timing "$t0" "$t1" "$t2" "$t3")"

# 2. A stream cut at form-feed lines, each block named by its job number:
# the same records apart from their IDs.
t0=$(now)
eval "nsplit -n block <'$tmp/stream.txt' $filters" >"$tmp/seq.raw" || fail=1
t1=$(now)
eval "parallel --pipe --regexp --recend '\n' --recstart '\f\n' \
    'nsplit -n block{#} $filters' <'$tmp/stream.txt'" >"$tmp/par.raw" || fail=1
t2=$(now)
cut -f2- "$tmp/seq.raw" | sort >"$tmp/seq.out"
cut -f2- "$tmp/par.raw" | sort >"$tmp/par.out"
check "parallel --pipe at form feeds gives the sequential records, IDs aside"
nblock=$(cut -f1 "$tmp/par.raw" | sed 's/:[0-9]*$//' | sort -u | wc -l)
echo "# parallel: stream in $nblock blocks: $(timing "$t0" "$t1" "$t1" "$t2")"

rm -rf "$tmp"
exit $fail
