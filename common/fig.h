/* fig.h -- the figure recogniser: text in, numbers with unit and bound out. */
#ifndef FIG_H
#define FIG_H

#include <stddef.h>

#include "date.h"

enum fig_qual {
	FIG_EQ,		/* =  exact */
	FIG_APPROX,	/* ~  about, some, around */
	FIG_GT,		/* >  more than, over */
	FIG_GE,		/* >= at least, and vague plurals */
	FIG_LT,		/* <  fewer than, under, nearly */
	FIG_LE,		/* <= up to, as many as, within */
	FIG_RANGE	/* ..HI: value is the low end */
};

/*
 * One figure: text bytes [start, end); value, hi (for FIG_RANGE) and unit
 * are offsets of NUL-terminated strings in the list's pool (fig_str).
 * The unit is "" when nothing is counted.
 */
struct fig {
	size_t		start;
	size_t		end;
	enum fig_qual	qual;
	size_t		value;
	size_t		hi;
	size_t		unit;
	int		datelike;	/* scratch: ask the date recogniser */
};

struct fig_list {
	struct fig		*v;
	size_t			 n;
	size_t			 cap;
	char			*pool;
	size_t			 plen;
	size_t			 pcap;
	struct date_list	 dates;		/* scratch: the spans to skip */
	size_t			 total;		/* scratch: figures handed out */
};

typedef void	fig_fn(const struct fig_list *, void *);

size_t		 fig_scan(const char *, size_t, struct fig_list *);
size_t		 fig_scan_each(const char *, size_t, struct fig_list *,
		    fig_fn *, void *);
const char	*fig_str(const struct fig_list *, size_t);
const char	*fig_qual_str(enum fig_qual);
void		 fig_list_free(struct fig_list *);

#endif
