/* quote.h -- direct quotations in an article and who said them. */
#ifndef QUOTE_H
#define QUOTE_H

#include <stddef.h>

/*
 * One piece of an article's text: a paragraph, or a header value (title,
 * subtitle).  A quote never runs into or out of a header.
 */
struct qseg {
	const char	*text;
	size_t		 len;
	int		 head;		/* nonzero for a header value */
};

#define QUOTE_SCARE	0x1	/* scare quotes, a name or a title: not speech */
#define QUOTE_OPEN	0x2	/* never closed: runs to the end of a paragraph */
#define QUOTE_SINGLE	0x4	/* in single marks */
#define QUOTE_NICK	0x8	/* a nickname in a name: `Henry "Hank" Doe` */

/*
 * A quotation: the quoted words run from byte s of segment p0 to byte e
 * of segment p1, marks excluded.  os is the opening mark in p0, ce the
 * byte after the closing mark in p1 (e when there is none).  The speaker
 * is spklen bytes at spk in the list's buffer.
 */
struct quote {
	size_t		 p0, s;
	size_t		 p1, e;
	size_t		 os, ce;
	size_t		 spk, spklen;
	int		 flags;
};

struct quote_list {
	struct quote	*q;
	size_t		 n;
	size_t		 cap;
	char		*buf;		/* speakers' bytes */
	size_t		 buflen;
	size_t		 bufcap;
};

size_t		 quote_scan(const struct qseg *, size_t, struct quote_list *);
void		 quote_attribute(const struct qseg *, size_t,
		    struct quote_list *);
size_t		 quote_find(const struct qseg *, size_t, struct quote_list *);
size_t		 quote_mark_at(const char *, size_t, size_t);
size_t		 quote_reopen(const char *, size_t, int);
const char	*quote_speaker(const struct quote_list *, size_t, size_t *);
void		 quote_free(struct quote_list *);

#endif
