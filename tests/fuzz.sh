#!/bin/sh
# fuzz.sh -- build every tests/fuzz_NAME.c with libFuzzer and run each for
# FUZZTIME seconds, seeded from the test fixtures.  Exits 1 on any crash;
# the crashing input is kept in tests/fuzz-regress/NAME/ for make check.
# Run from the top of the tree (make fuzz; FUZZONLY="date fig" for some).
LC_ALL=C; export LC_ALL
FUZZCC=${FUZZCC:-clang}
FUZZTIME=${FUZZTIME:-60}
FUZZFLAGS=${FUZZFLAGS:--g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all}
work=${FUZZDIR:-${TMPDIR:-/tmp}/newsutils-fuzz}
rval=0

command -v "$FUZZCC" >/dev/null 2>&1 ||
    { echo "fuzz: $FUZZCC not found: libFuzzer needs clang" >&2; exit 2; }
mkdir -p "$work" || exit 2

# The seeds: every fixture, plus the inputs that once crashed a harness.
seed=$work/seed
rm -rf "$seed"
mkdir -p "$seed"
find tests/fixtures tests/fuzz-regress -type f 2>/dev/null |
while IFS= read -r f; do
	cp "$f" "$seed/$(printf '%s' "$f" | cksum | cut -d' ' -f1)"
done

printf '%-10s %10s %8s %8s %8s %s\n' harness execs exec/s cov ft result
for src in tests/fuzz_*.c; do
	[ -e "$src" ] || continue
	name=${src#tests/fuzz_}
	name=${name%.c}
	# FUZZONLY="date fig" runs only those harnesses.
	case " ${FUZZONLY:-$name} " in *" $name "*) ;; *) continue ;; esac
	bin=$work/fuzz_$name
	# shellcheck disable=SC2086
	if ! $FUZZCC $FUZZFLAGS -Icommon -D_POSIX_C_SOURCE=200809L \
	    -o "$bin" "$src" common/*.c; then
		echo "fuzz: $src does not build" >&2
		rval=1
		continue
	fi
	corpus=$work/corpus_$name
	mkdir -p "$corpus" "$work/crash_$name"
	# close_fd_mask=2 silences the warnings on stderr; reports still show.
	"$bin" -max_total_time="$FUZZTIME" -print_final_stats=1 \
	    -close_fd_mask=2 -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix="$work/crash_$name/" \
	    "$corpus" "$seed" >"$work/log_$name" 2>&1
	st=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log_$name")
	speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log_$name")
	cov=$(grep -o 'cov: [0-9]*' "$work/log_$name" | tail -1 | cut -d' ' -f2)
	ft=$(grep -o 'ft: [0-9]*' "$work/log_$name" | tail -1 | cut -d' ' -f2)
	result=ok
	if [ "$st" -ne 0 ]; then
		result="FAILED (status $st, log $work/log_$name)"
		mkdir -p "tests/fuzz-regress/$name"
		for c in "$work/crash_$name"/*; do
			[ -e "$c" ] && cp "$c" "tests/fuzz-regress/$name/" &&
			    result="$result, kept tests/fuzz-regress/$name/${c##*/}"
		done
		rval=1
	fi
	printf '%-10s %10s %8s %8s %8s %s\n' "$name" "${execs:-?}" \
	    "${speed:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
exit "$rval"
