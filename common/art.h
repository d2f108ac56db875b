/* art.h -- read a record stream one article at a time, for the filters. */
#ifndef ART_H
#define ART_H

#include <stddef.h>

#include "out.h"
#include "rec.h"

enum art_kind {
	ART_BAD,	/* malformed line, passed through with a warning */
	ART_HDR,	/* hdr NAME VALUE */
	ART_PARA,	/* para N TEXT */
	ART_OTHER	/* any other record, the filters' own included */
};

/*
 * One input line of an article.  raw is the line as read (escaped, no LF);
 * for hdr and para, name is NAME (or N) and text the value unescaped.
 * All point into the article's storage.
 */
struct artline {
	enum art_kind	 kind;
	const char	*raw;
	size_t		 rawlen;
	const char	*type;		/* TYPE field, escaped */
	size_t		 typelen;
	const char	*name;
	size_t		 namelen;
	const char	*text;
	size_t		 textlen;
	unsigned long	 n;		/* paragraph number */
	size_t		 off[6];	/* offsets of the above while reading */
};

struct article {
	const char	*id;		/* escaped, as read */
	size_t		 idlen;
	struct artline	*line;
	size_t		 nline;
	size_t		 linecap;
	char		*store;		/* every byte the lines point to */
	size_t		 storelen;
	size_t		 storecap;
};

struct artreader {
	struct reader	 rd;
	struct rec	 r;
	char		*pend;		/* the line read ahead: next article's first */
	size_t		 pendlen;
	size_t		 pendcap;
	int		 haspend;
	int		 status;	/* 0, or EXIT_TROUBLE after a warning */
};

typedef void	art_fn(const struct article *, struct out *, void *);

int	art_open(struct artreader *, FILE *, const char *);
int	art_next(struct artreader *, struct article *);
void	art_close(struct artreader *);
void	art_free(struct article *);

void	art_begin(struct out *, const struct article *, const char *);
void	art_where(struct out *, const struct artline *, size_t, size_t);
void	art_where_span(struct out *, const struct artline *, size_t,
	    const struct artline *, size_t);

int	art_main(int, char *[], art_fn *, void *);

#endif
