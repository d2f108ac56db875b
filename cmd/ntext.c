/* ntext -- records back to article text, the inverse of nsplit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "art.h"
#include "out.h"
#include "util.h"

#define USAGE	"ntext [file ...]"

struct ctx {
	unsigned long	 nart;		/* articles written */
	char		*buf;		/* a header line being built */
	size_t		 cap;
};

static void	 article(const struct article *, struct out *, void *);
static void	 usage(void);

int
main(int argc, char *argv[])
{
	struct ctx c;
	int ch, rval;

	if (std_options(argc, argv, USAGE))
		return 0;
	while ((ch = getopt(argc, argv, "")) != -1) {
		switch (ch) {
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;

	memset(&c, 0, sizeof(c));
	rval = art_main(argc, argv, article, &c);
	free(c.buf);
	return rval;
}

static void
usage(void)
{
	fprintf(stderr, "usage: %s\n", USAGE);
	exit(EXIT_TROUBLE);
}

/*
 * A text line through the record writer, unescaped, as one whole line;
 * out_line writes a long one straight from the input, uncopied.
 */
static void
text_line(struct out *o, const char *s, size_t n)
{
	out_line(o, s, n);
}

/*
 * A blank line: a record of no field is just its LF.  Written so, with
 * no copy of nothing: there is one before every paragraph.
 */
static void
blank_line(struct out *o)
{
	out_end(o);
}

/* Headers nsplit derives from the body: they are not written back. */
static int
derived(const struct artline *l)
{
	return (l->namelen == 8 && memcmp(l->name, "dateline", 8) == 0) ||
	    (l->namelen == 6 && memcmp(l->name, "credit", 6) == 0);
}

/* "name: value", with any line break in the value made a space. */
static void
header(struct ctx *c, struct out *o, const struct artline *l)
{
	size_t n = l->namelen + 2 + l->textlen;
	char *p, *end;

	xgrow(&c->buf, &c->cap, n, 1);
	memcpy(c->buf, l->name, l->namelen);
	memcpy(c->buf + l->namelen, ": ", 2);
	memcpy(c->buf + l->namelen + 2, l->text, l->textlen);
	/* memchr: most values have no line break, and it says so quickest */
	p = c->buf + l->namelen + 2;
	end = c->buf + n;
	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL)
		*p++ = ' ';
	text_line(o, c->buf, n);
}

/*
 * A paragraph's text, one output line per line of it: its line breaks
 * are written as they are, so the text goes out in one piece, with no
 * search for them.
 */
static void
paragraph(struct out *o, const struct artline *l)
{
	text_line(o, l->text, l->textlen);
}

/*
 * Write one article in the canonical layout: "name: value" headers, a
 * blank line, paragraphs separated by blank lines; a form feed line
 * before every article but the first.  Derived and other records are
 * dropped; a malformed line is passed through as a paragraph of its own.
 */
static void
article(const struct article *a, struct out *o, void *arg)
{
	struct ctx *c = arg;
	const struct artline *l;
	size_t i;

	if (c->nart++ > 0)
		text_line(o, "\f", 1);
	for (i = 0; i < a->nline; i++) {
		l = &a->line[i];
		if (l->kind == ART_HDR && !derived(l) && l->namelen > 0)
			header(c, o, l);
	}
	for (i = 0; i < a->nline; i++) {
		l = &a->line[i];
		if (l->kind == ART_PARA) {
			blank_line(o);
			paragraph(o, l);
		} else if (l->kind == ART_BAD) {
			blank_line(o);
			text_line(o, l->raw, l->rawlen);
		}
	}
}
