/* njson -- records to JSON Lines: one object per article, or per record. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "art.h"
#include "json.h"
#include "util.h"

#define USAGE	"njson [-r] [file ...]"

static void	 write_json(const struct article *, struct out *, void *);
static void	 usage(void);

static int	 rflag;		/* -r: one object per record */

int
main(int argc, char *argv[])
{
	struct jbuf j = { NULL, 0, 0 };
	int ch, rval;

	if (std_options(argc, argv, USAGE))
		return 0;
	while ((ch = getopt(argc, argv, "r")) != -1) {
		switch (ch) {
		case 'r':
			rflag = 1;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;

	rval = art_main(argc, argv, write_json, &j);
	jbuf_free(&j);
	return rval;
}

static void
usage(void)
{
	fprintf(stderr, "usage: %s\n", USAGE);
	exit(EXIT_TROUBLE);
}

/* Write the article as one JSON line, or each of its records as one. */
static void
write_json(const struct article *a, struct out *o, void *ctx)
{
	struct jbuf *j = ctx;
	size_t i;

	if (!rflag) {
		j->len = 0;
		json_article(j, a);
		out_line(o, j->buf, j->len);
		return;
	}
	for (i = 0; i < a->nline; i++) {
		j->len = 0;
		json_record(j, a, i);
		out_line(o, j->buf, j->len);
	}
}
