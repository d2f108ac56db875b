/* art.c -- read a record stream one article at a time, for the filters. */
#include <err.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "art.h"
#include "text.h"
#include "util.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#define ART_READ	131072	/* read(2) this much at a time */

/* Copy n bytes into the article's storage, unescaped; sets *len. */
static size_t
store_unescaped(struct article *a, const char *s, size_t n, size_t *len)
{
	size_t off = a->storelen;

	xgrow(&a->store, &a->storecap, a->storelen + n + 1, 1);
	*len = rec_unescape(a->store + off, s, n);
	a->store[off + *len] = '\0';
	a->storelen += *len + 1;
	return off;
}

static int
parse_num(const char *s, size_t n, unsigned long *v)
{
	size_t i;

	*v = 0;
	if (n == 0 || n > 9)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		*v = *v * 10 + (unsigned long)(s[i] - '0');
	}
	return 1;
}

/*
 * Add the line at buf[off..off+rawlen), its fields found in r, to the
 * article; n is its paragraph number (kind_of found it); plain is 1
 * when its last field is known to hold no backslash, -1 when it is known
 * to hold one, 0 when not known.  Offsets are kept from the article's start,
 * which stays put relative to its lines when the buffer moves.
 */
static void
add_line(struct article *a, const struct artreader *ar, size_t off,
    size_t rawlen, const struct rec *r, enum art_kind kind, unsigned long n,
    int plain)
{
	struct artline *l;

	if (a->nline == a->linecap)
		xgrow(&a->line, &a->linecap, a->nline + 1, sizeof(*a->line));
	l = &a->line[a->nline++];
	l->kind = kind;
	l->off[0] = off - ar->start;
	l->rawlen = rawlen;
	l->typelen = l->namelen = l->textlen = 0;
	l->n = 0;
	l->stored = 0;
	l->off[1] = l->off[2] = l->off[3] = l->off[0];
	if (kind == ART_BAD)
		return;
	l->off[1] = l->off[0] + r->len[0] + 1;	/* TYPE follows ID and TAB */
	l->typelen = r->len[1];
	if (kind == ART_OTHER)
		return;
	l->off[2] = l->off[1] + r->len[1] + 1;
	l->namelen = r->len[2];
	/*
	 * A last field with no escape in it is its own text, NUL-terminated
	 * by the line's end: only a text with an escape is copied.
	 */
	if (r->nfield == 4 && (plain == 1 || (plain == 0 &&
	    memchr(r->field[3], '\\', r->len[3]) == NULL))) {
		l->off[3] = l->off[2] + r->len[2] + 1;
		l->textlen = r->len[3];
	} else {
		l->off[3] = store_unescaped(a, r->field[3], r->len[3],
		    &l->textlen);
		l->stored = 1;
	}
	if (kind == ART_PARA)
		l->n = n;
}

/*
 * special: the first TAB, LF or backslash in p[0..end), or NULL.  One
 * sweep finds where a paragraph's text ends and whether it holds an
 * escape, where memchr would take three.
 */
static const char *
special(const char *p, const char *end)
{
#if defined(__SSE2__) && defined(__GNUC__)
	const __m128i tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n'),
	    bs = _mm_set1_epi8('\\');
	__m128i v;
	unsigned m;

	for (; end - p >= 16; p += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)p);
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, lf)),
		    _mm_cmpeq_epi8(v, bs)));
		if (m != 0)
			return p + __builtin_ctz(m);
	}
#endif
	for (; p < end; p++)
		if (*p == '\t' || *p == '\n' || *p == '\\')
			return p;
	return NULL;
}

/*
 * text_end: the LF that ends a last field beginning at p, or NULL when a
 * TAB comes first or the buffer holds no LF; *plain says whether the
 * field had no backslash.
 */
static char *
text_end(char *p, const char *end, int *plain)
{
	*plain = 1;
	for (;;) {
		if ((p = (char *)(uintptr_t)special(p, end)) == NULL ||
		    *p == '\t')
			return NULL;
		if (*p == '\n')
			return p;
		*plain = 0;
		p++;
	}
}

