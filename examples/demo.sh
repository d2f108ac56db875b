#!/bin/sh
# demo.sh -- the whole pipeline on the example article shipped in examples/.
cd "${0%/*}/.." || exit 2
echo '$ nsplit examples/article.txt | ndate | nquote | nfig | ncount'
nsplit examples/article.txt | ndate | nquote | nfig | ncount
