/*
 * prop.c -- random record streams and the check that a filter lost nothing,
 * for tests/cli/property.sh.
 *
 *	prop gen SEED			write a random record stream
 *	prop check IN OUT STATUS TYPE...
 *
 * check succeeds when deleting from OUT the records of the given TYPEs
 * leaves IN exactly, line for line (a final LF aside), when each such
 * record is well formed and carries the ID of the record before it, and
 * when STATUS is 2 if IN holds a malformed line and 0 if not.  It writes
 * the filter's own records to stdout, to compare with the filter's -o.
 */
#include <err.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rec.h"
#include "util.h"

static uint64_t	rng;

/* xorshift64*: the same streams on every machine, for a given seed. */
static unsigned
rnd(unsigned n)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return (unsigned)((rng * 2685821657736338717ULL) >> 33) % n;
}

/* Pieces of text the recognisers react to, and some they must survive. */
static const char *const words[] = {
	"said", "he", "She", "Mr.", "U.S.", "the", "a.m.", "3.5", "1,500",
	"$", "%", "more than", "about", "March", "5", "2024", "Monday",
	"yesterday", "\"", "\xe2\x80\x9c", "\xe2\x80\x9d", "'", "''", "(", ")",
	"\xc2\xa0", "\xe2\x80\x94", "-", ".", ",", ":", "10-15", "dozens",
	"million", "km", "per cent", "Oct 9", "12:00", "\\", "\\q", "\\0",
	"\xff", "\xc3", "\xe2\x80", "12345678901234567890", "((", "\"\"\"",
};

/* Append n random bytes of any value, escaped, to the stream. */
static void
gen_bytes(FILE *fp, size_t n)
{
	char c, e[2];
	size_t i;

	for (i = 0; i < n; i++) {
		c = (char)rnd(256);
		fwrite(e, 1, rec_escape(e, &c, 1), fp);
	}
}

/* A field value: words, raw bytes, or both; written escaped. */
static void
gen_text(FILE *fp)
{
	unsigned i, n = rnd(30);
	const char *w;
	char *esc;

	for (i = 0; i < n; i++) {
		if (rnd(8) == 0) {
			gen_bytes(fp, rnd(6));
			continue;
		}
		w = words[rnd(sizeof(words) / sizeof(words[0]))];
		esc = xmalloc(2 * strlen(w) + 1);
		fwrite(esc, 1, rec_escape(esc, w, strlen(w)), fp);
		free(esc);
		if (rnd(3) != 0)
			fputc(rnd(10) == 0 ? '\\' : ' ', fp);
		if (rnd(20) == 0)
			fputs("\\n", fp);
	}
}

/* A line that is not a record: no LF in it, anything else goes. */
static void
gen_bad(FILE *fp)
{
	unsigned i, n;
	int c;

	switch (rnd(5)) {
	case 0:
		break;			/* empty line */
	case 1:
		fputs("plain words, no fields", fp);
		break;
	case 2:
		fputs("noid\tpara\t1\ttext", fp);
		break;
	case 3:
		fputs("x:1\tPara\t1\ttext", fp);
		break;
	default:
		for (i = 0, n = rnd(40); i < n; i++) {
			c = (int)rnd(256);
			fputc(c == '\n' ? 0 : c, fp);
		}
		if (rnd(2))
			fputc(0, fp);
		break;
	}
}

static void
gen_id(FILE *fp, unsigned art)
{
	static const char *const names[] = { "-", "a.txt", "dir/x y.txt",
	    "x:y", "\\t\\\\", "n\xc3\xa9" };

	fprintf(fp, "%s:%u", names[art % 6], art / 2 + 1);
}

/* One record stream: a valid first record, then anything. */
static void
gen(FILE *fp)
{
	static const char *const types[] = { "note", "x", "zz", "hdrs",
	    "paras", "mine" };
	unsigned a, l, nart = 1 + rnd(6), nline, para;

	for (a = 0; a < nart; a++) {
		nline = 1 + rnd(12);
		para = 0;
		for (l = 0; l < nline; l++) {
			if ((a > 0 || l > 0) && rnd(10) == 0) {
				gen_bad(fp);
				fputc('\n', fp);
				continue;
			}
			gen_id(fp, rnd(8) == 0 ? rnd(nart) : a);
			switch (rnd(6)) {
			case 0:
				fputs("\thdr\t", fp);
				fputs(rnd(2) ? "title" : "date", fp);
				fputc('\t', fp);
				gen_text(fp);
				break;
			case 1:
			case 2:
			case 3:
				/* Paragraph 0 is not a paragraph. */
				fprintf(fp, "\tpara\t%u\t",
				    rnd(15) == 0 ? 0 : ++para);
				gen_text(fp);
				break;
			case 4:
				fprintf(fp, "\t%s\t", types[rnd(6)]);
				gen_text(fp);
				break;
			default:
				/* Odd shapes: three fields, extra fields. */
				fputs(rnd(2) ? "\tpara\t" : "\thdr\t", fp);
				gen_text(fp);
				if (rnd(2)) {
					fputc('\t', fp);
					gen_text(fp);
					fputc('\t', fp);
				}
				break;
			}
			if (a + 1 < nart || l + 1 < nline || rnd(10) != 0)
				fputc('\n', fp);
		}
	}
}