/*
 * same_id: a[0..n) and b[0..n) are the same ID.  Every line's ID is
 * compared with its article's, and a call to memcmp cost more than this.
 * The last bytes first: IDs that differ do so in their numbers.
 */
static inline int
same_id(const char *a, const char *b, size_t n)
{
	uint64_t x, y;

	if (n < 8) {
		for (; n > 0; n--)
			if (*a++ != *b++)
				return 0;
		return 1;
	}
	memcpy(&x, a + n - 8, 8);
	memcpy(&y, b + n - 8, 8);
	if (x != y)
		return 0;
	for (; n > 8; n -= 8, a += 8, b += 8) {
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x != y)
			return 0;
	}
	return 1;
}

/*
 * fast_id: the length of the ID of the line at s, which is the article's
 * (*same set) or, when it is not, the bytes before its first TAB; 0 when
 * a line end or the buffer's end comes first.
 */
static size_t
fast_id(const struct artreader *ar, const struct article *a, const char *s,
    const char *end, int *same)
{
	const char *p;

	*same = (size_t)(end - s) > a->idlen && s[a->idlen] == '\t' &&
	    same_id(s, ar->buf + ar->start, a->idlen);
	if (*same)
		return a->idlen;
	/* an escape may be part of a name; a TAB ends it, a LF is too soon */
	for (p = s; (p = special(p, end)) != NULL && *p == '\\'; p++)
		continue;
	return p != NULL && *p == '\t' ? (size_t)(p - s) : 0;
}

/*
 * line_fast: the next line, when it is a whole "ID\tpara\tN\tTEXT" or
 * "ID\thdr\tNAME\tVALUE" line (most lines of a stream), cut in one
 * sweep.  A line of the article is added to it (returns 1); the first
 * line of the next one is kept for it, as the general path would keep
 * it (returns 2).  Returns 0 when it is anything else: the general path
 * then reads it as before.
 */
static int
line_fast(struct artreader *ar, struct article *a)
{
	char *s = ar->buf + ar->scan, *end = ar->buf + ar->have, *p, *f, *nl;
	size_t id, d;
	unsigned long n = 0;
	struct rec *r = &ar->r;
	enum art_kind k;
	int plain, same;

	if (ar->look > ar->scan || r->cap < 4 || r->len == NULL ||
	    (id = fast_id(ar, a, s, end, &same)) == 0 ||
	    (size_t)(end - s) < id + 8)
		return 0;
	p = s + id + 1;
	if (memcmp(p, "para\t", 5) == 0) {
		k = ART_PARA;
		f = p + 5;
		for (d = 0; f + d < end && d < 10 && txt_isdigit(f[d]); d++)
			n = n * 10 + (unsigned long)(f[d] - '0');
		if (d == 0 || d > 9 || n == 0 || f + d >= end || f[d] != '\t')
			return 0;
	} else if (memcmp(p, "hdr\t", 4) == 0) {
		k = ART_HDR;
		f = p + 4;
		if ((nl = (char *)(uintptr_t)special(f, end)) == NULL ||
		    *nl != '\t')
			return 0;
		d = (size_t)(nl - f);
	} else
		return 0;
	if ((nl = text_end(f + d + 1, end, &plain)) == NULL)
		return 0;
	r->nfield = 4;
	r->field[0] = s;
	r->len[0] = id;
	r->field[1] = p;
	r->len[1] = (size_t)(f - 1 - p);
	r->field[2] = f;
	r->len[2] = d;
	r->field[3] = f + d + 1;
	r->len[3] = (size_t)(nl - (f + d + 1));
	if (!same && rec_check(r) != REC_OK)
		return 0;
	*nl = '\0';
	if (same)
		add_line(a, ar, ar->scan, (size_t)(nl - s), r, k, n,
		    plain ? 1 : -1);
	else {
		ar->pend = ar->scan;
		ar->pendlen = (size_t)(nl - s);
		ar->haspend = ar->pendcut = 1;
		ar->pendkind = (int)k;
		ar->pendn = n;
	}
	ar->scan += (size_t)(nl - s) + 1;
	ar->lineno++;
	return same ? 1 : 2;
}

