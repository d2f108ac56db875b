# nfig.sh -- end-to-end tests of nfig, sourced by tests/cli.sh.
f=fixtures/nfig
t 'nfig: records and figures'	0 $f.out	nfig $f.tsv
t 'nfig: -o'			0 $f.o.out	nfig -o $f.tsv
ts 'nfig: standard input'	0 $f.out	"nfig < $f.tsv"
ts 'nfig: - is standard input'	0 $f.out	"nfig - < $f.tsv"
t 'nfig: empty input'		0 /dev/null	nfig /dev/null
t 'nfig: no final newline'	0 $f.nonl.out	nfig $f.nonl.tsv
t 'nfig: malformed record'	2 $f.bad.out	nfig $f.bad.tsv
err_has 'nfig: malformed record named' 'nfig.bad.tsv:4' "nfig $f.bad.tsv"
t 'nfig: plain text refused'	2 /dev/null	nfig $f.txt
err_has 'nfig: plain text says nsplit' 'nsplit' "nfig $f.txt"
t 'nfig: bad option'		2 /dev/null	nfig -x
t 'nfig: missing file'		2 /dev/null	nfig $f.none
t 'nfig: --help'		0 $f.help.out	nfig --help
ok 'nfig: --version'		'nfig --version | grep -q newsutils'
ok 'nfig: /dev/full is an error' "! nfig $f.tsv > /dev/full"
# the EXAMPLES of nfig(1), on the fixture
t 'nfig: example, list'		0 $f.o.out	nfig -o $f.tsv
ts 'nfig: example, casualties'	0 $f.dead.out	"nfig -o $f.tsv | awk -F'\t' \
    '\$5 ~ /^(dead|killed|people|lives)\$/ { s[\$1] += \$4 }
    END { for (a in s) print a, s[a] }' | sort"
ts 'nfig: example, dollars'	0 $f.usd.out	"nfig -o $f.tsv |
    awk -F'\t' '\$5 == \"USD\" && \$4 >= 1000000 { print \$7 }'"
ts 'nfig: example, ranges'	0 $f.range.out	"nfig -o $f.tsv |
    awk -F'\t' '\$6 ~ /^\.\./ { print \$1 }' | uniq"
# a pipeline: records pass through a second nfig, which adds only its own
ts 'nfig: pipeline'		0 $f.o.out	"cat $f.tsv | nfig | nfig -o -"
