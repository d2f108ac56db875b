# cmds.sh -- the commands the hardening tests run; sourced, with cwd tests/,
# by tests/cli/failure.sh, tests/cli/property.sh and tests/stress.sh.
#
# Every expected command must be built: one that is missing is a loud
# failure (a "not ok" line), unless NEWSUTILS_PARTIAL=1, which skips it;
# one in cmd/ that no list names is tested as a record reader.
# While cmd/ holds no command at all there is nothing to test, and the
# tests say so and pass.  The lists can be replaced from the environment:
#   NEWSUTILS_FILTERS	filters that pass records through, as CMD:TYPE
#			(TYPE is the record type the filter adds)
#   NEWSUTILS_READERS	other commands that read records
#   NEWSUTILS_SPLITTERS	commands that read article text
hd_filters=${NEWSUTILS_FILTERS-"ndate:date nquote:quote nfig:fig ncount:count"}
hd_readers=${NEWSUTILS_READERS-"ntext njson"}
hd_splitters=${NEWSUTILS_SPLITTERS-"nsplit"}

# hd_pick LIST: set hd_got to the commands of LIST that are built.
hd_pick() {
	hd_got=
	for hd_c in $1; do
		if command -v "${hd_c%%:*}" >/dev/null 2>&1; then
			hd_got="$hd_got $hd_c"
		elif [ "${NEWSUTILS_PARTIAL:-0}" = 1 ]; then
			echo "# skip ${hd_c%%:*}: not built (NEWSUTILS_PARTIAL=1)"
		else
			n=$((n + 1))
			fail=$((fail + 1))
			echo "not ok $n - ${hd_c%%:*} is not built" \
			    "(NEWSUTILS_PARTIAL=1 skips it)"
		fi
	done
}

if [ -z "${NEWSUTILS_FILTERS+1}${NEWSUTILS_READERS+1}${NEWSUTILS_SPLITTERS+1}" ] &&
    ! ls ../cmd/n* >/dev/null 2>&1; then
	echo "# skip: no command is built yet, nothing to harden"
	hd_filters= hd_readers= hd_splitters=
fi
# A command in cmd/ that no list names is still tried, as a record reader.
for hd_f in ../cmd/*; do
	[ -x "$hd_f" ] && [ -f "$hd_f" ] || continue
	case " $hd_filters $hd_readers $hd_splitters " in
	*" ${hd_f##*/} "* | *" ${hd_f##*/}:"*) ;;
	*)	echo "# ${hd_f##*/}: in no list of tests/cmds.sh, tried as a" \
		    "record reader"
		hd_readers="$hd_readers ${hd_f##*/}" ;;
	esac
done
hd_pick "$hd_filters"
hd_filters=$hd_got
hd_pick "$hd_readers"
hd_readers=$hd_got
hd_pick "$hd_splitters"
hd_splitters=$hd_got
# Every command, as CMD:INPUT, INPUT being rec (records) or txt (text).
hd_all=
for hd_c in $hd_filters $hd_readers; do
	hd_all="$hd_all ${hd_c%%:*}:rec"
done
for hd_c in $hd_splitters; do
	hd_all="$hd_all $hd_c:txt"
done
hd_loaded=1