/* A lowercase ASCII word, as rec_check wants a TYPE. */
static int
type_ok(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	return n > 0;
}

/*
 * What the line of fields r is; idok: its ID is known to be good.  Sets
 * *n to a paragraph's number.
 */
static enum art_kind
kind_of(const struct rec *r, int idok, unsigned long *n)
{
	if (idok ? r->nfield < 3 || !type_ok(r->field[1], r->len[1]) :
	    rec_check(r) != REC_OK)
		return ART_BAD;
	if (r->nfield < 4)
		return ART_OTHER;
	if (r->len[1] == 3 && memcmp(r->field[1], "hdr", 3) == 0)
		return ART_HDR;
	if (r->len[1] == 4 && memcmp(r->field[1], "para", 4) == 0 &&
	    parse_num(r->field[2], r->len[2], n) && *n > 0)
		return ART_PARA;
	return ART_OTHER;
}

/* Turn the offsets into pointers once the buffers have stopped moving. */
static void
finish(struct article *a, const struct artreader *ar)
{
	const char *base = ar->buf + ar->start;
	struct artline *l;
	size_t i;

	for (i = 0; i < a->nline; i++) {
		l = &a->line[i];
		l->raw = base + l->off[0];
		l->type = base + l->off[1];
		l->name = base + l->off[2];
		l->text = (l->stored ? a->store : base) + l->off[3];
	}
	a->id = base + a->line[0].off[0];
}

/*
 * fill: read more input after the bytes held.  The article being read
 * moves to the front of the buffer when the space after it runs short,
 * and the buffer grows when the article fills it.  read(2), not stdio:
 * a pipe's data is used as soon as it comes.  A stream with no
 * descriptor (fmemopen) is read with fread.  Returns the bytes read, 0 at
 * the end, -1 on an error (reported) or a signal.
 */
static ssize_t
fill(struct artreader *ar)
{
	size_t n;
	ssize_t r;

	if (ar->cap - ar->have < ART_READ + 1 && ar->start > 0) {
		memmove(ar->buf, ar->buf + ar->start, ar->have - ar->start);
		ar->have -= ar->start;
		ar->scan -= ar->start;
		ar->look -= ar->start;
		ar->pend -= ar->pend >= ar->start ? ar->start : ar->pend;
		ar->start = 0;
	}
	if (ar->cap - ar->have < ART_READ + 1)
		xgrow(&ar->buf, &ar->cap, ar->have + ART_READ + 1, 1);
	n = ar->cap - ar->have - 1;
	if (ar->fd < 0) {
		r = (ssize_t)fread(ar->buf + ar->have, 1, n, ar->fp);
		if (r == 0 && ferror(ar->fp)) {
			clearerr(ar->fp);
			errno = EIO;
			r = -1;
		}
	} else {
		do
			r = read(ar->fd, ar->buf + ar->have, n);
		while (r < 0 && errno == EINTR && !out_interrupted());
	}
	if (r > 0)
		ar->have += (size_t)r;
	else if (r < 0 && !out_interrupted()) {
		warn("%s", ar->name);
		ar->status = EXIT_TROUBLE;
	}
	return r;
}

/*
 * next_line: cut the next line out of the buffer: its LF becomes a NUL
 * (a last line may lack one).  Sets its offset in the buffer and its
 * length, and returns 1; returns 0 at the end of the input.
 */
