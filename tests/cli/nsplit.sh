# nsplit.sh -- end-to-end tests of nsplit, sourced by cli.sh (cwd tests/).
F=fixtures/nsplit

# One fixture per layout, and the awkward bytes.
for c in seed wire front keys plain indented stream crlf nbsp badutf8 nul \
    nonl empty; do
	t "nsplit $c" 0 $F/$c.out nsplit $F/$c.txt
done

# Standard input, alone or as "-", named with -n.
ts 'nsplit stdin -n' 0 $F/seed.out "nsplit -n $F/seed.txt <$F/seed.txt"
ts 'nsplit stdin -' 0 $F/seed.out "nsplit -n $F/seed.txt - <$F/seed.txt"
sed "s|^$F/seed.txt:|-:|" $F/seed.out >"$tmp/stdin.out"
ts 'nsplit stdin is -' 0 "$tmp/stdin.out" "nsplit <$F/seed.txt"
ts 'nsplit empty stdin' 0 /dev/null 'nsplit </dev/null'

# Several files: each numbers its own articles.
cat $F/plain.out $F/wire.out >"$tmp/two.out"
t 'nsplit two files' 0 "$tmp/two.out" nsplit $F/plain.txt $F/wire.txt

# Trouble: bad option, missing file, directory, /dev/full; the rest goes on.
t 'nsplit bad option' 2 /dev/null nsplit -x $F/plain.txt
t 'nsplit -n needs a name' 2 /dev/null nsplit -n
t 'nsplit missing file' 2 $F/plain.out nsplit $F/nonexistent.txt $F/plain.txt
err_has 'nsplit missing file named' 'nonexistent' "nsplit $F/nonexistent.txt"
t 'nsplit directory' 2 /dev/null nsplit $F
ts 'nsplit /dev/full' 2 /dev/null "nsplit $F/seed.txt >/dev/full"
err_has 'nsplit /dev/full reported' 'stdout' "nsplit $F/seed.txt >/dev/full"
ok 'nsplit --help' 'nsplit --help | grep -q "^usage: nsplit"'
ok 'nsplit -h' 'nsplit -h | grep -q "^usage: nsplit"'
ok 'nsplit --version' 'nsplit --version | grep -q newsutils'
err_has 'nsplit usage on bad option' 'usage: nsplit' 'nsplit -x'

# Streaming: one article in, records out, on a long input cut short.
ok 'nsplit | head' '
	i=0; while [ $i -lt 2000 ]; do cat '$F'/plain.txt; printf "\f\n";
	    i=$((i + 1)); done >'"$tmp"'/big.txt
	nsplit '"$tmp"'/big.txt | head -1 | grep -q "^'"$tmp"'/big.txt:1	hdr	title"'

# A 1 MB line and binary bytes: no crash, nothing lost.
ok 'nsplit long line' '
	awk "BEGIN { for (i = 0; i < 100000; i++) printf \"word%05d \", i }" \
	    >'"$tmp"'/long.txt
	nsplit '"$tmp"'/long.txt | awk -F"\t" "length(\$4) >= 1000000" | grep -q .'
ok 'nsplit binary' '
	awk "BEGIN { for (i = 0; i < 4096; i++) printf \"%c\", (i * 7919) % 256 }" \
	    >'"$tmp"'/bin.txt
	nsplit '"$tmp"'/bin.txt >/dev/null'

# An article that gives no record takes no number.
printf 'x:1\thdr\ttitle\tT\nx:1\tpara\t1\tText.\n' >"$tmp/norec.out"
ts 'nsplit article of no records' 0 "$tmp/norec.out" \
    "printf -- '---\n\f\n-- \n\f\n \n\f\nT\n\nText.\n' | nsplit -n x"

# Blocks of input: an article bigger than a read, lines across reads,
# CRLF throughout; the records are those of the LF text.
ok 'nsplit big CRLF stream' '
	i=0; while [ $i -lt 300 ]; do cat '$F'/stream.txt; printf "\f\n";
	    cat '$F'/indented.txt; printf "\f\n"; i=$((i + 1)); done >'"$tmp"'/lf.txt
	sed "s/\$/\r/" '"$tmp"'/lf.txt >'"$tmp"'/crlf.txt
	nsplit -n x <'"$tmp"'/lf.txt >'"$tmp"'/lf.out
	nsplit -n x <'"$tmp"'/crlf.txt | cmp - '"$tmp"'/lf.out &&
	test "$(grep -c "	title	" '"$tmp"'/lf.out)" -eq 1500'
ok 'nsplit article of 100000 lines' '
	{ printf "Title\n\n"; seq 1 100000 | sed "s/^/Line /"; } >'"$tmp"'/lines.txt
	nsplit '"$tmp"'/lines.txt | tail -1 | grep -q "	para	100000	Line 100000\$"'

# The examples of nsplit(1).
printf 'Ferry service returns to Kessel Island\n' >"$tmp/titles.out"
ts 'nsplit example titles' 0 "$tmp/titles.out" \
    "nsplit $F/plain.txt | awk -F'\t' '\$2 == \"hdr\" && \$3 == \"title\" { print \$4 }'"
printf 'fixtures/nsplit/seed.txt:1\tVarna Dol, Mar 6\n' >"$tmp/dl.out"
ts 'nsplit example datelines' 0 "$tmp/dl.out" \
    "nsplit $F/*.txt | awk -F'\t' '\$3 == \"dateline\" { print \$1 \"\t\" \$4 }' | grep seed"
sed 's/^-:/part1:/' "$tmp/stdin.out" >"$tmp/n.out"
ts 'nsplit example -n' 0 "$tmp/n.out" "cat $F/seed.txt | nsplit -n part1"
printf '3\n' >"$tmp/count.out"
ts 'nsplit example count' 0 "$tmp/count.out" \
    "nsplit $F/seed.txt | awk -F'\t' '\$2 == \"para\"' | wc -l | tr -d ' '"

# A pipeline: the records go through ntext and back the same.
ts 'nsplit | ntext | nsplit' 0 $F/stream.out \
    "nsplit $F/stream.txt | ntext | nsplit -n $F/stream.txt"
