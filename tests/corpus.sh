#!/bin/sh
# corpus.sh CORPUSDIR -- run nsplit and ntext over every article stream of a
# corpus (CORPUSDIR/*.txt, files/*.txt, seed/*.txt) and fail on any crash,
# warning, round-trip difference or lost word.
LC_ALL=C; export LC_ALL
dir=${1:?usage: corpus.sh CORPUSDIR}
tmp=${TMPDIR:-/tmp}/newsutils-corpus.$$
mkdir -p "$tmp" || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
nfile=0 fail=0

# The words of a text, one a line, sorted; no-break spaces, form feeds
# and CRs count as white space.
words() {
	sed 's/\xc2\xa0/ /g' | tr '\f\r\v' '   ' |
	    awk '{ for (i = 1; i <= NF; i++) print $i }' | sort
}

# The header values (dateline and credit aside: they repeat the body) and
# paragraphs of a record stream, unescaped.
values() {
	awk -F'\t' '($2 == "hdr" && $3 != "dateline" && $3 != "credit") ||
	    $2 == "para" {
		v = $4
		gsub(/\\\\/, "\001", v)
		gsub(/\\[ntr0]/, " ", v)
		gsub(/\001/, "\\", v)
		print v
	}' "$1"
}

# What the input may lose: its layout's labels, and the keys of headers.
labels_only() {
	awk -F'\t' -v lost="$2" '
	$2 == "hdr" { name[$3] = 1 }
	END {
		while ((getline w < lost) > 0) {
			if (w ~ /^(Published|Count|:|date|--|---|By)$/)
				continue
			if (w ~ /^[A-Za-z][A-Za-z0-9_-]*:$/) {
				k = tolower(substr(w, 1, length(w) - 1))
				gsub(/[^a-z0-9]/, "_", k)
				if (k in name)
					continue
			}
			print w
		}
	}' "$1"
}

report() {
	echo "FAIL $f: $1"
	sed 's/^/#   /' "$2" | head -10
	fail=$((fail + 1))
}

check() {
	f=$1
	nfile=$((nfile + 1))
	nsplit "$f" >"$tmp/rec" 2>"$tmp/err"
	st=$?
	if [ "$st" -ne 0 ] || [ -s "$tmp/err" ]; then
		echo "status $st" >>"$tmp/err"
		report "nsplit failed or warned" "$tmp/err"
		return
	fi
	# The round trip, IDs aside but for the article numbers.
	{ ntext "$tmp/rec" 2>"$tmp/err1" || echo "ntext status $?" >>"$tmp/err1"; } |
	    nsplit >"$tmp/rec2" 2>"$tmp/err"
	cat "$tmp/err1" >>"$tmp/err"
	sed 's/^[^\t]*:\([0-9]*\)\t/\1\t/' "$tmp/rec" >"$tmp/a"
	sed 's/^[^\t]*:\([0-9]*\)\t/\1\t/' "$tmp/rec2" >"$tmp/b"
	if ! cmp -s "$tmp/a" "$tmp/b" || [ -s "$tmp/err" ]; then
		diff "$tmp/a" "$tmp/b" | cut -c1-200 >>"$tmp/err"
		report "nsplit | ntext | nsplit differs" "$tmp/err"
		return
	fi
	# No word lost, none made up.
	words <"$f" >"$tmp/in"
	values "$tmp/rec" | words >"$tmp/out"
	comm -13 "$tmp/in" "$tmp/out" >"$tmp/gained"
	comm -23 "$tmp/in" "$tmp/out" >"$tmp/lost"
	labels_only "$tmp/rec" "$tmp/lost" >"$tmp/lostwords"
	if [ -s "$tmp/gained" ]; then
		report "words in the records but not the input" "$tmp/gained"
	elif [ -s "$tmp/lostwords" ]; then
		report "words of the input lost" "$tmp/lostwords"
	fi
}

for f in "$dir"/*.txt "$dir"/files/*.txt "$dir"/seed/*.txt; do
	[ -f "$f" ] && check "$f"
done
echo "corpus: $nfile streams, $((nfile - fail)) passed, $fail failed"
[ "$nfile" -gt 0 ] && [ "$fail" -eq 0 ]
