/* date.h -- the date and time recogniser: text in, TIMEX3 values out. */
#ifndef DATE_H
#define DATE_H

#include <stddef.h>

/* A reference date (and time); 0 (or -1 for hour) where unknown. */
struct date_ref {
	int	year;
	int	month;
	int	day;
	int	hour;		/* -1 when no time is known */
	int	min;
};

enum date_order { DATE_MDY, DATE_DMY };

/*
 * What the scan of one text leaves to the next text of the same story:
 * the last date it named, which "the next day" or "that week" count
 * from.  Zero it before the story's first text.
 */
struct date_ctx {
	long	aday;		/* the last day named (days since 1970), or 0 */
	int	ay, am;		/* its year and month, 0 if none */
};

struct date_opts {
	struct date_ref	 ref;		/* what relative expressions resolve against */
	enum date_order	 order;		/* how to read 10/11/2020 when values can't tell */
	struct date_ctx	*ctx;		/* carried between texts; NULL: none */
};

/* One expression: text bytes [start, end) and its TIMEX3 value. */
struct date_match {
	size_t	start;
	size_t	end;
	char	value[48];
};

struct date_list {
	struct date_match	*v;
	size_t			 n;
	size_t			 cap;
};

size_t	date_scan(const char *, size_t, const struct date_opts *,
	    struct date_list *);
void	date_list_free(struct date_list *);
int	date_parse_ref(const char *, size_t, struct date_ref *);
int	date_value_ref(const char *, const struct date_ref *,
	    struct date_ref *);

#endif
