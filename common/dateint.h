/*
 * dateint.h -- what the two halves of the date recogniser share: the
 * grammar (date.c) reads expressions, the resolution (dateres.c) turns
 * them into values against the reference and the text's tense.  Private
 * to those two files; the interface is date.h.
 */
#ifndef DATEINT_H
#define DATEINT_H

#include <stddef.h>

#include "date.h"
#include "datewords.h"
#include "text.h"

/* The scanner's state over one text. */
struct sc {
	const char	*s;
	size_t		 n;
	int		 hasref;	/* the reference has a day */
	struct date_ref	 r;
	long		 rday;		/* the reference as a day number */
	enum date_order	 order;
	size_t		 ss, se;	/* the sentence last looked at */
	size_t		*send;		/* sentence ends found so far */
	struct wcache	*wc;		/* WCACHE words looked up, by offset */
	size_t		 nsend, sendcap;
	size_t		 tat;		/* 1 + where the tense was last read */
	int		 tval;		/* and what it was */
	size_t		 tvg;		/* 1 + where its verb group was, or 0 */
	long		 aday;		/* the last day the text named, or 0 */
	int		 ay, am;	/* the last year and month it named */
};

/*
 * The rules look up the same few words again and again, each rule from
 * the start: keep the last WCACHE, each in the slot of its offset.
 */
#define WCACHE	16
struct wcache {
	size_t			 at;
	size_t			 len;
	const struct dateword	*w;
};

/* What a rule found: the extent, the value and the prefixes it admits. */
struct hit {
	size_t	start;
	size_t	end;
	unsigned pfx;
	char	v[48];
};

#define P_THE	1u	/* the 1990s */
#define P_EML	2u	/* early, mid, late */
#define P_APPROX 4u	/* nearly, more than */
#define P_ABOUT	8u	/* about, around: before a time or an ago */


/* Day parts, seasons and unit letters as TIMEX3 writes them. */
extern const char *const dr_partname[];
extern const char *const dr_seasname[];
extern const char dr_unitch[];

/*
 * The tokens: small readers of the text at a byte offset, used by every
 * rule, inline so that the scan loop pays no call for them.
 */

static inline size_t
nx(const struct sc *c, size_t i)
{
	while (i < c->n && c->s[i] == ' ')
		i++;
	if (i >= c->n || ((unsigned char)c->s[i] < 0x80 &&
	    (c->s[i] < '\t' || c->s[i] > '\r')))
		return i;		/* the common case, without UTF-8 */
	return txt_skip_space(c->s, c->n, i);
}

/* The run of ASCII letters at i, if it is a whole word. */
static inline size_t
wlen(const struct sc *c, size_t i)
{
	size_t j = i;

	if (i >= c->n || !txt_word_start(c->s, i))
		return 0;
	while (j < c->n && txt_isalpha(c->s[j]))
		j++;
	if (j == i || !txt_word_end(c->s, c->n, j))
		return 0;
	return j - i;
}

/* The date word at i, honouring its case rules; *len its length. */
static inline const struct dateword *
word(const struct sc *c, size_t i, size_t *len)
{
	const struct dateword *d;
	struct wcache *e = &c->wc[i % WCACHE];

	if (e->at == i + 1) {
		*len = e->len;
		d = e->w;
	} else {
		*len = wlen(c, i);
		d = *len == 0 ? NULL : dw_lookup(c->s + i, *len);
		e->at = i + 1, e->len = *len, e->w = d;
	}
	if (d == NULL)
		return NULL;
	if ((d->flags & DW_CAP) && !txt_isupper(c->s[i]))
		return NULL;
	return d;
}

static inline const struct dateword *
wordcls(const struct sc *c, size_t i, int cls, size_t *len)
{
	const struct dateword *d = word(c, i, len);

	return d != NULL && d->cls == cls ? d : NULL;
}

