/* nquote -- find direct quotations and who said them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "art.h"
#include "quote.h"
#include "util.h"

#define USAGE	"nquote [-ao] [file ...]"

struct state {
	int		 aflag;		/* -a: scare quotes and titles too */
	int		 oflag;		/* -o: quote records only */
	struct qseg	*seg;
	size_t		*segline;	/* the article line of each segment */
	size_t		 segcap, linecap;
	struct quote_list ql;
	char		*text;		/* a multi-paragraph quote's TEXT */
	size_t		 textcap;
};

static void	 article(const struct article *, struct out *, void *);
static void	 put_quote(const struct article *, struct out *,
		    struct state *, size_t);
static void	 usage(void);

int
main(int argc, char *argv[])
{
	struct state st;
	int ch, rval;

	if (std_options(argc, argv, USAGE))
		return 0;
	memset(&st, 0, sizeof(st));
	while ((ch = getopt(argc, argv, "ao")) != -1) {
		switch (ch) {
		case 'a':
			st.aflag = 1;
			break;
		case 'o':
			st.oflag = 1;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;

	rval = art_main(argc, argv, article, &st);
	quote_free(&st.ql);
	free(st.seg);
	free(st.segline);
	free(st.text);
	return rval;
}

static void
usage(void)
{
	fprintf(stderr, "usage: %s\n", USAGE);
	exit(EXIT_TROUBLE);
}

/* Is the line a header nquote reads: the title or the subtitle? */
static int
quoted_header(const struct artline *l)
{
	return l->kind == ART_HDR && ((l->namelen == 5 &&
	    memcmp(l->name, "title", 5) == 0) || (l->namelen == 8 &&
	    memcmp(l->name, "subtitle", 8) == 0));
}

/* One article: its lines, each followed by the quotes that end in it. */
static void
article(const struct article *a, struct out *o, void *ctx)
{
	struct state *st = ctx;
	const struct artline *l;
	size_t i, nseg = 0, qi = 0;

	for (i = 0; i < a->nline; i++) {
		l = &a->line[i];
		if (l->kind != ART_PARA && !quoted_header(l))
			continue;
		xgrow(&st->seg, &st->segcap, nseg + 1, sizeof(*st->seg));
		xgrow(&st->segline, &st->linecap, nseg + 1, sizeof(size_t));
		st->seg[nseg].text = l->text;
		st->seg[nseg].len = l->textlen;
		st->seg[nseg].head = l->kind == ART_HDR;
		st->segline[nseg++] = i;
	}
	st->ql.n = 0;
	if (nseg > 0)
		quote_find(st->seg, nseg, &st->ql);
	for (i = 0; i < a->nline; i++) {
		if (!st->oflag)
			out_line(o, a->line[i].raw, a->line[i].rawlen);
		for (; qi < st->ql.n && st->segline[st->ql.q[qi].p1] == i; qi++)
			put_quote(a, o, st, qi);
	}
}

/* Append n bytes to the TEXT being built; returns the new length. */
static size_t
append(struct state *st, size_t len, const char *s, size_t n)
{
	xgrow(&st->text, &st->textcap, len + n + 1, 1);
	memcpy(st->text + len, s, n);
	return len + n;
}

/* Write quote record qi: WHERE, SPEAKER, TEXT. */
static void
put_quote(const struct article *a, struct out *o, struct state *st,
    size_t qi)
{
	const struct quote *q = &st->ql.q[qi];
	const struct qseg *sg = st->seg;
	const char *spk;
	size_t p, len = 0, from, to, spklen;

	if ((q->flags & QUOTE_SCARE) && !st->aflag)
		return;
	art_begin(o, a, "quote");
	art_where_span(o, &a->line[st->segline[q->p0]], q->s,
	    &a->line[st->segline[q->p1]], q->e);
	spk = quote_speaker(&st->ql, qi, &spklen);
	if (q->flags & QUOTE_SCARE)
		spklen = 0;
	out_field(o, spk, spklen);
	if (q->p0 == q->p1) {
		out_field(o, sg[q->p0].text + q->s, q->e - q->s);
		out_end(o);
		return;
	}
	/* Across paragraphs: the pieces, without the re-opening marks. */
	for (p = q->p0; p <= q->p1; p++) {
		from = p == q->p0 ? q->s : quote_reopen(sg[p].text, sg[p].len,
		    q->flags & QUOTE_SINGLE);
		to = p == q->p1 ? q->e : sg[p].len;
		if (p > q->p0)
			len = append(st, len, "\n\n", 2);
		if (from < to)
			len = append(st, len, sg[p].text + from, to - from);
	}
	out_field(o, st->text, len);
	out_end(o);
}
