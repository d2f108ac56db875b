# lib.sh -- the end-to-end test helpers, sourced by tests/cli/*.sh.
# Each case gives the command, the expected status and the expected stdout;
# a status of 0 also requires an empty stderr.
LC_ALL=C; export LC_ALL
n=${n:-0} fail=${fail:-0}
tmp=${TMPDIR:-/tmp}/newsutils.$$
mkdir -p "$tmp"

# t NAME STATUS EXPECTED-FILE CMD...: run CMD (stdin from /dev/null unless
# redirected inside sh -c) and compare status and stdout.
t() {
	name=$1 want=$2 exp=$3
	shift 3
	n=$((n + 1))
	"$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	if [ "$got" -eq "$want" ] && cmp -s "$exp" "$tmp/out" &&
	    { [ "$want" -ne 0 ] || [ ! -s "$tmp/err" ]; }; then
		echo "ok $n - $name"
	else
		echo "not ok $n - $name (status $got, want $want)"
		diff -u "$exp" "$tmp/out" | head -40 | sed 's/^/# /'
		sed 's/^/# stderr: /' "$tmp/err" | head -5
		fail=$((fail + 1))
	fi
}

# ts NAME STATUS EXPECTED-FILE SHELL-CODE: the same for a pipeline.
ts() {
	name=$1 want=$2 exp=$3
	t "$name" "$want" "$exp" sh -c "$4"
}

# ok NAME SHELL-CODE: a check that passes when the code exits 0.
ok() {
	n=$((n + 1))
	if sh -c "$2" >"$tmp/out" 2>&1 </dev/null; then
		echo "ok $n - $1"
	else
		echo "not ok $n - $1"
		head -20 "$tmp/out" | sed 's/^/# /'
		fail=$((fail + 1))
	fi
}

# err_has NAME PATTERN SHELL-CODE: stderr of the code matches PATTERN.
err_has() {
	n=$((n + 1))
	sh -c "$3" >/dev/null 2>"$tmp/err" </dev/null
	if grep -q -- "$2" "$tmp/err"; then
		echo "ok $n - $1"
	else
		echo "not ok $n - $1 (stderr lacks '$2')"
		head -5 "$tmp/err" | sed 's/^/# /'
		fail=$((fail + 1))
	fi
}

# missing NAME WHAT: a test that cannot run because WHAT is not installed
# fails, loudly: the suite never skips itself quietly.
missing() {
	n=$((n + 1))
	fail=$((fail + 1))
	echo "not ok $n - $1: $2 is not installed (apt-get install $2)"
}
