# ntext.sh -- end-to-end tests of ntext, sourced by cli.sh (cwd tests/).
F=fixtures/ntext
N=fixtures/nsplit

t 'ntext records' 0 $F/records.out ntext $F/records.tsv
t 'ntext seed' 0 $F/seed.out ntext $N/seed.out
t 'ntext stream' 0 $F/stream.out ntext $N/stream.out
ts 'ntext stdin' 0 $F/seed.out "ntext <$N/seed.out"
ts 'ntext stdin -' 0 $F/seed.out "ntext - <$N/seed.out"
t 'ntext empty' 0 /dev/null ntext $N/empty.out
ts 'ntext empty stdin' 0 /dev/null 'ntext </dev/null'
printf 'a:1\tpara\t1\tNo final newline.' >"$tmp/nonl.tsv"
printf '\nNo final newline.\n' >"$tmp/nonl.out"
t 'ntext no final newline' 0 "$tmp/nonl.out" ntext "$tmp/nonl.tsv"

# Trouble: a malformed line is passed through and reported; the rest goes on.
t 'ntext malformed' 2 $F/bad.out ntext $F/bad.tsv
err_has 'ntext malformed reported' 'bad.tsv:3' "ntext $F/bad.tsv"
t 'ntext plain text' 2 /dev/null ntext $N/plain.txt
err_has 'ntext plain text refused' 'run nsplit first' "ntext $N/plain.txt"
t 'ntext bad option' 2 /dev/null ntext -o $F/records.tsv
err_has 'ntext usage on bad option' 'usage: ntext' 'ntext -x'
t 'ntext missing file' 2 $F/seed.out ntext $F/nonexistent.tsv $N/seed.out
t 'ntext directory' 2 /dev/null ntext $F
ts 'ntext /dev/full' 2 /dev/null "ntext $N/seed.out >/dev/full"
ok 'ntext --help' 'ntext --help | grep -q "^usage: ntext"'
ok 'ntext --version' 'ntext --version | grep -q newsutils'

# The examples of ntext(1).
ts 'ntext example canonical' 0 $F/seed.out "nsplit $N/seed.txt | ntext"
head -8 $F/seed.out >"$tmp/first.out"
ts 'ntext example first paragraph' 0 "$tmp/first.out" \
    "nsplit $N/seed.txt | awk -F'\t' '\$2 != \"para\" || \$3 == 1' | ntext"
ts 'ntext example round trip' 0 /dev/null \
    "nsplit $N/wire.txt | ntext | nsplit -n $N/wire.txt | cmp - $N/wire.out"
