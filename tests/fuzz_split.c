/* fuzz_split.c -- libFuzzer harness for common/split.c: any bytes as an
 * article, and as a paragraph for the dateline and credit finders. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "split.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	struct split s;
	char *text = malloc(n ? n : 1);
	size_t a, b, i;

	memcpy(text, data, n);
	memset(&s, 0, sizeof(s));
	split_article(&s, text, n);
	for (i = 0; i < s.npara; i++)
		if (s.para[i].start + s.para[i].len > n)
			abort();
	for (i = 0; i < s.nhdr; i++)
		if (s.hdr[i].vallen == 0 || s.hdr[i].val < text ||
		    s.hdr[i].val + s.hdr[i].vallen > text + n)
			abort();
	if (split_dateline(text, n, &a, &b) && (a >= b || b > n))
		abort();
	if (split_credit(text, n, &a, &b) && (a >= b || b > n))
		abort();
	split_free(&s);
	free(text);
	return 0;
}
