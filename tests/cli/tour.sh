# tour.sh -- the README's tour and recipes, run as written there, on the
# example article and a second article of the tour's fixtures.
tour=$tmp/tour
tx=fixtures/tour
rm -rf "$tour"
mkdir -p "$tour/articles" "$tour/examples" "$tour/news/incoming"
cp ../examples/article.txt fixtures/tour/storm.txt "$tour/articles/"
cp ../examples/article.txt "$tour/examples/"
{ cat "$tour/articles/article.txt"; printf '\f\n'; cat "$tour/articles/storm.txt"; } \
    >"$tour/wire.txt"

# recipe NAME: the code block after <!-- recipe NAME --> in the README.
recipe() {
	awk -v name="$1" '
	    $0 == "<!-- recipe " name " -->" { on = 1; next }
	    on && /^    / { sub(/^    /, ""); print; seen = 1; next }
	    on && seen { exit }' ../README.md
}

for r in speaker casualties sorted jq; do
	ts "README recipe: $r" 0 "$tx/$r.out" "cd $tour && $(recipe $r)"
done

# The parallel recipes give the records of one sequential run, order aside
# (and, cutting one stream into blocks, IDs aside).
if command -v parallel >/dev/null 2>&1; then
	(cd "$tour" && nsplit articles/*.txt | ndate | nquote | nfig | sort) \
	    >"$tour/seq.sorted"
	(cd "$tour" && nsplit wire.txt | ndate | nquote | nfig | cut -f2- |
	    sort) >"$tour/seq.noid"
	ts "README recipe: parallel" 0 "$tour/seq.sorted" "cd $tour &&
	    $(recipe parallel) && sort all.tsv"
	ts "README recipe: xargs" 0 "$tour/seq.sorted" "cd $tour &&
	    $(recipe xargs) &&
	    sort all.tsv"
	ts "README recipe: parallel --pipe" 0 "$tour/seq.noid" "cd $tour &&
	    $(recipe pipe) && cut -f2- all.tsv | sort"
else
	missing 'README parallel recipes' parallel
fi

# The nightly job: a first run takes every file, a second run nothing new,
# a new file only that file.
cp "$tour/articles/article.txt" "$tour/news/incoming/"
ok 'README: nightly job, first run' "sh ../examples/nightly.sh $tour/news &&
    (cd $tour/news && nsplit incoming/article.txt | ndate | nquote | nfig) |
    cmp - $tour/news/records.tsv"
ok 'README: nightly job, nothing new' "sh ../examples/nightly.sh $tour/news &&
    (cd $tour/news && nsplit incoming/article.txt | ndate | nquote | nfig) |
    cmp - $tour/news/records.tsv"
cp fixtures/tour/storm.txt "$tour/news/incoming/"
touch -d '+1 minute' "$tour/news/incoming/storm.txt"
ok 'README: nightly job, a new file' "sh ../examples/nightly.sh $tour/news &&
    grep -q '^incoming/storm.txt:1	' $tour/news/records.tsv &&
    [ \$(grep -c '^incoming/article.txt:1	hdr	title' \
    $tour/news/records.tsv) -eq 1 ]"

ts 'README tour: ndate' 0 $tx/tour-ndate.out "cd .. &&
nsplit examples/article.txt | ndate -o | cut -f3-"
ts 'README tour: nfig' 0 $tx/tour-nfig.out "cd .. &&
nsplit examples/article.txt | nfig -o | cut -f3-"
ts 'README tour: nquote' 0 $tx/tour-nquote.out "cd .. &&
nsplit examples/article.txt | nquote -o | cut -f3-"
ts 'make demo pipeline' 0 $tx/demo.out "sh ../examples/demo.sh"
