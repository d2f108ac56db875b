# njson.sh -- end-to-end tests of njson (sourced by cli.sh, cwd tests/).
f=fixtures/ncount
t 'njson: records' 0 $f/records.njson.out njson $f/records.tsv
ts 'njson: stdin' 0 $f/records.njson.out "njson <$f/records.tsv"
ts 'njson: - is stdin' 0 $f/records.njson.out "njson - <$f/records.tsv"
t 'njson: empty input' 0 /dev/null njson /dev/null
t 'njson: no final newline' 0 $f/records.njson.out njson $f/nonl.tsv
t 'njson: -r' 0 $f/records.njson-r.out njson -r $f/records.tsv
t 'njson: malformed lines kept' 2 $f/malformed.njson.out njson $f/malformed.tsv
err_has 'njson: malformed line named' 'malformed.tsv:17:' \
    'njson fixtures/ncount/malformed.tsv'
t 'njson: plain text refused' 2 /dev/null njson $f/plain.txt
err_has 'njson: plain text says run nsplit' 'run nsplit first' \
    'njson fixtures/ncount/plain.txt'
t 'njson: bad option' 2 /dev/null njson -x
err_has 'njson: bad option prints usage' 'usage: njson' 'njson -x'
t 'njson: --help' 0 $f/njson.help njson --help
ok 'njson: /dev/full is an error' \
    'njson fixtures/ncount/records.tsv >/dev/full 2>/dev/null; test $? -eq 2'

# Valid JSON, one object a line, whatever the bytes.
if command -v jq >/dev/null; then
	ok 'njson: valid JSON' 'njson fixtures/ncount/records.tsv | jq -e . >/dev/null'
	ok 'njson: valid JSON for any bytes' \
	    'njson fixtures/ncount/bytes.tsv 2>/dev/null | jq -e . >/dev/null'
	ok 'njson -r: valid JSON for any bytes' \
	    'njson -r fixtures/ncount/bytes.tsv 2>/dev/null | jq -e . >/dev/null'
	ok 'njson: one line per article' \
	    'test "$(njson fixtures/ncount/records.tsv | jq -s length)" -eq 2'
	ok 'njson: invalid UTF-8 is U+FFFD, NUL is kept' \
	    'njson fixtures/ncount/records.tsv | jq -e "select(.id == \"a.txt:2\") | .paragraphs[0] | test(\"\\u0000 and a bad byte \\ufffd here\")" >/dev/null'
	ok 'njson: a figure that is not a number stays a string' \
	    'njson fixtures/ncount/records.tsv | jq -e "select(.id == \"a.txt:2\") | [.figures[].value | type] == [\"number\", \"string\"]" >/dev/null'
	ok 'njson: nothing dropped (records in = fields out)' \
	    'test "$(njson -r fixtures/ncount/records.tsv | jq -s length)" -eq "$(wc -l <fixtures/ncount/records.tsv)"'

	# The examples of njson(1), as written there.
	ts 'njson(1) example: quotes as TSV' 0 $f/njson.ex1.out \
	    "cd $f && njson records.tsv | jq -r '.quotes[] | [.speaker, .text] | @tsv'"
	ts 'njson(1) example: titles and figures' 0 $f/njson.ex2.out \
	    "cd $f && njson records.tsv | jq -c '{id, title: .headers.title, figures: [.figures[].value]}'"
	ts 'njson(1) example: sum of a unit' 0 $f/njson.ex3.out \
	    "cd $f && njson records.tsv | jq -s '[.[].figures[] | select(.unit == \"families\") | .value] | add'"
	ts 'njson(1) example: date values' 0 $f/njson.ex4.out \
	    "cd $f && njson -r records.tsv | jq -r 'select(.type == \"date\") | .value' | sort | uniq -c"
	ts 'njson(1) example: ncount into njson' 0 $f/njson.ex5.out \
	    "cd $f && ncount -o records.tsv | njson | jq -r '[.id, .counts.words] | @tsv'"
else
	missing 'njson: valid JSON' jq
fi
