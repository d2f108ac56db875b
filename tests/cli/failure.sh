# failure.sh -- every command under failure: a full disk, a closed or
# vanishing reader, unreadable inputs, signals, a file that shrinks.  Each
# must end with status 2 (a broken pipe: its own signal, or 0) and a
# message, and its output must end at a record boundary.
[ -n "$hd_loaded" ] || . ./cmds.sh

# fl_big FILE KIND LINES: a large input of records (rec) or text (txt),
# made of short articles with dates, quotes and figures in them.
fl_big() {
	awk -v kind="$2" -v lines="$3" 'BEGIN {
		for (i = 1; i <= lines; i++) {
			a = int(i / 8) + 1
			t = "On 4 May 2021 she said \"about 1,200 people" \
			    " (or more) came\" and left at 5 p.m., item " i "."
			if (kind == "rec")
				printf "big:%d\tpara\t%d\t%s\n", a, i % 8 + 1, t
			else if (i % 8 == 0)
				printf "\f\nTitle %d\n\n", a
			else
				printf "%s\n\n", t
		}
	}' >"$1"
}

# fl_whole FILE: empty, or ends with LF.
fl_whole() {
	[ ! -s "$1" ] || [ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" = '\n' ]
}

# fl_no_crash FILE: stderr shows no sanitizer report.
fl_no_crash() {
	! grep -q -e 'Sanitizer' -e 'runtime error' -e 'Segmentation' "$1"
}

# fl_ok NAME FUNCTION ARG...: a check made by a function of this file.
fl_ok() {
	fl_name=$1
	shift
	n=$((n + 1))
	if "$@" >"$tmp/fl.log" 2>&1; then
		echo "ok $n - $fl_name"
	else
		echo "not ok $n - $fl_name"
		head -10 "$tmp/fl.log" | sed 's/^/# /'
		fail=$((fail + 1))
	fi
}

fl_signal() {	# fl_signal CMD INPUT SIG: signal a command reading a FIFO
	rm -f "$tmp/fifo" "$tmp/sig.out"
	mkfifo "$tmp/fifo" || return 1
	# The producer keeps the FIFO open, so the command waits for more.
	(cat "$2"; exec sleep 30) >"$tmp/fifo" &
	fl_prod=$!
	"$1" <"$tmp/fifo" >"$tmp/sig.out" 2>"$tmp/sig.err" &
	fl_pid=$!
	fl_i=0
	while [ ! -s "$tmp/sig.out" ] && [ "$fl_i" -lt 200 ]; do
		sleep 0.05
		fl_i=$((fl_i + 1))
	done
	sleep 0.2
	kill -s "$3" "$fl_pid"
	wait "$fl_pid"
	fl_st=$?
	kill "$fl_prod" 2>/dev/null
	wait "$fl_prod" 2>/dev/null
	[ "$fl_st" -eq 2 ] && [ -s "$tmp/sig.out" ] && fl_whole "$tmp/sig.out" &&
	    grep -q . "$tmp/sig.err" && fl_no_crash "$tmp/sig.err" && return 0
	echo "status $fl_st; output $(wc -c <"$tmp/sig.out") bytes," \
	    "last: $(tail -c 20 "$tmp/sig.out" | od -An -c | tail -1)"
	head -3 "$tmp/sig.err"
	return 1
}

fl_shrink() {	# fl_shrink CMD INPUT: cut the file while CMD reads it
	cp "$2" "$tmp/shrink"
	"$1" "$tmp/shrink" >"$tmp/shr.out" 2>"$tmp/shr.err" &
	fl_pid=$!
	sleep 0.01
	truncate -s "$(($(wc -c <"$2") / 3))" "$tmp/shrink"
	sleep 0.02
	: >"$tmp/shrink"
	wait "$fl_pid"
	fl_st=$?
	if [ "$fl_st" -ne 0 ] && [ "$fl_st" -ne 2 ]; then
		echo "status $fl_st"
		return 1
	fi
	fl_whole "$tmp/shr.out" && fl_no_crash "$tmp/shr.err"
}

if [ -n "$hd_all" ]; then
	fl_big "$tmp/big.rec" rec 40000
	fl_big "$tmp/big.txt" txt 40000
fi
for fl_c in $hd_all; do
	fl_cmd=${fl_c%%:*}
	fl_k=${fl_c#*:}		# rec or txt: what the command reads
	fl_a=fixtures/harden/a.$fl_k fl_b=fixtures/harden/b.$fl_k
	fl_big=$tmp/big.$fl_k
	ok "$fl_cmd: /dev/full is status 2 with a message" \
	    "$fl_cmd $fl_a >/dev/full 2>$tmp/e; [ \$? -eq 2 ] && grep -q . $tmp/e"
	ok "$fl_cmd: closed stdout is status 2 with a message" \
	    "$fl_cmd $fl_a >&- 2>$tmp/e; [ \$? -eq 2 ] && grep -q . $tmp/e"
	ok "$fl_cmd: --help to /dev/full is status 2" \
	    "$fl_cmd --help >/dev/full 2>$tmp/e;
	    [ \$? -eq 2 ] && grep -q . $tmp/e"
	ok "$fl_cmd: a reader that goes away: quiet, SIGPIPE or 0" \
	    "{ timeout 20 $fl_cmd $fl_big 2>$tmp/e; echo \$? >$tmp/st; } |
	    head -1 >/dev/null;
	    st=\$(cat $tmp/st); echo status \$st; cat $tmp/e;
	    { [ \$st -eq 141 ] || [ \$st -eq 0 ]; } && [ ! -s $tmp/e ]"
	$fl_cmd $fl_a $fl_b >"$tmp/good" 2>/dev/null
	t "$fl_cmd: a missing file and a directory among readable ones" 2 \
	    "$tmp/good" $fl_cmd $fl_a "$tmp/nonexistent" fixtures/harden $fl_b
	err_has "$fl_cmd: the missing file is named" nonexistent \
	    "$fl_cmd $fl_a $tmp/nonexistent $fl_b"
	err_has "$fl_cmd: the directory is named" fixtures/harden \
	    "$fl_cmd fixtures/harden"
	ok "$fl_cmd: a directory as stdin is status 2 with a message" \
	    "$fl_cmd <fixtures/harden >/dev/null 2>$tmp/e;
	    [ \$? -eq 2 ] && grep -q . $tmp/e"
	fl_ok "$fl_cmd: SIGINT halfway: status 2, message, whole records" \
	    fl_signal "$fl_cmd" "$fl_big" INT
	fl_ok "$fl_cmd: SIGTERM halfway: status 2, message, whole records" \
	    fl_signal "$fl_cmd" "$fl_big" TERM
	fl_ok "$fl_cmd: a file that shrinks while read: whole records, no crash" \
	    fl_shrink "$fl_cmd" "$fl_big"
done
