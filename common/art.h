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
 * for hdr and para, name is NAME (or N) and text the value unescaped,
 * NUL-terminated.  All point into the reader's buffer or the article's
 * storage, and stay valid until the next art_next.
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
	int		 stored;	/* text is in store: it had an escape */
};

struct article {
	const char	*id;		/* escaped, as read */
	size_t		 idlen;
	struct artline	*line;
	size_t		 nline;
	size_t		 linecap;
	char		*store;		/* the unescaped texts of the lines */
	size_t		 storelen;
	size_t		 storecap;
};

/*
 * The reader takes its input in large blocks with read(2) and cuts them
 * into lines in place: an article's lines point into buf, which holds
 * the article being read (from start) and what was read after it.  An
 * article that runs past the end of a block is moved to the front, and
 * buf grows for one that does not fit: memory is bounded by the largest
 * article.
 */
struct artreader {
	FILE		*fp;
	int		 fd;		/* -1: a stream with no descriptor */
	const char	*name;
	unsigned long	 lineno;
	char		*buf;
	size_t		 cap;
	size_t		 have;		/* bytes in buf */
	size_t		 scan;		/* the first byte not cut into lines */
	size_t		 look;		/* buf[scan..look) holds no LF */
	size_t		 start;		/* the first byte of the article */
	size_t		 pend;		/* the line read ahead: next article's */
	size_t		 pendlen;
	int		 haspend;
	int		 pendcut;	/* r holds its fields, found as: */
	int		 pendkind;	/* its enum art_kind */
	unsigned long	 pendn;		/* and paragraph number */
	int		 eof;		/* no more to read: end, error, signal */
	struct rec	 r;
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
