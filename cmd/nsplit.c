/* nsplit -- article text in, hdr and para records out. */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lf.h"
#include "out.h"
#include "rec.h"
#include "split.h"
#include "util.h"

#define USAGE	"nsplit [-n name] [file ...]"

#define READ_MIN	65536	/* read(2) at least this much at a time */

/* One input: its name for IDs and the article being gathered. */
struct input {
	char		*id;		/* "NAME:" escaped, then N */
	size_t		 idlen, idcap;
	size_t		 prefix;	/* length of "NAME:" */
	unsigned long	 nart;
	char		*art;		/* the buffer: article, then input */
	size_t		 len, cap;	/* len: the end of the article's text */
	int		 text;		/* it has a line that is not blank */
};

/* Where we are in the buffer: start <= len <= scan <= have. */
struct buf {
	size_t	 start;		/* the article's first byte */
	size_t	 scan;		/* the next line not yet looked at */
	size_t	 have;		/* bytes read */
};

static void	 article(struct input *, const char *, struct split *,
		    struct out *);
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
	return out_finish(&o, rval);
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
 * fill: read more of the input after the bytes kept, which the article
 * being gathered begins; the buffer grows when the article fills it.
 * read(2), not stdio: a pipe's data is used as soon as it comes.
 * Returns the bytes read, 0 at the end, -1 on an error or a signal.
 */
static ssize_t
fill(int fd, struct input *in, struct buf *b)
{
	ssize_t r;

	if (b->start > 0) {
		memmove(in->art, in->art + b->start, b->have - b->start);
		b->have -= b->start;
		b->scan -= b->start;
		in->len -= b->start;
		b->start = 0;
	}
	if (in->cap - b->have < READ_MIN)
		xgrow(&in->art, &in->cap, b->have + READ_MIN, 1);
	do
		r = read(fd, in->art + b->have, in->cap - b->have);
	while (r < 0 && errno == EINTR && !out_interrupted());
	if (r > 0)
		b->have += (size_t)r;
	return r;
}

/*
 * One line, art[scan..scan+len) without its LF.  A form feed line, or a
 * " date YYYY-MM-DD" line after some text, ends the article gathered in
 * art[start..len).  The line joins the article at len, where it already
 * is unless a CR or a form feed line was dropped before it.
 */
static void
line(struct input *in, struct buf *b, size_t len, struct split *sp,
    struct out *o)
{
	char *l = in->art + b->scan;
	size_t raw = len;
	int ff, look;

	while (len > 0 && l[len - 1] == '\r')
		len--;		/* CRLF is read as LF, and so is CRCRLF */
	/* Most lines begin with a letter: neither test need look. */
	look = len > 0 && (l[0] == '\f' || l[0] == ' ' || l[0] == '\t' ||
	    l[0] == 'd');
	ff = look && split_is_formfeed(l, len);
	if (ff || (look && in->text && split_is_datemark(l, len))) {
		article(in, in->art + b->start, sp, o);
		/*
		 * The next article begins where its first line is, after
		 * a form feed line or at this line, so its lines need no
		 * moving.
		 */
		in->len = b->scan + (ff ? raw + 1 : 0);
		b->start = in->len;
		if (ff)
			return;
	}
	if (in->len != b->scan)
		memmove(in->art + in->len, l, len);
	/* The article's lines are indexed here, not cut again by split. */
	if (!split_add_line(sp, in->art + b->start, in->len - b->start, len))
		in->text = 1;
	in->len += len;
	in->art[in->len++] = '\n';
}

/*
 * The first bytes of a line that line() must look at: white space (a
 * blank or indented line, CR), a form feed, the 'd' of a date line, and
 * 0xc2, which may begin a no-break space.
 */
