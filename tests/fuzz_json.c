/* fuzz_json.c -- libFuzzer harness for common/json.c: any bytes, as a
 * string and as a record stream, must give valid UTF-8 JSON text with no
 * raw control character. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "art.h"
#include "json.h"
#include "text.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* The text is valid UTF-8 and holds no byte below 0x20 (nor an LF). */
static void
check_text(const struct jbuf *j)
{
	size_t i = 0, len;

	while (i < j->len) {
		if ((unsigned char)j->buf[i] < 0x20)
			abort();
		if (txt_utf8(j->buf, j->len, i, &len) == 0xfffd && len == 1)
			abort();
		i += len;
	}
}

static void
as_stream(const uint8_t *data, size_t size)
{
	struct jbuf j = { NULL, 0, 0 };
	struct artreader ar;
	struct article a;
	size_t i;
	FILE *fp;

	if (size == 0 || (fp = fmemopen((void *)data, size, "r")) == NULL)
		return;
	memset(&a, 0, sizeof(a));
	if (art_open(&ar, fp, "fuzz") == 0) {
		while (art_next(&ar, &a)) {
			j.len = 0;
			json_article(&j, &a);
			check_text(&j);
			for (i = 0; i < a.nline; i++) {
				j.len = 0;
				json_record(&j, &a, i);
				check_text(&j);
			}
		}
	}
	art_close(&ar);
	art_free(&a);
	fclose(fp);
	jbuf_free(&j);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jbuf j = { NULL, 0, 0 };
	char *s = malloc(size ? size : 1);

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	json_str(&j, s, size);
	check_text(&j);
	if (j.len < 2 || j.buf[0] != '"' || j.buf[j.len - 1] != '"')
		abort();
	j.len = 0;
	json_value(&j, s, size);
	check_text(&j);
	jbuf_free(&j);
	free(s);
	as_stream(data, size);
	return 0;
}
