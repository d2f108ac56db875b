# nquote.sh -- end-to-end tests of nquote (sourced by cli.sh; cwd is tests/).
f=fixtures
t 'nquote: quotes after the records they end in' 0 $f/nquote.out \
    nquote $f/nquote.tsv
ts 'nquote: standard input' 0 $f/nquote.out "nquote < $f/nquote.tsv"
ts 'nquote: - is standard input' 0 $f/nquote.out "nquote - < $f/nquote.tsv"
t 'nquote: -o writes only quote records' 0 $f/nquote.o.out \
    nquote -o $f/nquote.tsv
t 'nquote: -a adds scare quotes and titles' 0 $f/nquote.a.out \
    nquote -a -o $f/nquote.tsv
t 'nquote: empty input' 0 /dev/null nquote /dev/null
t 'nquote: no final newline' 0 $f/nquote.out nquote $f/nquote-nonl.tsv
t 'nquote: a malformed record is passed through, status 2' 2 \
    $f/nquote.bad.out nquote $f/nquote-bad.tsv
err_has 'nquote: the malformed record is reported' 'nquote-bad.tsv:4' \
    "nquote $f/nquote-bad.tsv"
t 'nquote: plain text is refused' 2 /dev/null nquote $f/nquote-plain.txt
err_has 'nquote: plain text: run nsplit first' 'nsplit' \
    "nquote $f/nquote-plain.txt"
t 'nquote: a missing file is 2' 2 /dev/null nquote $f/no-such-file.tsv
t 'nquote: a missing file does not stop the others' 2 $f/nquote.o.out \
    nquote -o $f/no-such-file.tsv $f/nquote.tsv
t 'nquote: bad option' 2 /dev/null nquote -x
err_has 'nquote: bad option prints the usage' 'usage: nquote' 'nquote -x'
t 'nquote: --help' 0 $f/nquote.usage.out nquote --help
t 'nquote: -h' 0 $f/nquote.usage.out nquote -h
ok 'nquote: --version' 'nquote --version | grep -q newsutils'
ok 'nquote: a full disk is 2' "! nquote $f/nquote.tsv > /dev/full 2>/dev/null"
ok 'nquote: head closes the pipe quietly' \
    "for i in 1 2 3 4 5 6 7 8; do cat $f/nquote.tsv; done | nquote | head -1 | grep -q title"
ok 'nquote: any bytes, no crash' \
    "head -c 20000 /dev/urandom | tr '\\n\\t' ' x' | sed 's/^/r:1\tpara\t1\t/' | nquote >/dev/null"
# The EXAMPLES of nquote(1), run in the fixtures directory.
ts 'nquote(1) example: where, speaker, text' 0 $f/nquote.ex1.out \
    "cd $f && nquote -o nquote.tsv | cut -f 3-5"
ts 'nquote(1) example: one speaker' 0 $f/nquote.ex2.out \
    "cd $f && nquote -o nquote.tsv | awk -F'\t' '\$4 == \"Karin Lind\" { print \$5 }'"
ts 'nquote(1) example: quotes per speaker' 0 $f/nquote.ex3.out \
    "cd $f && nquote -o nquote.tsv | cut -f 4 | sort | uniq -c | sort -rn"
ts 'nquote(1) example: scare quotes and titles' 0 $f/nquote.ex4.out \
    "cd $f && nquote -a -o nquote.tsv | awk -F'\t' '\$4 == \"\" { print \$5 }'"
ts 'nquote: a single quote runs on over paragraphs' 0 $f/nquote.single.out \
    "cd $f && nsplit nquote-single.txt | nquote -o"
ts 'nquote: its own records pass through a second run' 0 $f/nquote.o.out \
    "nquote $f/nquote.tsv | nquote -o"
ts 'nquote: in a pipeline with awk and sort' 0 $f/nquote.pipe.out \
    "nquote $f/nquote.tsv | awk -F'\t' '\$2 == \"quote\" { print \$1, \$4 }' | sort -u"
