/* fuzz_count.c -- libFuzzer harness for common/count.c and the text.c
 * sentence functions it relies on. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "text.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A copy of exactly size bytes, so ASan sees any read past the end. */
	char *s = malloc(size ? size : 1);
	struct count_text c = { 0, 0, 0 };
	size_t i, e;

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	count_add(&c, s, size);
	if (c.chars > size || c.words > size || c.sentences > size ||
	    (size > 0 && c.chars == 0))
		abort();
	for (i = 0; i < size; i++) {
		e = txt_sentence_end(s, size, i);
		if (e < i || e > size)
			abort();
	}
	free(s);
	return 0;
}
