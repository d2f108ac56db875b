# property.sh -- nothing lost: random record streams (any bytes in any
# field, unknown types, malformed lines after a valid first record) through
# every filter that passes records through.  Its output, less its own
# records, must be its input, line for line; its own records must carry the
# ID of the record before them, and -o must write exactly those.  The
# streams come from fixed seeds (PROP_SEEDS, default 100), so a failure
# names the seed that reproduces it: tests/prop gen SEED.
[ -n "$hd_loaded" ] || . ./cmds.sh

# pr_one CMD TYPE: the current stream through one filter.
pr_one() {
	"$1" "$tmp/prop.in" >"$tmp/prop.out" 2>"$tmp/prop.err"
	./prop check "$tmp/prop.in" "$tmp/prop.out" $? "$2" \
	    >"$tmp/prop.own" 2>"$tmp/prop.why" || return 1
	# -o, which every such filter but ncount has, writes just its own.
	[ "$2" = count ] && return 0
	"$1" -o "$tmp/prop.in" 2>/dev/null | cmp -s - "$tmp/prop.own" && return 0
	echo "-o does not write exactly the records added" >"$tmp/prop.why"
	return 1
}

pr_seeds=${PROP_SEEDS:-100}
pr_failed=
pr_s=1
while [ -n "$hd_filters" ] && [ "$pr_s" -le "$pr_seeds" ]; do
	./prop gen "$pr_s" >"$tmp/prop.in"
	for pr_c in $hd_filters; do
		case " $pr_failed " in *" ${pr_c%%:*} "*) continue ;; esac
		pr_one "${pr_c%%:*}" "${pr_c#*:}" && continue
		n=$((n + 1))
		echo "not ok $n - ${pr_c%%:*}: random stream of seed $pr_s" \
		    "(tests/prop gen $pr_s)"
		sed 's/^/# /' "$tmp/prop.why" "$tmp/prop.err" | head -10
		fail=$((fail + 1))
		pr_failed="$pr_failed ${pr_c%%:*}"
	done
	pr_s=$((pr_s + 1))
done
for pr_c in $hd_filters; do
	case " $pr_failed " in *" ${pr_c%%:*} "*) continue ;; esac
	n=$((n + 1))
	echo "ok $n - ${pr_c%%:*}: $pr_seeds random streams pass through whole"
done
