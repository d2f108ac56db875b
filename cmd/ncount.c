/* ncount -- per-article counts: paragraphs, sentences, words, records. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "art.h"
#include "count.h"
#include "out.h"
#include "util.h"

#define USAGE	"ncount [-ot] [file ...]"

static void	 count_article(const struct article *, struct out *,
		    struct count_tally *);
static void	 tally_type(struct count_tally *, const char *, size_t);
static void	 write_counts(struct out *, const char *, size_t,
		    const struct count_tally *);
static int	 run(FILE *, const char *, struct out *, struct count_tally *,
		    struct count_tally *);
static int	 close_input(FILE *, const char *);
static void	 usage(void);

static int	 oflag;		/* -o: write only the count records */
static int	 tflag;		/* -t: totals at the end, as total:0 */

/*
 * The counts every article gets, in this order; record types follow.  A
 * type with one of these names is counted as NAME_ (types are [a-z]+).
 */
static const char *const fixed[] = {
	"paragraphs", "sentences", "words", "chars", "date", "quote", "fig",
	NULL
};

int
main(int argc, char *argv[])
{
	struct count_tally one, all;
	struct out o;
	FILE *fp;
	size_t i;
	int ch, rval = 0;

	if (std_options(argc, argv, USAGE))
		return 0;
	while ((ch = getopt(argc, argv, "ot")) != -1) {
		switch (ch) {
		case 'o':
			oflag = 1;
			break;
		case 't':
			tflag = 1;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;

	memset(&one, 0, sizeof(one));
	memset(&all, 0, sizeof(all));
	count_tally_add(&all, "articles", 8, 0);
	for (i = 0; fixed[i] != NULL; i++)
		count_tally_add(&all, fixed[i], strlen(fixed[i]), 0);
	out_init(&o, STDOUT_FILENO, "stdout");
	out_catch_signals();
	if (argc == 0) {
		rval |= run(stdin, "-", &o, &one, &all);
		rval |= close_input(stdin, "-");
	}
	for (; *argv != NULL && !o.failed && !out_interrupted(); argv++) {
		if ((fp = xfopen(*argv, &rval)) == NULL)
			continue;
		rval |= run(fp, *argv, &o, &one, &all);
		rval |= close_input(fp, *argv);
	}
	if (tflag && !out_interrupted())
		write_counts(&o, "total:0", 7, &all);
	rval = out_finish(&o, rval);
	count_tally_free(&one);
	count_tally_free(&all);
	return rval;
}

static void
usage(void)
{
	fprintf(stderr, "usage: %s\n", USAGE);
	exit(EXIT_TROUBLE);
}

/*
 * The record loop of art_main, kept here because -t writes after the last
 * article.  Returns 0, or EXIT_TROUBLE after a warning.
 */
static int
run(FILE *fp, const char *name, struct out *o, struct count_tally *one,
    struct count_tally *all)
{
	struct artreader ar;
	struct article a;
	size_t i;

	memset(&a, 0, sizeof(a));
	if (art_open(&ar, fp, name) == 0) {
		while (!o->failed && !out_interrupted() && art_next(&ar, &a)) {
			count_article(&a, o, one);
			count_tally_add(all, "articles", 8, 1);
			for (i = 0; i < one->nitem; i++)
				count_tally_add(all, count_tally_name(one, i),
				    one->item[i].len, one->item[i].n);
		}
	}
	art_close(&ar);
	art_free(&a);
	return ar.status;
}

/*
 * Close an input: 0, or EXIT_TROUBLE after a read error, on stdin too (a
 * directory is not an empty stream).  A read cut short by SIGINT or
 * SIGTERM is not one: "interrupted" says it all.
 */
static int
close_input(FILE *fp, const char *name)
{
	if (out_interrupted())
		clearerr(fp);
	return xfclose(fp, name) == -1 ? EXIT_TROUBLE : 0;
}

/* Pass the article through (unless -o), then write its counts. */
static void
count_article(const struct article *a, struct out *o, struct count_tally *t)
{
	const struct artline *l;
	struct count_text c = { 0, 0, 0 };
	size_t i;

	count_tally_clear(t);
	for (i = 0; fixed[i] != NULL; i++)
		count_tally_add(t, fixed[i], strlen(fixed[i]), 0);
	for (i = 0; i < a->nline; i++) {
		l = &a->line[i];
		if (!oflag)
			out_line(o, l->raw, l->rawlen);
		if (l->kind == ART_PARA) {
			count_tally_add(t, "paragraphs", 10, 1);
			count_add(&c, l->text, l->textlen);
		} else if (l->kind == ART_OTHER)
			tally_type(t, l->type, l->typelen);
	}
	count_tally_add(t, "sentences", 9, c.sentences);
	count_tally_add(t, "words", 5, c.words);
	count_tally_add(t, "chars", 5, c.chars);
	write_counts(o, a->id, a->idlen, t);
}

/*
 * Count a record of another type.  hdr and para records that are not
 * well formed, and count records (ncount's own, from an earlier run),
 * are not counted.
 */
static void
tally_type(struct count_tally *t, const char *type, size_t n)
{
	char name[16];
	size_t i;

	if ((n == 3 && memcmp(type, "hdr", 3) == 0) ||
	    (n == 4 && memcmp(type, "para", 4) == 0) ||
	    (n == 5 && memcmp(type, "count", 5) == 0))
		return;
	for (i = 0; i < 4; i++)		/* paragraphs sentences words chars */
		if (strlen(fixed[i]) == n && memcmp(fixed[i], type, n) == 0)
			break;
	if (i == 4 && !(n == 8 && memcmp(type, "articles", 8) == 0)) {
		count_tally_add(t, type, n, 1);
		return;
	}
	memcpy(name, type, n);		/* n <= 10 here */
	name[n] = '_';
	count_tally_add(t, name, n + 1, 1);
}

static void
write_counts(struct out *o, const char *id, size_t idlen,
    const struct count_tally *t)
{
	size_t i;

	for (i = 0; i < t->nitem; i++) {
		out_rawfield(o, id, idlen);
		out_str(o, "count");
		out_field(o, count_tally_name(t, i), t->item[i].len);
		out_num(o, t->item[i].n);
		out_end(o);
	}
}
