#!/bin/sh
# deps.sh -- make sure the Check unit-test framework is there, or say how to get it.
PKG_CONFIG=${PKG_CONFIG:-pkg-config}
if command -v "$PKG_CONFIG" >/dev/null 2>&1 && "$PKG_CONFIG" --exists check; then
	exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing check and pkg-config with apt-get" >&2
	apt-get update -qq >&2 && apt-get install -y -qq check pkg-config >&2 && exit 0
fi
echo "deps: the tests need the Check framework: install the packages" \
    "'check' and 'pkg-config' (Debian, Ubuntu: sudo apt-get install check pkg-config)" >&2
exit 1
