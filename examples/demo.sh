#!/bin/sh

cd "${0%/*}" || exit 2
set -e
echo "\$ nsplit examples/article.txt | ndate | nquote | nfig | ncount"
pipe="nsplit article.txt"
for c in ndate nquote nfig ncount; do
	command -v "$c" >/dev/null 2>&1 && pipe="$pipe | $c"
done
sh -c "$pipe"