struct lines {
	char	**s;
	size_t	 *n;
	size_t	  count;
	size_t	  cap;
};

static void
slurp(const char *path, struct lines *ls)
{
	struct reader rd;
	FILE *fp;
	char *line;
	long n;

	if ((fp = fopen(path, "r")) == NULL)
		err(2, "%s", path);
	memset(&rd, 0, sizeof(rd));
	reader_init(&rd, fp, path);
	memset(ls, 0, sizeof(*ls));
	while ((n = reader_line(&rd, &line)) >= 0) {
		xgrow(&ls->s, &ls->cap, ls->count + 1, sizeof(*ls->s));
		ls->n = xreallocarray(ls->n, ls->cap, sizeof(*ls->n));
		ls->s[ls->count] = xmemdup(line, (size_t)n + 1);
		ls->n[ls->count++] = (size_t)n;
	}
	reader_free(&rd);
	fclose(fp);
}

static void
lines_free(struct lines *ls)
{
	size_t i;

	for (i = 0; i < ls->count; i++)
		free(ls->s[i]);
	free(ls->s);
	free(ls->n);
}

/* Is line s a well-formed record?  Sets *idlen to the length of its ID. */
static int
record_ok(const char *s, size_t n, struct rec *r, size_t *idlen, char **type,
    size_t *typelen)
{
	char *copy = xmemdup(s, n + 1);
	int ok;

	rec_split(r, copy, n);
	ok = rec_check(r) == REC_OK;
	*idlen = r->len[0];
	*typelen = r->nfield > 1 ? r->len[1] : 0;
	*type = xmemdup(r->nfield > 1 ? r->field[1] : "", *typelen + 1);
	free(copy);
	return ok;
}

static int
own_type(const char *t, size_t n, char **types)
{
	for (; *types != NULL; types++)
		if (strlen(*types) == n && memcmp(*types, t, n) == 0)
			return 1;
	return 0;
}

static int
check(const char *inpath, const char *outpath, int status, char **types)
{
	struct lines in, out;
	struct rec r;
	const char *lastid = NULL;
	char *type;
	size_t i = 0, j, idlen, lastlen = 0, typelen;
	int bad = 0, ok, fail = 0;

	memset(&r, 0, sizeof(r));
	slurp(inpath, &in);
	slurp(outpath, &out);
	for (j = 0; j < out.count && !fail; j++) {
		if (i < in.count && in.n[i] == out.n[j] &&
		    memcmp(in.s[i], out.s[j], in.n[i]) == 0) {
			ok = record_ok(in.s[i], in.n[i], &r, &idlen, &type,
			    &typelen);
			free(type);
			if (ok)
				lastid = in.s[i], lastlen = idlen;
			else
				bad = 1;
			i++;
			continue;
		}
		ok = record_ok(out.s[j], out.n[j], &r, &idlen, &type, &typelen);
		if (!ok || !own_type(type, typelen, types)) {
			warnx("%s:%zu: not input line %zu, nor its own record",
			    outpath, j + 1, i + 1);
			fail = 1;
		} else if (lastid == NULL || idlen != lastlen ||
		    memcmp(out.s[j], lastid, idlen) != 0) {
			warnx("%s:%zu: ID not that of the record before",
			    outpath, j + 1);
			fail = 1;
		} else {
			fwrite(out.s[j], 1, out.n[j], stdout);
			putchar('\n');
		}
		free(type);
	}
	if (!fail && i < in.count) {
		warnx("%s: input line %zu missing from the output", outpath,
		    i + 1);
		fail = 1;
	}
	if (!fail && status != (bad ? 2 : 0)) {
		warnx("status %d, want %d", status, bad ? 2 : 0);
		fail = 1;
	}
	rec_free(&r);
	lines_free(&in);
	lines_free(&out);
	return fail;
}

int
main(int argc, char *argv[])
{
	if (argc == 3 && strcmp(argv[1], "gen") == 0) {
		rng = 0x9e3779b97f4a7c15ULL ^ strtoull(argv[2], NULL, 10);
		rnd(2);
		gen(stdout);
		return fflush(stdout) == EOF ? 2 : 0;
	}
	if (argc >= 6 && strcmp(argv[1], "check") == 0)
		return check(argv[2], argv[3], atoi(argv[4]), argv + 5);
	fprintf(stderr, "usage: prop gen seed\n"
	    "       prop check in out status type ...\n");
	return 2;
}
