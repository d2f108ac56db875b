/* nsplit -- article text in, hdr and para records out. */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "out.h"
#include "rec.h"
#include "split.h"
#include "util.h"

#define USAGE	"nsplit [-n name] [file ...]"

/* One input: its name for IDs and the article being gathered. */
struct input {
	char		*id;		/* "NAME:" escaped, then N */
	size_t		 idlen, idcap;
	size_t		 prefix;	/* length of "NAME:" */
	unsigned long	 nart;
	char		*art;		/* the article's lines, LF-terminated */
	size_t		 len, cap;
	int		 text;		/* it has a line that is not blank */
};

static void	 article(struct input *, struct split *, struct out *);
static int	 process(FILE *, const char *, const char *, struct out *);
static void	 usage(void);

int
main(int argc, char *argv[])
{
	struct out o;
	FILE *fp;
	const char *nflag = NULL;
	int ch, rval = 0;

	if (std_options(argc, argv, USAGE))
		return 0;
	while ((ch = getopt(argc, argv, "n:")) != -1) {
		switch (ch) {
		case 'n':
			nflag = optarg;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;

	out_init(&o, STDOUT_FILENO, "stdout");
	out_catch_signals();
	if (argc == 0)
		rval |= process(stdin, "-", nflag ? nflag : "-", &o);
	for (; *argv != NULL && !o.failed && !out_interrupted(); argv++) {
		if ((fp = xfopen(*argv, &rval)) == NULL)
			continue;
		rval |= process(fp, *argv, strcmp(*argv, "-") == 0 && nflag ?
		    nflag : *argv, &o);
		if (xfclose(fp, *argv) == -1)
			rval = EXIT_TROUBLE;
	}
	if (out_close(&o) == -1)
		rval = EXIT_TROUBLE;
	if (out_interrupted()) {
		warnx("interrupted");
		rval = EXIT_TROUBLE;
	}
	return rval;
}

static void
usage(void)
{
	fprintf(stderr, "usage: %s\n", USAGE);
	exit(EXIT_TROUBLE);
}

/* Set up the ID prefix "NAME:", NAME escaped so that a TAB can't split it. */
static void
input_init(struct input *in, const char *name)
{
	size_t n = strlen(name);

	memset(in, 0, sizeof(*in));
	xgrow(&in->id, &in->idcap, 2 * n + 32, 1);
	in->prefix = rec_escape(in->id, name, n);
	in->id[in->prefix++] = ':';
}

static void
input_free(struct input *in)
{
	free(in->id);
	free(in->art);
}

/*
 * Read one input: lines gather into an article until a form feed line, or
 * a " date YYYY-MM-DD" line that is not the first of the article.
 * Returns 0, or EXIT_TROUBLE on a read error (reported by the caller).
 */
static int
process(FILE *fp, const char *fname, const char *name, struct out *o)
{
	struct reader rd;
	struct input in;
	struct split sp;
	char *line;
	long n;
	size_t len;

	memset(&sp, 0, sizeof(sp));
	memset(&rd, 0, sizeof(rd));
	input_init(&in, name);
	reader_init(&rd, fp, fname);
	while (!o->failed && !out_interrupted() &&
	    (n = reader_line(&rd, &line)) >= 0) {
		len = (size_t)n;
		if (len > 0 && line[len - 1] == '\r')
			len--;		/* CRLF is read as LF */
		if (split_is_formfeed(line, len) ||
		    (in.text && split_is_datemark(line, len)))
			article(&in, &sp, o);
		if (split_is_formfeed(line, len))
			continue;
		xgrow(&in.art, &in.cap, in.len + len + 1, 1);
		memcpy(in.art + in.len, line, len);
		in.len += len;
		in.art[in.len++] = '\n';
		if (!in.text && !split_blank(line, len))
			in.text = 1;
	}
	if (!o->failed && !out_interrupted())
		article(&in, &sp, o);
	reader_free(&rd);
	split_free(&sp);
	input_free(&in);
	return 0;
}

/* Write the records of the article gathered, if it has any text. */
static void
article(struct input *in, struct split *sp, struct out *o)
{
	const struct split_hdr *h;
	const struct split_para *p;
	size_t i;

	if (in->text) {
		in->nart++;
		in->idlen = in->prefix;
		xgrow(&in->id, &in->idcap, in->prefix + 24, 1);
		in->idlen += (size_t)snprintf(in->id + in->prefix, 24, "%lu",
		    in->nart);
		split_article(sp, in->art, in->len);
		for (i = 0; i < sp->nhdr; i++) {
			h = &sp->hdr[i];
			out_rawfield(o, in->id, in->idlen);
			out_rawfield(o, "hdr", 3);
			out_str(o, h->name);
			out_field(o, h->val, h->vallen);
			out_end(o);
		}
		for (i = 0; i < sp->npara; i++) {
			p = &sp->para[i];
			out_rawfield(o, in->id, in->idlen);
			out_rawfield(o, "para", 4);
			out_num(o, i + 1);
			out_field(o, in->art + p->start, p->len);
			out_end(o);
		}
	}
	in->len = 0;
	in->text = 0;
}
