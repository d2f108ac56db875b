# man7.sh -- every EXAMPLES pipeline of newsutils(7), run as the page shows
# it (after the man escapes are undone), against expected output.
m7=$tmp/man7
rm -rf "$m7"
mkdir -p "$m7/articles"
cp ../examples/article.txt "$m7/"
cp ../examples/article.txt fixtures/tour/storm.txt "$m7/articles/"
i=0
sed -n '/^\.Sh EXAMPLES/,/^\.Sh/s/^\.Dl \$ //p' ../man/newsutils.7 |
    sed 's/\\e/\\/g; s/\\&//g' >"$m7/examples"
while IFS= read -r line; do
	i=$((i + 1))
	ts "newsutils(7) example $i" 0 "fixtures/tour/newsutils7.$i.out" \
	    "cd $m7 && $line"
done <"$m7/examples"
[ "$i" -ge 4 ] || { n=$((n + 1)); fail=$((fail + 1));
	echo "not ok $n - newsutils(7): only $i examples found"; }
