/* ndate -- find the dates and times of articles and normalise them. */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "art.h"
#include "date.h"
#include "util.h"

#define USAGE	"ndate [-o] [-d dmy|mdy] [-r date] [file ...]"

struct state {
	int		 oflag;		/* -o: date records only */
	int		 rflag;		/* -r given */
	struct date_ref	 rref;		/* -r DATE */
	enum date_order	 order;		/* -d */
	struct date_list dl;
};

static void	 article(const struct article *, struct out *, void *);
static int	 choose_ref(const struct article *, struct state *,
		    struct date_ref *);
static int	 header_is(const struct artline *, const char *);
static int	 dated_header(const struct artline *);
static int	 value_ref(const struct artline *, const struct date_ref *,
		    struct state *, struct date_ref *);
static void	 usage(void);

int
main(int argc, char *argv[])
{
	struct state st;
	int ch, rval;

	if (std_options(argc, argv, USAGE))
		return 0;
	memset(&st, 0, sizeof(st));
	st.order = DATE_MDY;
	while ((ch = getopt(argc, argv, "d:or:")) != -1) {
		switch (ch) {
		case 'd':
			if (strcmp(optarg, "dmy") == 0)
				st.order = DATE_DMY;
			else if (strcmp(optarg, "mdy") == 0)
				st.order = DATE_MDY;
			else {
				warnx("bad order: %s (dmy or mdy)", optarg);
				usage();
			}
			break;
		case 'o':
			st.oflag = 1;
			break;
		case 'r':
			if (date_parse_ref(optarg, strlen(optarg),
			    &st.rref) == -1) {
				warnx("bad reference date: %s", optarg);
				usage();
			}
			st.rflag = 1;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;

	rval = art_main(argc, argv, article, &st);
	date_list_free(&st.dl);
	return rval;
}

static void
usage(void)
{
	fprintf(stderr, "usage: %s\n", USAGE);
	exit(EXIT_TROUBLE);
}

static int
header_is(const struct artline *l, const char *name)
{
	return l->kind == ART_HDR && l->namelen == strlen(name) &&
	    memcmp(l->name, name, l->namelen) == 0;
}

/* A header whose value ndate reads: published, or a NAME ending in date. */
static int
dated_header(const struct artline *l)
{
	return l->kind == ART_HDR && (header_is(l, "published") ||
	    (l->namelen >= 4 && memcmp(l->name + l->namelen - 4, "date",
	    4) == 0));
}

/*
 * The reference held by header l: the first expression of its value
 * that is a full date; a yearless one is resolved against pub.
 */
static int
value_ref(const struct artline *l, const struct date_ref *pub,
    struct state *st, struct date_ref *r)
{
	struct date_opts opt;
	size_t i;

	memset(&opt, 0, sizeof(opt));
	opt.order = st->order;
	date_scan(l->text, l->textlen, &opt, &st->dl);
	for (i = 0; i < st->dl.n; i++)
		if (date_value_ref(st->dl.v[i].value, pub, r) == 0)
			return 0;
	return -1;
}

/*
 * The article's reference date: its dateline's date, resolved against
 * the publication date; else hdr published, else hdr date, else -r.
 */
static int
choose_ref(const struct article *a, struct state *st, struct date_ref *r)
{
	const struct artline *dl = NULL, *pubh = NULL, *dateh = NULL;
	struct date_ref pub;
	int havepub = 0;
	size_t i;

	for (i = 0; i < a->nline; i++) {
		if (header_is(&a->line[i], "dateline") && dl == NULL)
			dl = &a->line[i];
		else if (header_is(&a->line[i], "published") && pubh == NULL)
			pubh = &a->line[i];
		else if (header_is(&a->line[i], "date") && dateh == NULL)
			dateh = &a->line[i];
	}
	if (pubh != NULL && value_ref(pubh, NULL, st, &pub) == 0)
		havepub = 1;
	else if (dateh != NULL && value_ref(dateh, NULL, st, &pub) == 0)
		havepub = 1;
	else if (st->rflag)
		pub = st->rref, havepub = 1;
	if (dl != NULL && value_ref(dl, havepub ? &pub : NULL, st, r) == 0)
		return 0;
	if (havepub)
		*r = pub;
	return havepub ? 0 : -1;
}

/* One article: every line, each paragraph and date header followed by its dates. */
static void
article(const struct article *a, struct out *o, void *ctx)
{
	struct state *st = ctx;
	struct date_opts opt;
	struct date_ctx story;
	const struct artline *l;
	const struct date_match *m;
	size_t i, k;

	memset(&story, 0, sizeof(story));
	memset(&opt, 0, sizeof(opt));
	opt.order = st->order;
	if (choose_ref(a, st, &opt.ref) == -1)
		memset(&opt.ref, 0, sizeof(opt.ref));
	for (i = 0; i < a->nline; i++) {
		l = &a->line[i];
		if (!st->oflag)
			out_line(o, l->raw, l->rawlen);
		if (l->kind != ART_PARA && !dated_header(l))
			continue;
		/* the paragraphs tell one story: a date named carries over */
		opt.ctx = l->kind == ART_PARA ? &story : NULL;
		date_scan(l->text, l->textlen, &opt, &st->dl);
		for (k = 0; k < st->dl.n; k++) {
			m = &st->dl.v[k];
			art_begin(o, a, "date");
			art_where(o, l, m->start, m->end);
			out_str(o, m->value);
			out_field(o, l->text + m->start, m->end - m->start);
			out_end(o);
		}
	}
}
