#!/bin/sh
# deps.sh -- make sure what the tests need is there: the Check unit-test
# framework (through pkg-config), jq and GNU parallel.  As root with apt-get
# it installs what is missing; otherwise it says exactly what to install.
PKG_CONFIG=${PKG_CONFIG:-pkg-config}
need=
command -v "$PKG_CONFIG" >/dev/null 2>&1 || need="$need pkg-config"
"$PKG_CONFIG" --exists check 2>/dev/null || need="$need check"
command -v jq >/dev/null 2>&1 || need="$need jq"
command -v parallel >/dev/null 2>&1 || need="$need parallel"
[ -z "$need" ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing$need with apt-get" >&2
	# shellcheck disable=SC2086
	apt-get update -qq >&2 && apt-get install -y -qq $need >&2 && exit 0
fi
echo "deps: the tests need these Debian/Ubuntu packages:$need" \
    "(sudo apt-get install$need)" >&2
exit 1
