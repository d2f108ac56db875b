# patho.sh -- the pathological inputs of tests/stress.sh and
# tests/bench-worst.sh; sourced with cwd tests/ and $tmp a scratch dir.
#
# Each case is made at a size given in its own unit, as article text (txt,
# for nsplit) or as the records nsplit would make of it (rec, for the
# filters), so the filters can be tried without nsplit.  The sizes named by
# the issue are the default "2S" sizes below; STRESS_SCALE divides them.
patho_cases="line lines paras quotes parens digits articles pronouns names"

# patho_size CASE: the case's full size, in its unit.
patho_size() {
	case $1 in
	line)		echo $((100000000 / ${STRESS_SCALE:-1})) ;; # bytes
	lines|paras|articles)
			echo $((1000000 / ${STRESS_SCALE:-1})) ;; # lines
	quotes|digits)	echo $((100000 / ${STRESS_SCALE:-1})) ;; # bytes
	pronouns|names)	echo $((2000000 / ${STRESS_SCALE:-1})) ;; # bytes
	parens)		echo $((10000 / ${STRESS_SCALE:-1})) ;; # levels
	esac
}

# patho_what CASE: what the case is, for the table.
patho_what() {
	case $1 in
	line)		echo "one article on one line, bytes" ;;
	lines)		echo "one-byte lines in one paragraph" ;;
	paras)		echo "one-byte paragraphs in one article" ;;
	quotes)		echo "quotation marks in one paragraph" ;;
	parens)		echo "nested parentheses" ;;
	digits)		echo "digits in one number" ;;
	articles)	echo "articles of one line each" ;;
	pronouns)	echo "pronoun quotes after a word, in one paragraph" ;;
	names)		echo "full names, each new, and first names quoted" ;;
	esac
}

# patho_rep TEXT N: TEXT repeated to N bytes, with no LF.
patho_rep() {
	yes "$1" | tr -d '\n' | head -c "$2"
}

# patho_names N: N bytes of a new full name in each sentence, and a
# quote of a first name, with no LF.
patho_names() {
	awk -v n="$1" 'BEGIN {
		while (len < n) {
			k = ++i; w = ""
			do { w = w sprintf("%c", 97 + k % 26); k = int(k / 26) } while (k)
			s = sprintf("Tom Q%s met Joan Roe. \"We won,\" Joan said. ", w)
			printf "%s", s; len += length(s)
		}
	}' | head -c "$1"
}

# patho_make CASE KIND SIZE FILE: write the input of a case.
patho_make() {
	case $1.$2 in
	line.txt)
		patho_rep 'On 5 May 2021 he said "about 1,200 (or more) came". ' "$3"
		echo ;;
	line.rec)
		printf 'line:1\tpara\t1\t'
		patho_rep 'On 5 May 2021 he said "about 1,200 (or more) came". ' "$3"
		echo ;;
	lines.txt)
		yes x | head -n "$3" ;;
	lines.rec)
		printf 'lines:1\tpara\t1\t'
		patho_rep 'x\n' $(($3 * 3 - 2))
		echo ;;
	paras.txt)
		yes 'x
' | head -n $(($3 * 2)) ;;
	paras.rec)
		yes x | head -n "$3" | awk '{ printf "paras:1\tpara\t%d\tx\n", NR }' ;;
	quotes.txt)
		patho_rep '"' "$3"
		echo ;;
	quotes.rec)
		printf 'quotes:1\tpara\t1\t'
		patho_rep '"' "$3"
		echo ;;
	parens.txt)
		patho_rep '(' "$3"
		printf ' 1,500 people on 5 May 2021 '
		patho_rep ')' "$3"
		echo ;;
	parens.rec)
		printf 'parens:1\tpara\t1\t'
		patho_rep '(' "$3"
		printf ' 1,500 people on 5 May 2021 '
		patho_rep ')' "$3"
		echo ;;
	digits.txt)
		printf 'It cost $'
		patho_rep 1234567890 "$3"
		echo ' million in 2021.' ;;
	digits.rec)
		printf 'digits:1\tpara\t1\tIt cost $'
		patho_rep 1234567890 "$3"
		echo ' million in 2021.' ;;
	pronouns.txt)
		patho_rep 'Will came. "We won," he said. ' "$3"
		echo ;;
	pronouns.rec)
		printf 'pronouns:1\tpara\t1\t'
		patho_rep 'Will came. "We won," he said. ' "$3"
		echo ;;
	names.txt)
		patho_names "$3"
		echo ;;
	names.rec)
		printf 'names:1\tpara\t1\t'
		patho_names "$3"
		echo ;;
	articles.txt)
		yes x | head -n "$3" |
		    awk '{ printf "%s\"Yes,\" he said on 5 May, 12 more.\n",
			(NR > 1 ? "\f\n" : "") }' ;;
	articles.rec)
		yes x | head -n "$3" |
		    awk '{ printf "articles:%d\tpara\t1\t\"Yes,\" he said on 5 May," \
			" 12 more.\n", NR }' ;;
	esac >"$4"
}

# patho_largest CASE FILE: the bytes and the lines of the largest article
# in FILE (every case but one is a single article).
patho_largest() {
	case $1 in
	articles)	echo 64 2 ;;
	*)		echo "$(wc -c <"$2") $(wc -l <"$2")" ;;
	esac
}

# patho_file CASE KIND SIZE: make the input once, print its name.
patho_file() {
	patho_f=$tmp/$1.$3.$2
	[ -s "$patho_f" ] || patho_make "$1" "$2" "$3" "$patho_f"
	echo "$patho_f"
}
