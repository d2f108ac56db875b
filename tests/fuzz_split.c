/* fuzz_split.c -- libFuzzer harness for common/split.c: any bytes as an
 * article, and as a paragraph for the dateline and credit finders.  It
 * also checks the round trip: the article written back in ntext's layout
 * splits into the same headers and paragraphs. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lf.h"
#include "split.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int
derived(const char *name)
{
	return strcmp(name, "dateline") == 0 || strcmp(name, "credit") == 0;
}

static size_t
put(char *b, size_t o, const char *s, size_t n)
{
	memcpy(b + o, s, n);
	return o + n;
}

/* What ntext writes for the article split into s. */
static size_t
canonical(const struct split *s, const char *text, char *out)
{
	size_t i, k, o = 0, v;

	for (i = 0; i < s->nhdr; i++) {
		if (derived(s->hdr[i].name))
			continue;
		o = put(out, o, s->hdr[i].name, strlen(s->hdr[i].name));
		o = put(out, o, ": ", 2);
		v = o;
		o = put(out, o, s->hdr[i].val, s->hdr[i].vallen);
		for (k = v; k < o; k++)
			if (out[k] == '\n')
				out[k] = ' ';
		out[o++] = '\n';
	}
	for (i = 0; i < s->npara; i++) {
		out[o++] = '\n';
		o = put(out, o, text + s->para[i].start, s->para[i].len);
		out[o++] = '\n';
	}
	return o;
}

/* nsplit never hands split_article a form feed line or a later date line. */
static int
one_article(const char *t, size_t n)
{
	size_t i = 0, e;

	while (i < n) {
		for (e = i; e < n && t[e] != '\n'; e++)
			continue;
		if (split_is_formfeed(t + i, e - i) || (i > 0 &&
		    split_is_datemark(t + i, e - i)) || (e > i && t[e - 1] == '\r'))
			return 0;
		i = e + 1;
	}
	return 1;
}

static void
round_trip(const struct split *s, const char *text)
{
	struct split t;
	char *c;
	size_t i, m = 1;

	for (i = 0; i < s->nhdr; i++)
		m += strlen(s->hdr[i].name) + s->hdr[i].vallen + 3;
	for (i = 0; i < s->npara; i++)
		m += s->para[i].len + 2;
	c = malloc(m);
	memset(&t, 0, sizeof(t));
	m = canonical(s, text, c);
	split_article(&t, c, m);
	if (t.nhdr != s->nhdr || t.npara != s->npara)
		abort();
	for (i = 0; i < s->nhdr; i++)
		if (strcmp(s->hdr[i].name, t.hdr[i].name) != 0 ||
		    s->hdr[i].vallen != t.hdr[i].vallen ||
		    memcmp(s->hdr[i].val, t.hdr[i].val, s->hdr[i].vallen) != 0)
			abort();
	for (i = 0; i < s->npara; i++)
		if (s->para[i].len != t.para[i].len ||
		    memcmp(text + s->para[i].start, c + t.para[i].start,
		    s->para[i].len) != 0)
			abort();
	split_free(&t);
	free(c);
}

/* lf_next, as nsplit reads with it, hands out the LFs memchr finds. */
static void
check_lf(const char *t, size_t n)
{
	const char *p = t, *end = t + n, *want, *got;
	struct lf f;

	lf_reset(&f);
	for (;; p = got + 1) {
		want = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
		if ((got = lf_next(&f, p, end)) != want)
			abort();
		if (got == NULL)
			break;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	struct split s;
	char *text = malloc(n ? n : 1);
	size_t a, b, i;

	memcpy(text, data, n);
	check_lf(text, n);
	memset(&s, 0, sizeof(s));
	split_article(&s, text, n);
	for (i = 0; i < s.npara; i++)
		if (s.para[i].len == 0 || s.para[i].start + s.para[i].len > n)
			abort();
	for (i = 0; i < s.nhdr; i++)
		if (s.hdr[i].vallen == 0 || s.hdr[i].val < text ||
		    s.hdr[i].val + s.hdr[i].vallen > text + n)
			abort();
	if (s.nhdr + s.npara > 0 && one_article(text, n))
		round_trip(&s, text);
	if (split_dateline(text, n, &a, &b) && (a >= b || b > n))
		abort();
	if (split_credit(text, n, &a, &b) && (a >= b || b > n))
		abort();
	split_free(&s);
	free(text);
	return 0;
}
