# ncount.sh -- end-to-end tests of ncount (sourced by cli.sh, cwd tests/).
f=fixtures/ncount
t 'ncount: records' 0 $f/records.ncount.out ncount $f/records.tsv
ts 'ncount: stdin' 0 $f/records.ncount.out "ncount <$f/records.tsv"
ts 'ncount: - is stdin' 0 $f/records.ncount.out "ncount - <$f/records.tsv"
t 'ncount: empty input' 0 /dev/null ncount /dev/null
ts 'ncount: empty stdin' 0 /dev/null 'ncount </dev/null'
t 'ncount: no final newline' 0 $f/records.ncount.out ncount $f/nonl.tsv
t 'ncount: -o' 0 $f/records.ncount-o.out ncount -o $f/records.tsv
t 'ncount: -t over two files' 0 $f/records.ncount-t2.out \
    ncount -t $f/records.tsv $f/records.tsv
ok 'ncount: -t on empty input writes zero totals' \
    'ncount -t </dev/null | awk -F"\t" "\$1 != \"total:0\" || \$4 != 0 { exit 1 } END { exit NR != 8 }"'
t 'ncount: malformed lines pass through, the rest counted' 2 \
    $f/malformed.ncount.out ncount $f/malformed.tsv
err_has 'ncount: malformed line named' 'malformed.tsv:7:' \
    'ncount fixtures/ncount/malformed.tsv'
t 'ncount: plain text refused' 2 /dev/null ncount $f/plain.txt
err_has 'ncount: plain text says run nsplit' 'run nsplit first' \
    'ncount fixtures/ncount/plain.txt'
t 'ncount: missing file' 2 /dev/null ncount $f/no-such-file.tsv
ts 'ncount: a directory as stdin is a read error' 2 /dev/null 'ncount <.'
t 'ncount: bad option' 2 /dev/null ncount -x $f/records.tsv
err_has 'ncount: bad option prints usage' 'usage: ncount' 'ncount -x'
t 'ncount: --help' 0 $f/ncount.help ncount --help
t 'ncount: -h' 0 $f/ncount.help ncount -h
ok 'ncount: --version' 'ncount --version | grep -q "^newsutils "'
ok 'ncount: /dev/full is an error' \
    'ncount fixtures/ncount/records.tsv >/dev/full 2>/dev/null; test $? -eq 2'
ok 'ncount: any bytes, no crash' \
    'ncount fixtures/ncount/bytes.tsv >/dev/null 2>&1; test $? -eq 2'
ok 'ncount: records pass through unchanged' \
    'ncount fixtures/ncount/records.tsv | grep -v "	count	" | cmp -s - fixtures/ncount/records.tsv'
ok 'ncount: counts follow each article' \
    'ncount fixtures/ncount/records.tsv | awk -F"\t" "\$2 == \"count\" { c[\$1] = 1; next } (\$1 in c) { exit 1 }"'

# The examples of ncount(1), as written there.
ts 'ncount(1) example: words' 0 $f/ncount.ex1.out \
    "cd $f && ncount -o records.tsv | awk -F'\t' '\$3 == \"words\" { print \$1, \$4 }'"
ts 'ncount(1) example: totals' 0 $f/ncount.ex2.out \
    "cd $f && ncount -ot records.tsv | grep '^total:0'"
ts 'ncount(1) example: no quotes' 0 $f/ncount.ex3.out \
    "cd $f && ncount -o records.tsv | awk -F'\t' '\$3 == \"quote\" && \$4 == 0 { print \$1 }'"
if command -v parallel >/dev/null; then
	ts 'ncount(1) example: totals of parallel jobs' 0 $f/ncount.ex4.out \
	    "cd $f && parallel ncount -ot ::: records.tsv nonl.tsv | awk -F'\t' '\$1 == \"total:0\" { t[\$3] += \$4 } END { for (k in t) print k, t[k] }' | sort"
else
	missing 'ncount(1) example: totals of parallel jobs' parallel
fi

# The pipeline: the recognisers in front when they are built.
if command -v nsplit >/dev/null && command -v ndate >/dev/null &&
    command -v nquote >/dev/null && command -v nfig >/dev/null; then
	ok 'ncount(1) example: the whole pipeline' \
	    'cd fixtures/ncount && mkdir -p articles && cp plain.txt articles/ &&
	     nsplit articles/*.txt | ndate | nquote | nfig | ncount -ot | tail -8 |
	     awk -F"\t" "\$1 == \"total:0\" { n++ } END { exit n != 8 }";
	     s=$?; rm -rf articles; exit $s'
	ok 'ncount: after nsplit, paragraphs counts the para records' \
	    'p=$(nsplit fixtures/ncount/plain.txt | awk -F"\t" "\$2 == \"para\"" | wc -l) &&
	     nsplit fixtures/ncount/plain.txt | ncount -o | grep -q "	paragraphs	$p\$"'
else
	missing 'ncount(1) example: the whole pipeline' 'the filters (make)'
fi
ts 'ncount: pipeline into awk and sort' 0 $f/ncount.ex1.out \
    "ncount $f/records.tsv | awk -F'\t' '\$2 == \"count\" && \$3 == \"words\" { print \$1, \$4 }' | sort"