/* The rest of is(), once the first letter matched. */
static inline int
is_rest(const struct sc *c, size_t i, const char *w)
{
	size_t k;

	for (k = 1; w[k] != '\0'; k++)
		if (i + k >= c->n || txt_tolower(c->s[i + k]) != w[k])
			return 0;
	return txt_word_start(c->s, i) && txt_word_end(c->s, c->n, i + k);
}

/*
 * Is the word at i w (lower case), in any case?  Most calls fail on the
 * first letter, tested where is() is called.
 */
static inline int
is(const struct sc *c, size_t i, const char *w)
{
	return i < c->n && txt_tolower(c->s[i]) == w[0] && is_rest(c, i, w);
}

/* A word list with lengths, so that a lookup compares lengths first. */
struct wlist {
	const char	*w;
	size_t		 len;
};
#define WL(w)	{ w, sizeof(w) - 1 }

/* inlist: the length of the word of list l (ended by { NULL }) at i, or 0. */
static inline size_t
inlist(const struct sc *c, size_t i, const struct wlist *l)
{
	size_t k = 0;

	while (i + k < c->n && txt_isalpha(c->s[i + k]))
		k++;
	if (k == 0 || !txt_word_start(c->s, i) || !txt_word_end(c->s, c->n, i + k))
		return 0;
	for (; l->w != NULL; l++)
		if (l->len == k && txt_ncaseeq(c->s + i, l->w, k))
			return k;
	return 0;
}

/* The digits at i as a number (at most 9), their count in *len. */
static inline long
digits(const struct sc *c, size_t i, size_t *len)
{
	size_t j = i;
	long v = 0;

	while (j < c->n && txt_isdigit(c->s[j]) && j - i < 9)
		v = v * 10 + (c->s[j++] - '0');
	*len = j - i;
	if (j < c->n && txt_isdigit(c->s[j]))
		*len = 0;
	return v;
}

/* A whole number word-bounded at i: digits not glued to letters. */
static inline long
number(const struct sc *c, size_t i, size_t *len)
{
	long v;

	if (i >= c->n || !txt_isdigit(c->s[i]) || !txt_word_start(c->s, i))
		return *len = 0, -1;
	v = digits(c, i, len);
	if (*len == 0 || !txt_word_end(c->s, c->n, i + *len))
		return *len = 0, -1;
	return v;
}

static inline int
ch(const struct sc *c, size_t i, int x)
{
	return i < c->n && c->s[i] == x;
}

/* After an abbreviation: step over its period. */
static inline size_t
dot(const struct sc *c, const struct dateword *d, size_t e)
{
	return (d->flags & DW_ABBR) && ch(c, e, '.') ? e + 1 : e;
}

/* dateres.c: calendar arithmetic (days since 1970) and value writing. */
long	dr_days_from(int, int, int);
void	dr_from_days(long, int *, int *, int *);
int	dr_wday_of(long);
int	dr_mdays(int, int);
void	dr_fmt_y(char *, int);
void	dr_fmt_ym(char *, int, int);
void	dr_fmt_ymd(char *, int, int, int);
void	dr_fmt_wday(char *, int);
void	dr_fmt_week(char *, long);
void	dr_fmt_day(char *, const struct sc *, int, int, int);
void	dr_fmt_dayz(char *, const struct sc *, long);
void	dr_fmt_time(char *, const struct sc *, long, int, int);
void	dr_fmt_dur(char *, double, int);
void	dr_fmt_shift(char *, const struct sc *, long, int);
void	dr_fmt_yearsago(char *, struct sc *, size_t, long);
long	dr_holiday_day(int, int);

/* dateres.c: tense and resolution against the reference. */
int	dr_tense_at(struct sc *, size_t);
long	dr_resolve_wday(const struct sc *, int, int);
int	dr_resolve_year(const struct sc *, int, int, int);
int	dr_topic_quarter(const struct sc *, size_t);
int	dr_rel_noref(const struct dateword *, int, struct hit *);
int	dr_anchored(struct sc *, int, int, size_t, struct hit *);
void	dr_anchor_set(struct sc *, const char *);

#endif
