/* art.c -- read a record stream one article at a time, for the filters. */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "art.h"
#include "util.h"

/* Copy n bytes into the article's storage; returns their offset. */
static size_t
store(struct article *a, const char *s, size_t n)
{
	size_t off = a->storelen;

	xgrow(&a->store, &a->storecap, a->storelen + n + 1, 1);
	memcpy(a->store + off, s, n);
	a->store[off + n] = '\0';
	a->storelen += n + 1;
	return off;
}

/* Store and unescape a field; returns its offset, sets *len. */
static size_t
store_unescaped(struct article *a, const char *s, size_t n, size_t *len)
{
	size_t off = store(a, s, n);

	*len = rec_unescape(a->store + off, a->store + off, n);
	a->store[off + *len] = '\0';
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

/* Add one line, split into r (which gets its TABs back), to the article. */
static void
add_line(struct article *a, const char *raw, size_t rawlen,
    struct rec *r, enum art_kind kind)
{
	struct artline *l;

	rec_unsplit(r);
	xgrow(&a->line, &a->linecap, a->nline + 1, sizeof(*a->line));
	l = &a->line[a->nline++];
	memset(l, 0, sizeof(*l));
	l->kind = kind;
	l->off[0] = store(a, raw, rawlen);
	l->rawlen = rawlen;
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
	 * by the raw line's end: pointing into the line spares a copy, which
	 * for a long paragraph is a third of what the article costs.
	 */
	if (r->nfield == 4 && memchr(r->field[3], '\\', r->len[3]) == NULL) {
		l->off[3] = l->off[0] + (size_t)(r->field[3] - r->field[0]);
		l->textlen = r->len[3];
	} else
		l->off[3] = store_unescaped(a, r->field[3], r->len[3],
		    &l->textlen);
	if (kind == ART_PARA)
		parse_num(r->field[2], r->len[2], &l->n);
}

static enum art_kind
kind_of(const struct rec *r)
{
	if (rec_check(r) != REC_OK)
		return ART_BAD;
	if (r->nfield >= 4 && rec_is_type(r, "hdr"))
		return ART_HDR;
	if (r->nfield >= 4 && rec_is_type(r, "para")) {
		unsigned long n;

		if (parse_num(r->field[2], r->len[2], &n) && n > 0)
			return ART_PARA;
	}
	return ART_OTHER;
}

/* Turn the offsets into pointers once the storage has stopped moving. */
static void
finish(struct article *a)
{
	struct artline *l;
	size_t i;

	for (i = 0; i < a->nline; i++) {
		l = &a->line[i];
		l->raw = a->store + l->off[0];
		l->type = a->store + l->off[1];
		l->name = a->store + l->off[2];
		l->text = a->store + l->off[3];
	}
	a->id = a->store + a->line[0].off[0];
}

/*
 * Keep the line just read (n bytes in the reader's buffer) for the next
 * article.  The buffers are swapped, not copied, so that a huge line is
 * held once, not twice.
 */
static void
keep_pending(struct artreader *ar, size_t n)
{
	char *b = ar->pend;
	size_t cap = ar->pendcap;

	ar->pend = ar->rd.buf;
	ar->pendcap = ar->rd.cap;
	ar->rd.buf = b;
	ar->rd.cap = cap;
	ar->pendlen = n;
	ar->haspend = 1;
}

/*
 * art_open: start reading a record stream.  Returns 0, or -1 when its first
 * line is not a record (plain text): the caller reports and skips it.
 * An empty input is a stream of no articles.
 */
int
art_open(struct artreader *ar, FILE *fp, const char *name)
{
	char *line;
	long n;

	memset(ar, 0, sizeof(*ar));
	reader_init(&ar->rd, fp, name);
	if ((n = reader_line(&ar->rd, &line)) < 0)
		return 0;
	keep_pending(ar, (size_t)n);
	rec_split(&ar->r, line, (size_t)n);
	if (rec_check(&ar->r) != REC_OK) {
		warnx("%s: not a record stream (run nsplit first)", name);
		ar->status = EXIT_TROUBLE;
		ar->haspend = 0;
		return -1;
	}
	rec_unsplit(&ar->r);
	return 0;
}

/*
 * art_next: read the next article into a (reusing its storage).  A
 * malformed line is reported, kept in place and passed on as ART_BAD.
 * Returns 1 when an article was read, 0 at the end of the stream.
 */
int
art_next(struct artreader *ar, struct article *a)
{
	enum art_kind k;
	char *line;
	long n;

	a->nline = a->storelen = 0;
	if (!ar->haspend)
		return 0;
	ar->haspend = 0;
	rec_split(&ar->r, ar->pend, ar->pendlen);
	add_line(a, ar->pend, ar->pendlen, &ar->r, kind_of(&ar->r));
	a->idlen = ar->r.len[0];
	while (!out_interrupted() && (n = reader_line(&ar->rd, &line)) >= 0) {
		rec_split(&ar->r, line, (size_t)n);
		if ((k = kind_of(&ar->r)) == ART_BAD) {
			warnx("%s:%lu: %s: passed through", ar->rd.name,
			    ar->rd.lineno, rec_strerror(rec_check(&ar->r)));
			ar->status = EXIT_TROUBLE;
		} else if (ar->r.len[0] != a->idlen ||
		    memcmp(line, a->store + a->line[0].off[0], a->idlen) != 0) {
			rec_unsplit(&ar->r);
			keep_pending(ar, (size_t)n);
			break;
		}
		add_line(a, line, (size_t)n, &ar->r, k);
	}
	finish(a);
	return 1;
}

void
art_close(struct artreader *ar)
{
	reader_free(&ar->rd);
	rec_free(&ar->r);
	free(ar->pend);
	ar->pend = NULL;
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

/* art_where_span: N:S-E, or N:S-M:E when the span ends in another line. */
void
art_where_span(struct out *o, const struct artline *l, size_t s,
    const struct artline *m, size_t e)
{
	char *buf = xmalloc(l->namelen + m->namelen + 100), *p = buf;

	p += fmt_place(p, l);
	*p++ = ':';
	p += fmt_num(p, s);
	*p++ = '-';
	if (m != l) {
		p += fmt_place(p, m);
		*p++ = ':';
	}
	p += fmt_num(p, e);
	out_rawfield(o, buf, (size_t)(p - buf));
	free(buf);
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
	if (out_close(&o) == -1)
		rval = EXIT_TROUBLE;
	if (out_interrupted()) {
		warnx("interrupted");
		rval = EXIT_TROUBLE;
	}
	return rval;
}
