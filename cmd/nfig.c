/* nfig -- find numeric figures in newsrec records, normalised to numbers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "art.h"
#include "fig.h"
#include "num.h"
#include "out.h"
#include "util.h"

#define USAGE	"nfig [-o] [file ...]"

struct ctx {
	int		 oflag;		/* -o: write only the fig records */
	struct fig_list	 figs;
};

static void	 doart(const struct article *, struct out *, void *);
static void	 dotext(const struct article *, const struct artline *,
		    struct out *, struct fig_list *);
static void	 putfigs(const struct fig_list *, void *);
static void	 usage(void);

int
main(int argc, char *argv[])
{
	struct ctx c;
	int ch, rval;

	if (std_options(argc, argv, USAGE))
		return 0;
	memset(&c, 0, sizeof(c));
	while ((ch = getopt(argc, argv, "o")) != -1) {
		switch (ch) {
		case 'o':
			c.oflag = 1;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	rval = art_main(argc, argv, doart, &c);
	fig_list_free(&c.figs);
	return rval;
}

/* Where the figures of a text go. */
struct dest {
	const struct article	*a;
	const struct artline	*l;
	struct out		*o;
};

/* A batch of the figures of a paragraph or title, each as a fig record. */
static void
putfigs(const struct fig_list *fl, void *arg)
{
	const struct dest *d = arg;
	const struct fig *f;
	const char *hi;
	char qual[NUM_STRMAX + 3];
	size_t i, len;

	for (i = 0; i < fl->n; i++) {
		f = &fl->v[i];
		art_begin(d->o, d->a, "fig");
		art_where(d->o, d->l, f->start, f->end);
		out_str(d->o, fig_str(fl, f->value));
		out_str(d->o, fig_str(fl, f->unit));
		if (f->qual == FIG_RANGE) {
			/* ..HI: the high end; VALUE is the low one */
			hi = fig_str(fl, f->hi);
			len = strlen(hi);
			if (len > NUM_STRMAX)
				len = NUM_STRMAX;
			memcpy(qual, "..", 2);
			memcpy(qual + 2, hi, len);
			out_field(d->o, qual, len + 2);
		} else
			out_str(d->o, fig_qual_str(f->qual));
		out_field(d->o, d->l->text + f->start, f->end - f->start);
		out_end(d->o);
	}
}

/* The figures of one paragraph or title, written as they are found. */
static void
dotext(const struct article *a, const struct artline *l, struct out *o,
    struct fig_list *fl)
{
	struct dest d;

	d.a = a;
	d.l = l;
	d.o = o;
	fig_scan_each(l->text, l->textlen, fl, putfigs, &d);
}

static void
doart(const struct article *a, struct out *o, void *arg)
{
	struct ctx *c = arg;
	const struct artline *l;
	size_t i;

	for (i = 0; i < a->nline; i++) {
		l = &a->line[i];
		if (!c->oflag)
			out_line(o, l->raw, l->rawlen);
		if (l->kind == ART_PARA || (l->kind == ART_HDR &&
		    ((l->namelen == 5 && memcmp(l->name, "title", 5) == 0) ||
		    (l->namelen == 8 && memcmp(l->name, "subtitle", 8) == 0))))
			dotext(a, l, o, &c->figs);
	}
}

static void
usage(void)
{
	fprintf(stderr, "usage: %s\n", USAGE);
	exit(EXIT_TROUBLE);
}