static int
next_line(struct artreader *ar, size_t *off, size_t *len)
{
	char *nl;

	for (;;) {
		if (ar->look < ar->scan)
			ar->look = ar->scan;
		if (ar->look < ar->have && (nl = memchr(ar->buf + ar->look,
		    '\n', ar->have - ar->look)) != NULL) {
			*nl = '\0';
			*off = ar->scan;
			*len = (size_t)(nl - ar->buf) - ar->scan;
			ar->scan += *len + 1;
			ar->lineno++;
			return 1;
		}
		ar->look = ar->have;	/* a long line is searched once */
		if (ar->eof || fill(ar) <= 0)
			break;
	}
	ar->eof = 1;
	if (ar->scan == ar->have)
		return 0;
	ar->buf[ar->have] = '\0';	/* fill keeps a byte for it */
	*off = ar->scan;
	*len = ar->have - ar->scan;
	ar->scan = ar->have;
	ar->lineno++;
	return 1;
}

/*
 * art_open: start reading a record stream.  Returns 0, or -1 when its first
 * line is not a record (plain text): the caller reports and skips it.
 * An empty input is a stream of no articles.
 */
int
art_open(struct artreader *ar, FILE *fp, const char *name)
{
	size_t off, len;

	memset(ar, 0, sizeof(*ar));
	ar->fp = fp;
	ar->fd = fileno(fp);
	ar->name = name;
	if (!next_line(ar, &off, &len))
		return 0;
	rec_fields(&ar->r, ar->buf + off, len, REC_UNKNOWN);
	if (rec_check(&ar->r) != REC_OK) {
		warnx("%s: not a record stream (run nsplit first)", name);
		ar->status = EXIT_TROUBLE;
		return -1;
	}
	ar->pend = off;
	ar->pendlen = len;
	ar->haspend = 1;
	return 0;
}

/*
 * art_next: read the next article into a (reusing its storage).  A
 * malformed line is reported, kept in place and passed on as ART_BAD.
 * Returns 1 when an article was read, 0 at the end of the stream.  The
 * article stays valid until the next call.
 */
int
art_next(struct artreader *ar, struct article *a)
{
	enum art_kind k;
	const char *line;
	unsigned long n = 0;
	size_t off, len;
	int idok, fast;

	a->nline = a->storelen = 0;
	if (!ar->haspend)
		return 0;
	ar->haspend = 0;
	ar->start = ar->pend;
	/* The line that ended the last article was cut then, and still is. */
	if (ar->pendcut) {
		k = (enum art_kind)ar->pendkind;
		n = ar->pendn;
	} else {
		rec_fields(&ar->r, ar->buf + ar->pend, ar->pendlen,
		    REC_UNKNOWN);
		k = kind_of(&ar->r, 0, &n);
	}
	add_line(a, ar, ar->pend, ar->pendlen, &ar->r, k, n, 0);
	a->idlen = ar->r.len[0];
	/* The lines of an article that began well share its ID. */
	idok = a->line[0].kind != ART_BAD;
	while (!out_interrupted()) {
		if (idok && (fast = line_fast(ar, a)) != 0) {
			if (fast == 2)
				break;	/* the next article's first line */
			continue;
		}
		if (!next_line(ar, &off, &len))
			break;
		line = ar->buf + off;
		if (idok && len > a->idlen && line[a->idlen] == '\t' &&
		    same_id(line, ar->buf + ar->start, a->idlen)) {
			rec_fields(&ar->r, ar->buf + off, len, a->idlen);
			k = kind_of(&ar->r, 1, &n);
		} else {
			rec_fields(&ar->r, ar->buf + off, len, REC_UNKNOWN);
			k = kind_of(&ar->r, 0, &n);
			if (k != ART_BAD && (ar->r.len[0] != a->idlen ||
			    !same_id(line, ar->buf + ar->start, a->idlen))) {
				ar->pend = off;
				ar->pendlen = len;
				ar->haspend = 1;
				ar->pendcut = 1;
				ar->pendkind = (int)k;
				ar->pendn = n;
				break;
			}
		}
		if (k == ART_BAD) {
			warnx("%s:%lu: %s: passed through", ar->name,
			    ar->lineno, rec_strerror(rec_check(&ar->r)));
			ar->status = EXIT_TROUBLE;
		}
		add_line(a, ar, off, len, &ar->r, k, n, 0);
	}
	finish(a, ar);
	return 1;
}

