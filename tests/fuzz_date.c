/* fuzz_date.c -- libFuzzer harness of the date recogniser: any bytes, no crash. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/*
 * The first byte picks the options (reference or none, order, a context
 * shared by the two halves); the rest is the text.  Every match must lie inside the text, in order, without
 * overlaps, and carry a value; the reference parsers get the bytes too.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct date_list l;
	struct date_opts o;
	struct date_ref r, pub = { 2020, 10, 10, -1, 0 };
	const char *s = (const char *)data + 1;
	size_t n, i;
	char *v;

	if (size == 0)
		return 0;
	n = size - 1;
	memset(&o, 0, sizeof(o));
	if (data[0] & 1)
		o.ref = pub;
	o.order = data[0] & 2 ? DATE_DMY : DATE_MDY;
	if (data[0] & 4) {
		/* two paragraphs of one story: the halves share a context */
		struct date_ctx story;

		memset(&story, 0, sizeof(story));
		o.ctx = &story;
		date_scan(s, n / 2, &o, &l);
		date_scan(s + n / 2, n - n / 2, &o, &l);
		o.ctx = NULL;
	}
	date_scan(s, n, &o, &l);
	for (i = 0; i < l.n; i++) {
		if (l.v[i].start >= l.v[i].end || l.v[i].end > n ||
		    (i > 0 && l.v[i - 1].end > l.v[i].start) ||
		    l.v[i].value[0] == '\0' ||
		    memchr(l.v[i].value, '\0', sizeof(l.v[i].value)) == NULL)
			abort();
		(void)date_value_ref(l.v[i].value, &pub, &r);
	}
	(void)date_parse_ref(s, n, &r);
	if ((v = malloc(n + 1)) != NULL) {
		memcpy(v, s, n);
		v[n] = '\0';
		(void)date_value_ref(v, &pub, &r);
		free(v);
	}
	return 0;
}
