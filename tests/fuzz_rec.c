/* fuzz_rec.c -- libFuzzer harness for the record reader and writer. */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "art.h"
#include "out.h"
#include "rec.h"
#include "util.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Abort, so that libFuzzer keeps the input, when a property fails. */
#define must(c)	do { if (!(c)) { fprintf(stderr, "fuzz_rec: %s\n", #c); \
	    abort(); } } while (0)

/* Escaping then unescaping any bytes gives them back, and no TAB, LF, CR
 * or NUL survives escaping (a field can never break a line). */
static void
round_trip(const char *s, size_t n)
{
	char *esc = xmalloc(2 * n + 1), *back = xmalloc(2 * n + 1);
	size_t elen, blen;

	elen = rec_escape(esc, s, n);
	must(elen == rec_escaped_len(s, n));
	must(memchr(esc, '\t', elen) == NULL);
	must(memchr(esc, '\n', elen) == NULL);
	must(memchr(esc, '\r', elen) == NULL);
	must(memchr(esc, '\0', elen) == NULL);
	blen = rec_unescape(back, esc, elen);
	must(blen == n && memcmp(back, s, n) == 0);
	/* In place, as art.c does it; never longer than the input. */
	memcpy(back, s, n);
	must(rec_unescape(back, back, n) <= n);
	free(esc);
	free(back);
}

/* Split each line and check it; putting the TABs back restores the line. */
static void
split_lines(const char *s, size_t n)
{
	struct rec r;
	const char *p = s, *end = s + n, *lf;
	char *line;
	size_t len, i, sum;

	memset(&r, 0, sizeof(r));
	while (p < end) {
		lf = memchr(p, '\n', (size_t)(end - p));
		len = (size_t)((lf ? lf : end) - p);
		line = xmalloc(len + 1);
		memcpy(line, p, len);
		must(rec_split(&r, line, len) >= 1);
		for (i = 0, sum = 0; i < r.nfield; i++)
			sum += r.len[i];
		must(sum + r.nfield - 1 == len);
		(void)rec_check(&r);
		rec_unsplit(&r);
		must(memcmp(line, p, len) == 0);
		free(line);
		p += len + 1;
	}
	rec_free(&r);
}

/* Append line + LF to the buffer *b. */
static void
append(char **b, size_t *len, size_t *cap, const char *s, size_t n)
{
	xgrow(b, cap, *len + n + 1, 1);
	memcpy(*b + *len, s, n);
	(*b)[*len + n] = '\n';
	*len += n + 1;
}

/* One article's lines through the writer, with derived records of each. */
static void
write_article(const struct article *a, struct out *o, char **b, size_t *len,
    size_t *cap)
{
	const struct artline *l;
	size_t i;

	for (i = 0; i < a->nline; i++) {
		l = &a->line[i];
		append(b, len, cap, l->raw, l->rawlen);
		out_line(o, l->raw, l->rawlen);
		if (l->kind != ART_HDR && l->kind != ART_PARA)
			continue;
		must(l->textlen <= l->rawlen);
		round_trip(l->text, l->textlen);
		art_begin(o, a, "fuzz");
		art_where(o, l, 0, l->textlen);
		art_where_span(o, l, 0, &a->line[0], l->textlen);
		out_field(o, l->text, l->textlen);
		out_num(o, l->n);
		out_end(o);
	}
}

/* Read the bytes as a record stream: every line comes back, in order. */
static void
read_articles(const uint8_t *data, size_t n, int devnull)
{
	struct artreader ar;
	struct article a;
	struct out o;
	char *b = NULL;
	size_t len = 0, cap = 0;
	FILE *fp;

	if (n == 0 || (fp = fmemopen((void *)(uintptr_t)data, n, "r")) == NULL)
		return;
	memset(&a, 0, sizeof(a));
	out_init(&o, devnull, "/dev/null");
	if (art_open(&ar, fp, "fuzz") == 0) {
		while (art_next(&ar, &a))
			write_article(&a, &o, &b, &len, &cap);
		/* The input, with a final LF, is exactly the lines read. */
		must(len == n + (data[n - 1] != '\n'));
		must(memcmp(b, data, n) == 0);
	}
	must(out_close(&o) == 0);
	art_close(&ar);
	art_free(&a);
	free(b);
	fclose(fp);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static int devnull = -1;

	if (devnull == -1 && (devnull = open("/dev/null", O_WRONLY)) == -1)
		abort();
	round_trip((const char *)data, n);
	split_lines((const char *)data, n);
	read_articles(data, n, devnull);
	return 0;
}