void
art_close(struct artreader *ar)
{
	rec_free(&ar->r);
	free(ar->buf);
	ar->buf = NULL;
}

void
art_free(struct article *a)
{
	free(a->line);
	free(a->store);
	memset(a, 0, sizeof(*a));
}

/* art_begin: start a derived record: the article's ID and TYPE. */
void
art_begin(struct out *o, const struct article *a, const char *type)
{
	out_rawfield(o, a->id, a->idlen);
	out_str(o, type);
}

static size_t
fmt_num(char *p, size_t v)
{
	char tmp[24];
	size_t n = 0, i;

	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	for (i = 0; i < n; i++)
		p[i] = tmp[n - 1 - i];
	return n;
}

/* Write "N" for a paragraph, or "NAME" for a header, into p. */
static size_t
fmt_place(char *p, const struct artline *l)
{
	if (l->kind == ART_PARA)
		return fmt_num(p, l->n);
	memcpy(p, l->name, l->namelen);
	return l->namelen;
}

/* art_where: the WHERE field N:S-E (paragraph) or NAME:S-E (header). */
void
art_where(struct out *o, const struct artline *l, size_t s, size_t e)
{
	art_where_span(o, l, s, l, e);
}

/*
 * art_where_span: N:S-E, or N:S-M:E when the span ends in another line.
 * It is written straight into the output buffer: every record of the
 * filters has one.
 */
void
art_where_span(struct out *o, const struct artline *l, size_t s,
    const struct artline *m, size_t e)
{
	char *start = out_room(o, l->namelen + m->namelen + 100), *p = start;

	if (o->nfield++ > 0)
		*p++ = '\t';
	p += fmt_place(p, l);
	*p++ = ':';
	p += fmt_num(p, s);
	*p++ = '-';
	if (m != l) {
		p += fmt_place(p, m);
		*p++ = ':';
	}
	p += fmt_num(p, e);
	o->len += (size_t)(p - start);
}

static int
run_one(FILE *fp, const char *name, art_fn *fn, void *ctx, struct out *o)
{
	struct artreader ar;
	struct article a;

	memset(&a, 0, sizeof(a));
	if (art_open(&ar, fp, name) == 0)
		while (!o->failed && !out_interrupted() && art_next(&ar, &a))
			fn(&a, o, ctx);
	art_close(&ar);
	art_free(&a);
	return ar.status;
}

/*
 * Close an input: 0, or EXIT_TROUBLE after a read error.  A read cut
 * short by SIGINT or SIGTERM is not one: "interrupted" says it all.
 */
static int
art_fclose(FILE *fp, const char *name)
{
	if (out_interrupted())
		clearerr(fp);
	return xfclose(fp, name) == -1 ? EXIT_TROUBLE : 0;
}

/*
 * art_main: the record loop of a filter.  Reads each named file, or stdin,
 * calls fn for each article, and returns the exit status.  argv holds the
 * operands only.
 */
int
art_main(int argc, char *argv[], art_fn *fn, void *ctx)
{
	struct out o;
	FILE *fp;
	int i, rval = 0;

	out_init(&o, STDOUT_FILENO, "stdout");
	out_catch_signals();
	/* A read error on stdin (a directory, EIO) must not pass for its end. */
	if (argc == 0) {
		rval |= run_one(stdin, "-", fn, ctx, &o);
		rval |= art_fclose(stdin, "-");
	}
	for (i = 0; i < argc && !o.failed && !out_interrupted(); i++) {
		if ((fp = xfopen(argv[i], &rval)) == NULL)
			continue;
		rval |= run_one(fp, argv[i], fn, ctx, &o);
		rval |= art_fclose(fp, argv[i]);
	}
	return out_finish(&o, rval);
}
