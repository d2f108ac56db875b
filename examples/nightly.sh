#!/bin/sh
# nightly.sh DIR -- process the day's new articles in DIR/incoming and append
# their records to DIR/records.tsv.  Run from cron, e.g.
#	15 2 * * * /usr/local/share/newsutils/nightly.sh /data/news
# Only files newer than the last successful run are read; the stamp moves
# on only when the whole pipeline succeeded, so a failed night is redone.
cd "$1" || exit 2
touch stamp.new
[ -e stamp ] || touch -d @0 stamp
find incoming -type f -name '*.txt' -newer stamp | sort |
    xargs -r sh -c 'nsplit "$@" | ndate | nquote | nfig' sh >>records.tsv &&
    mv stamp.new stamp
