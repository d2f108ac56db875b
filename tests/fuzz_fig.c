/* fuzz_fig.c -- libFuzzer harness: the figure recogniser on any bytes. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "fig.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fig_list l;
	size_t i;

	memset(&l, 0, sizeof(l));
	fig_scan((const char *)data, size, &l);
	for (i = 0; i < l.n; i++) {
		/* every span lies in the text and every string ends */
		if (l.v[i].start > l.v[i].end || l.v[i].end > size ||
		    strlen(fig_str(&l, l.v[i].value)) == 0)
			__builtin_trap();
		(void)strlen(fig_str(&l, l.v[i].unit));
		(void)strlen(fig_str(&l, l.v[i].hi));
	}
	fig_list_free(&l);
	return 0;
}
