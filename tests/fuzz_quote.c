/* fuzz_quote.c -- libFuzzer harness for the quote scanner and attribution. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "quote.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/*
 * The bytes are an article: its paragraphs split at each LF, the first
 * one a header when the input starts with a TAB.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *nl;
	struct qseg seg[64] = { { NULL, 0, 0 } };
	struct quote_list ql;
	size_t nseg = 0, i, len;
	int head = size > 0 && s[0] == '\t';

	while (size > 0 && nseg < 64) {
		nl = memchr(s, '\n', size);
		len = nl != NULL ? (size_t)(nl - s) : size;
		seg[nseg].text = s;
		seg[nseg].len = len;
		seg[nseg++].head = head;
		head = 0;
		s += len;
		size -= len;
		if (nl != NULL) {
			s++;
			size--;
		}
	}
	memset(&ql, 0, sizeof(ql));
	quote_find(seg, nseg, &ql);
	for (i = 0; i < ql.n; i++) {
		const struct quote *q = &ql.q[i];

		/* The spans must lie inside their segments. */
		if (q->p0 > q->p1 || q->p1 >= nseg || q->s > seg[q->p0].len ||
		    q->e > seg[q->p1].len || (q->p0 == q->p1 && q->s > q->e))
			__builtin_trap();
		(void)quote_speaker(&ql, i, &len);
	}
	quote_free(&ql);
	return 0;
}
