#!/bin/sh
# regen-tour.sh -- rewrite the expected outputs of tests/cli/tour.sh and
# tests/cli/man7.sh from the commands as built.  Read the diff before you
# commit it: these files are what the README and newsutils(7) promise.
cd "${0%/*}" || exit 2
PATH=$PWD/../cmd:$PATH
LC_ALL=C
export PATH LC_ALL
tx=fixtures/tour
w=${TMPDIR:-/tmp}/newsutils-regen.$$
trap 'rm -rf "$w"' EXIT
mkdir -p "$w/articles" "$w/examples"
cp ../examples/article.txt "$w/"
cp ../examples/article.txt "$w/examples/"
cp ../examples/article.txt $tx/storm.txt "$w/articles/"
readme=$PWD/../README.md
recipe() {
	awk -v name="$1" '
	    $0 == "<!-- recipe " name " -->" { on = 1; next }
	    on && /^    / { sub(/^    /, ""); print; seen = 1; next }
	    on && seen { exit }' "$readme"
}
for r in speaker casualties sorted jq; do
	(cd "$w" && sh -c "$(recipe $r)") >$tx/$r.out
done
(cd .. && nsplit examples/article.txt | ndate -o | cut -f3-) >$tx/tour-ndate.out
(cd .. && nsplit examples/article.txt | nfig -o | cut -f3-) >$tx/tour-nfig.out
(cd .. && nsplit examples/article.txt | nquote -o | cut -f3-) >$tx/tour-nquote.out
sh ../examples/demo.sh >$tx/demo.out
i=0
sed -n '/^\.Sh EXAMPLES/,/^\.Sh/s/^\.Dl \$ //p' ../man/newsutils.7 |
    sed 's/\\e/\\/g; s/\\&//g' >"$w/examples.txt"
while IFS= read -r line; do
	i=$((i + 1))
	(cd "$w" && sh -c "$line") >$tx/newsutils7.$i.out
done <"$w/examples.txt"
git diff --stat -- $tx
