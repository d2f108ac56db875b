#!/bin/sh
# cli.sh -- run every end-to-end test file in tests/cli on the built commands.
cd "${0%/*}" || exit 2
n=0 fail=0
. ./lib.sh
for f in cli/*.sh; do
	[ -e "$f" ] || continue
	echo "# $f"
	. "./$f"
done
rm -rf "$tmp"
echo "1..$n"
echo "cli: $((n - fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
