# ndate.sh -- end-to-end tests of ndate (sourced by cli.sh; cwd is tests/).
f=fixtures
t 'ndate: articles with dateline, date header, none' 0 $f/ndate.out ndate $f/news.tsv
ts 'ndate: standard input' 0 $f/ndate.out "ndate < $f/news.tsv"
ts 'ndate: - is standard input' 0 $f/ndate.out "ndate - < $f/news.tsv"
t 'ndate: -o writes only date records' 0 $f/ndate.o.out ndate -o $f/news.tsv
t 'ndate: -r is the reference when an article has none' 0 $f/ndate.r.out \
    ndate -o -r 2020-10-14 $f/news.tsv
t 'ndate: -d dmy' 0 $f/ndate.dmy.out ndate -o -d dmy $f/ndate-dmy.tsv
t 'ndate: mdy is the default' 0 $f/ndate.mdy.out ndate -o $f/ndate-dmy.tsv
t 'ndate: -d mdy' 0 $f/ndate.mdy.out ndate -o -d mdy $f/ndate-dmy.tsv
t 'ndate: empty input' 0 /dev/null ndate /dev/null
t 'ndate: no final newline' 0 $f/ndate.out ndate $f/ndate-nonl.tsv
t 'ndate: a malformed record is passed through, status 2' 2 $f/ndate.bad.out \
    ndate -r 2020-10-14 $f/ndate-bad.tsv
err_has 'ndate: the malformed record is reported' 'ndate-bad.tsv:3' \
    "ndate $f/ndate-bad.tsv"
t 'ndate: plain text is refused' 2 /dev/null ndate $f/ndate-plain.txt
err_has 'ndate: plain text: run nsplit first' 'nsplit' "ndate $f/ndate-plain.txt"
t 'ndate: a missing file is 2' 2 /dev/null ndate $f/no-such-file.tsv
t 'ndate: a missing file does not stop the others' 2 $f/ndate.o.out \
    ndate -o $f/no-such-file.tsv $f/news.tsv
t 'ndate: bad option' 2 /dev/null ndate -x
t 'ndate: bad order' 2 /dev/null ndate -d ymd $f/news.tsv
t 'ndate: bad reference date' 2 /dev/null ndate -r yesterday $f/news.tsv
err_has 'ndate: bad option prints the usage' 'usage: ndate' 'ndate -x'
t 'ndate: --help' 0 $f/ndate.usage.out ndate --help
t 'ndate: -h' 0 $f/ndate.usage.out ndate -h
ok 'ndate: --version' 'ndate --version | grep -q newsutils'
ok 'ndate: a full disk is 2' "! ndate $f/news.tsv > /dev/full 2>/dev/null"
ok 'ndate: head closes the pipe quietly' \
    "for i in 1 2 3 4 5 6 7 8; do cat $f/news.tsv; done | ndate | head -1 | grep -q title"
# The EXAMPLES of ndate(1), run in the fixtures directory.
ts 'ndate(1) example: where, value, text' 0 $f/ndate.ex1.out \
    "cd $f && ndate -o news.tsv | cut -f 3-5"
ts 'ndate(1) example: a reference for undated articles' 0 $f/ndate.r.out \
    "cd $f && ndate -o -r 2020-10-14 news.tsv"
ts 'ndate(1) example: durations' 0 $f/ndate.ex3.out \
    "cd $f && ndate -o news.tsv | awk -F'\t' '\$4 ~ /^P/ { print \$5 }'"
ts 'ndate: in a pipeline with awk and sort' 0 $f/ndate.pipe.out \
    "ndate $f/news.tsv | awk -F'\t' '\$2 == \"date\" && \$4 ~ /^20/ { print \$1, \$4 }' | sort -u"
t 'ndate: a date named carries over to the next paragraphs, not the next article' \
    0 $f/ndate.story.out ndate -o $f/ndate-story.tsv