static const unsigned char lookfirst[256] = {
	['\t'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1, ['d'] = 1, [0xc2] = 1
};

/*
 * indented_text: the line l[0..len) begins with spaces or tabs and then
 * a byte that makes it neither blank (CR, 0xc2 of a no-break space) nor
 * a date line ('d'): an indented line of text, as wire copy has many.
 */
static int
indented_text(const char *l, size_t len)
{
	size_t k = 0;

	while (k < len && (l[k] == ' ' || l[k] == '\t'))
		k++;
	return k > 0 && k < len && l[k] != '\r' && l[k] != 'd' &&
	    l[k] != '\f' && (unsigned char)l[k] != 0xc2;
}

/*
 * plain_line: the line l[0..len) can join the article where it lies and
 * need only be indexed: an empty line, one of text, or an indented one,
 * with no CR at its end.  *indent says which of the last it is.
 */
static inline int
plain_line(const char *l, size_t len, int *indent)
{
	*indent = 0;
	if (len == 0)
		return 1;
	if (l[len - 1] == '\r')
		return 0;
	return !lookfirst[(unsigned char)l[0]] ||
	    (*indent = indented_text(l, len)) != 0;
}

/*
 * lines: the whole lines of the block read, most of them indexed where
 * they lie, the others given to line().  The article's end, the line
 * looked at and its start are kept in locals here, as the line index
 * is written between them: through the structures, each line would
 * wait for the last one's stores to be read back.
 */
static void
lines(struct input *in, struct buf *b, struct split *sp, struct out *o)
{
	const char *base = in->art, *end = in->art + b->have, *nl;
	size_t scan = b->scan, alen = in->len, start = b->start, len;
	int text = in->text, indent;
	struct lf lf;

	lf_reset(&lf);
	while (!o->failed && (nl = lf_next(&lf, base + scan, end)) != NULL) {
		len = (size_t)(nl - base) - scan;
		if (alen == scan && plain_line(base + scan, len, &indent)) {
			if (!split_add_plain(sp, alen - start, len, indent))
				text = 1;
			alen += len + 1;
		} else {
			in->len = alen;
			in->text = text;
			b->scan = scan;
			line(in, b, len, sp, o);
			alen = in->len;
			text = in->text;
			start = b->start;
		}
		scan = (size_t)(nl - base) + 1;
	}
	b->scan = scan;
	in->len = alen;
	in->text = text;
}

/*
 * Read one input in blocks and take it apart a line at a time (lf.h
 * finds the line ends); the article being gathered stays at the front of
 * the buffer.
 * Returns 0, or EXIT_TROUBLE after a read error.
 */
static int
process(FILE *fp, const char *fname, const char *name, struct out *o)
{
	struct input in;
	struct split sp;
	struct buf b;
	ssize_t r = 1;

	memset(&sp, 0, sizeof(sp));
	memset(&b, 0, sizeof(b));
	input_init(&in, name);
	while (!o->failed && !out_interrupted()) {
		/* The whole lines of a block; a signal is seen between blocks. */
		lines(&in, &b, &sp, o);
		if ((r = fill(fileno(fp), &in, &b)) > 0)
			continue;
		if (r < 0) {
			if (!out_interrupted())
				warn("%s", fname);
			break;
		}
		if (b.scan < b.have) {	/* a last line with no newline */
			xgrow(&in.art, &in.cap, b.have + 1, 1);
			line(&in, &b, b.have - b.scan, &sp, o);
		}
		article(&in, in.art + b.start, &sp, o);
		break;
	}
	split_free(&sp);
	input_free(&in);
	return r < 0 && !out_interrupted() ? EXIT_TROUBLE : 0;
}

/* put_num: n in decimal at p; returns its length.  No printf here. */
static size_t
put_num(char *p, unsigned long n)
{
	unsigned long m = n;
	size_t len = 0, k;

	do
		len++;
	while ((m /= 10) != 0);
	for (k = len; k > 0; n /= 10)
		p[--k] = (char)('0' + n % 10);
	return len;
}

/*
 * num_incr: add one to the decimal number p[0..*len), in place, as
 * paragraphs are counted: most often only its last digit changes.
 */
static void
num_incr(char *p, size_t *len)
{
	size_t k = *len;

	while (k > 0 && p[k - 1] == '9')
		p[--k] = '0';
	if (k > 0) {
		p[k - 1]++;
		return;
	}
	memmove(p + 1, p, *len);
	p[0] = '1';
	(*len)++;
}

/*
 * set_id: the ID of article n, "NAME:n", with room after it for the TYPE
 * and a paragraph number: the first fields of a record are then written
 * as one.
 */
static void
set_id(struct input *in, unsigned long n)
{
	xgrow(&in->id, &in->idcap, in->prefix + 2 * 24 + 6, 1);
	in->idlen = in->prefix + put_num(in->id + in->prefix, n);
}

/* Write the records of the article gathered, if it has any text. */
static void
article(struct input *in, const char *text, struct split *sp, struct out *o)
{
	const struct split_hdr *h;
	const struct split_para *p;
	size_t i, numlen = 1;
	char *num;

	split_indexed(sp, text);		/* and empties the index */
	/* An article that gives no record is not counted: no ID shows it. */
	if (in->text && sp->nhdr + sp->npara > 0) {
		set_id(in, ++in->nart);
		/* "ID<TAB>hdr" as one field, then "ID<TAB>para<TAB>N" */
		memcpy(in->id + in->idlen, "\thdr", 4);
		for (i = 0; i < sp->nhdr; i++) {
			h = &sp->hdr[i];
			out_rawfield(o, in->id, in->idlen + 4);
			/* a name is [a-z][a-z0-9_]*: nothing to escape */
			out_rawfield(o, h->name, strlen(h->name));
			out_field(o, h->val, h->vallen);
			out_end(o);
		}
		memcpy(in->id + in->idlen, "\tpara\t", 6);
		num = in->id + in->idlen + 6;
		num[0] = '0';
		for (i = 0; i < sp->npara; i++) {
			p = &sp->para[i];
			num_incr(num, &numlen);		/* to i + 1 */
			out_record2(o, in->id, in->idlen + 6 + numlen,
			    text + p->start, p->len);
		}
	}
	in->text = 0;
}
