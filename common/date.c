/*
 * date.c -- the date and time recogniser: finds the date, time and
 * duration expressions of a text and writes their TIMEX3 values.
 *
 * The scanner jumps from word to word and looks only at words that can
 * start an expression (digits, and the words of datewords.c); each rule
 * reads a few tokens ahead and the longest reading wins.  Sentence bounds,
 * needed for tense, are found once per sentence as the scan moves on.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "dateint.h"
#include "datewords.h"
#include "text.h"
#include "util.h"

static int	 parse_at(struct sc *, size_t, struct hit *, int);
static size_t	 word_before(const struct sc *, size_t);
static int	 follows(const struct sc *, const struct dateword *, size_t,
		    size_t);

/* ---- times of day ---- */

static const struct wlist zones[] = { WL("GMT"), WL("UTC"), WL("UT"), WL("EST"), WL("EDT"),
	WL("CST"), WL("CDT"), WL("MST"), WL("MDT"), WL("PST"), WL("PDT"), WL("BST"), WL("CET"), WL("CEST"), WL("EET"),
	WL("IST"), WL("JST"), WL("AEST"), WL("AEDT"), WL("HKT"), WL("SGT"), WL("MSK"), WL("WIB"), WL("PKT"), WL("Z"),
	{ NULL, 0 } };

/* Step over a time zone at e (after optional space); return the new end. */
static size_t
zone(const struct sc *c, size_t e)
{
	size_t j = nx(c, e), k;

	if ((k = inlist(c, j, zones)) != 0 &&
	    txt_isupper(c->s[j]))
		return j + k;
	return e;
}

/* A weekday or month name at i, as after "10 a.m. Friday". */
static int
day_word(const struct sc *c, size_t i)
{
	size_t k;
	const struct dateword *w = word(c, i, &k);

	return w != NULL && (w->cls == DW_WDAY || w->cls == DW_MONTH ||
	    w->cls == DW_DEIC);
}

/* am/pm at j: 1 am, 2 pm, 0 none; *e past it. */
static int
ampm(const struct sc *c, size_t j, size_t *e)
{
	const char *s = c->s + j;
	size_t left = c->n - j;
	int r;

	if (left >= 2 && (txt_tolower(s[0]) == 'a' || txt_tolower(s[0]) ==
	    'p') && txt_tolower(s[1]) == 'm' && txt_word_end(c->s, c->n, j + 2))
		r = txt_tolower(s[0]) == 'a' ? 1 : 2, *e = j + 2;
	else if (left >= 4 && (txt_tolower(s[0]) == 'a' ||
	    txt_tolower(s[0]) == 'p') && s[1] == '.' &&
	    txt_tolower(s[2]) == 'm' && s[3] == '.') {
		r = txt_tolower(s[0]) == 'a' ? 1 : 2, *e = j + 4;
		/* 10 p.m. Police said: the period ends the sentence too */
		if (j + 4 == c->n || (txt_space_at(c->s, c->n, j + 4) &&
		    txt_isupper(c->s[nx(c, j + 4) < c->n ? nx(c, j + 4) :
		    j + 3]) && !inlist(c, nx(c, j + 4), zones) &&
		    !day_word(c, nx(c, j + 4))))
			*e = j + 3;
	}
	else if (left >= 3 && (txt_tolower(s[0]) == 'a' ||
	    txt_tolower(s[0]) == 'p') && s[1] == '.' &&
	    txt_tolower(s[2]) == 'm' && txt_word_end(c->s, c->n, j + 3))
		r = txt_tolower(s[0]) == 'a' ? 1 : 2, *e = j + 3;
	else
		return 0;
	return r;
}

/* "hours" or "hrs" after a clock written the military way (0400 hours): its end, or 0. */
static size_t
hours_word(const struct sc *c, size_t e)
{
	size_t j = nx(c, e);

	if (j == e || j >= c->n)
		return 0;
	if (is(c, j, "hours"))
		return j + 5;
	if (is(c, j, "hrs"))
		return j + 3;
	return 0;
}

/* Is the number at i after a word that leads to a point in time (at 0400 hours)? */
static int
clock_prep(const struct sc *c, size_t i)
{
	static const struct wlist preps[] = { WL("at"), WL("from"),
		WL("until"), WL("till"), WL("by"), WL("before"), WL("after"),
		WL("since"), WL("around"), WL("about"), { NULL, 0 } };
	size_t p = word_before(c, i);

	return p < i && inlist(c, p, preps);
}

/*
 * "in the morning" (1), "in the afternoon", "in the evening" (2) after
 * an hour ending at e: sets *ap and returns the end, or 0.
 */
static size_t
day_half(const struct sc *c, size_t e, int *ap)
{
	size_t j = nx(c, e);

	if (j == e || !is(c, j, "in") || !is(c, (j = nx(c, j + 2)), "the"))
		return 0;
	j = nx(c, j + 3);
	if (is(c, j, "morning"))
		return *ap = 1, j + 7;
	if (is(c, j, "afternoon"))
		return *ap = 2, j + 9;
	if (is(c, j, "evening"))
		return *ap = 2, j + 7;
	return 0;
}

/*
 * A clock time at i: 3:48pm, 10 a.m., 1200 GMT, noon.  Sets *h and *mi
 * and returns the end, or 0.
 */
static size_t
clock_at(const struct sc *c, size_t i, int *h, int *mi)
{
	const struct dateword *d;
	size_t k, k2, e, j;
	long v, v2;
	int ap;

	if (i >= c->n)
		return 0;
	if ((d = wordcls(c, i, DW_CLOCK, &k)) != NULL) {
		*h = d->val, *mi = 0;
		return i + k;
	}
	if (!txt_isdigit(c->s[i]) || (!txt_word_start(c->s, i) &&
	    c->s[i - 1] != 'T'))
		return 0;
	v = digits(c, i, &k);
	if (k == 0)
		return 0;
	e = i + k;
	if (k <= 2 && (ch(c, e, ':') || ch(c, e, '.')) && e + 3 <= c->n &&
	    txt_isdigit(c->s[e + 1]) && txt_isdigit(c->s[e + 2]) &&
	    (e + 3 == c->n || !txt_isdigit(c->s[e + 3]))) {
		v2 = (c->s[e + 1] - '0') * 10 + (c->s[e + 2] - '0');
		if (v > 23 || v2 > 59)
			return 0;
		j = e + 3;
		if (ch(c, j, ':') && j + 3 <= c->n && txt_isdigit(c->s[j + 1])
		    && txt_isdigit(c->s[j + 2]))
			j += 3;		/* seconds: kept out of the value */
		e = j;
		ap = ampm(c, nx(c, e), &j);
		if (!ap && (j = hours_word(c, e)) != 0 && clock_prep(c, i)) {
			*h = (int)v, *mi = (int)v2;	/* 20.27 hours */
			return j;
		}
		if (!ap && c->s[i + k] == '.')
			return 0;	/* 3.45 is a number */
		if (!ap && !ch(c, i + k, ':'))
			return 0;
		if (ap) {
			if (v > 12 || v == 0)
				return 0;
			e = j;
			v = v % 12 + (ap == 2 ? 12 : 0);
		}
		*h = (int)v, *mi = (int)v2;
		return zone(c, e);
	}
	if (k <= 2 && (ap = ampm(c, nx(c, e), &j)) != 0) {
		if (v > 12 || v == 0)
			return 0;
		*h = (int)(v % 12 + (ap == 2 ? 12 : 0)), *mi = 0;
		return zone(c, j);
	}
	if (k <= 2 && v >= 1 && v <= 12 && (j = day_half(c, e, &ap)) != 0 &&
	    clock_prep(c, i)) {
		*h = (int)(v % 12 + (ap == 2 ? 12 : 0)), *mi = 0;
		return j;		/* at 4 in the morning */
	}
	if (k <= 2 && v <= 12 && is(c, nx(c, e), "o")) {
		j = nx(c, e) + 1;
		if (ch(c, j, '\'') && is(c, j + 1, "clock")) {
			*h = (int)v, *mi = 0;
			return j + 6;
		}
	}
	if (k == 4 && txt_word_end(c->s, c->n, e)) {
		k2 = zone(c, e);
		v2 = v % 100;
		if (k2 == e && (k2 = hours_word(c, e)) != 0 &&
		    c->s[i] != '0' && !clock_prep(c, i))
			k2 = e;		/* 1200 hours of work */
		if (k2 != e && v / 100 <= 24 && v2 < 60) {
			*h = (int)(v / 100), *mi = (int)v2;
			return k2;
		}
	}
	return 0;
}

/* ---- calendar dates ---- */

/* A day of the month at i (9, 9th); its value or 0, *e its end. */
static int
mday_at(const struct sc *c, size_t i, size_t *e)
{
	size_t k;
	long v = -1;

	if (i < c->n && txt_isdigit(c->s[i]) && txt_word_start(c->s, i))
		v = digits(c, i, &k);
	if (v < 1 || v > 31 || k > 2)
		return 0;
	*e = i + k;
	if (*e + 2 <= c->n && (txt_ncaseeq(c->s + *e, "st", 2) ||
	    txt_ncaseeq(c->s + *e, "nd", 2) || txt_ncaseeq(c->s + *e, "rd", 2)
	    || txt_ncaseeq(c->s + *e, "th", 2)))
		*e += 2;
	if (!txt_word_end(c->s, c->n, *e))
		return 0;
	return (int)v;
}

/*
 * A year said in words at i: nineteen ninety-six, two thousand (and
 * eight).  Returns it and sets *e, or 0.
 */
static int
spoken_year_at(const struct sc *c, size_t i, size_t *e)
{
	const struct dateword *w;
	size_t k, j, k2;
	int v;

	if (is(c, i, "two") && is(c, (j = nx(c, i + 3)), "thousand")) {
		*e = j + 8;
		j = nx(c, *e);
		if (is(c, j, "and") && (w = wordcls(c, nx(c, j + 3), DW_NUM,
		    &k)) != NULL && w->val >= 1 && w->val <= 19) {
			*e = nx(c, j + 3) + k;
			return 2000 + w->val;
		}
		return 2000;
	}
	if (!is(c, i, "nineteen"))
		return 0;
	j = nx(c, i + 8);
	if ((w = wordcls(c, j, DW_NUM, &k)) == NULL || w->val < 10 ||
	    w->val > 90)
		return 0;
	v = w->val;
	j += k;
	if (v >= 20 && v % 10 == 0 && (ch(c, j, '-') || ch(c, j, ' ')) &&
	    (w = wordcls(c, j + 1, DW_NUM, &k2)) != NULL && w->val >= 1 &&
	    w->val <= 9)
		v += w->val, j += 1 + k2;	/* ninety-six, ninety six */
	*e = j;
	return 1900 + v;
}

/*
 * A year of four digits at i (or said in words, after a month or a
 * season: January nineteen ninety-seven); 0 if none.
 */
static int
year_at(const struct sc *c, size_t i, size_t *e)
{
	size_t k;
	long v;

	if (i < c->n && txt_isalpha(c->s[i]))
		return spoken_year_at(c, i, e);
	v = number(c, i, &k);
	if (k != 4 || v < 1000 || v > 2099)
		return 0;
	if ((ch(c, i + 4, ',') || ch(c, i + 4, '.')) && i + 5 < c->n &&
	    txt_isdigit(c->s[i + 5]))
		return 0;		/* 1,994 people; the index at 2082.1 */
	*e = i + 4;
	return (int)v;
}

/* [,] YEAR after a month and day: the year or 0; *e moves past it. */
static int
opt_year(const struct sc *c, size_t *e)
{
	size_t j = *e, f;
	int y;

	j = nx(c, j);
	if (ch(c, j, ','))
		j++;
	j = nx(c, j);
	if ((y = year_at(c, j, &f)) == 0)
		return 0;
	*e = f;
	return y;
}

/*
 * A month-and-day (or day-and-month) at i: Oct. 9, 2020; 10 October;
 * the 10th of October.  Sets y (0 when not written), m, d.
 */
static size_t
monthday_at(const struct sc *c, size_t i, int *y, int *m, int *d)
{
	const struct dateword *w;
	size_t k, e, j;

	if ((w = wordcls(c, i, DW_MONTH, &k)) != NULL && !(w->flags &
	    DW_PLURAL)) {
		j = nx(c, dot(c, w, i + k));
		if ((*d = mday_at(c, j, &e)) == 0 || *d > dr_mdays(2000, w->val))
			return 0;
		if ((ch(c, e, ':') && e + 1 < c->n && txt_isdigit(c->s[e + 1]))
		    || ch(c, e, '%'))
			return 0;	/* Oct 9:30, May 5% */
		*m = w->val;
		*y = opt_year(c, &e);
		return e;
	}
	if ((*d = mday_at(c, i, &e)) != 0) {
		j = nx(c, e);
		if (is(c, j, "of"))
			j = nx(c, j + 2);
		if ((w = wordcls(c, j, DW_MONTH, &k)) == NULL ||
		    *d > dr_mdays(2000, w->val))
			return 0;
		*m = w->val;
		e = dot(c, w, j + k);
		*y = opt_year(c, &e);
		return e;
	}
	return 0;
}

/* Two-digit years: 89 is 1989, 20 is 2020. */
static int
year2(long v)
{
	return (int)(v < 50 ? 2000 + v : 1900 + v);
}

/*
 * A numeric date at i: 2020-10-09 (with a time in the same run,
 * 2020-09-17-16-58-57 or 2020-10-09T12:00), 10/9/2020, 9.10.2020,
 * 26-FEB-1987.  Sets y m d and *h *mi (-1 when no time).
 */
static size_t
numdate_at(const struct sc *c, size_t i, int *y, int *m, int *d, int *h,
    int *mi)
{
	const struct dateword *w;
	size_t k1, k2, k3, e, j;
	long a, b, y3;
	int sep;

	*h = *mi = -1;
	if (i >= c->n)
		return 0;
	a = number(c, i, &k1);
	if (k1 == 0 && txt_isdigit(c->s[i]) && txt_word_start(c->s, i))
		a = digits(c, i, &k1);
	if (k1 == 0 || i + k1 >= c->n)
		return 0;
	sep = c->s[i + k1];
	if (sep != '-' && sep != '/' && sep != '.')
		return 0;
	j = i + k1 + 1;
	if (sep == '-' && k1 <= 2 && (w = wordcls(c, j, DW_MONTH, &k2)) !=
	    NULL && (w->flags & DW_ABBR) && ch(c, j + k2, '-')) {
		y3 = digits(c, j + k2 + 1, &k3);
		if ((k3 != 4 && k3 != 2) || a < 1 || a > dr_mdays(2000, w->val))
			return 0;
		*y = k3 == 4 ? (int)y3 : year2(y3), *m = w->val, *d = (int)a;
		return j + k2 + 1 + k3;
	}
	b = digits(c, j, &k2);
	if (k2 == 0 || k2 > 2 || j + k2 >= c->n || c->s[j + k2] != sep)
		return 0;
	y3 = digits(c, j + k2 + 1, &k3);
	e = j + k2 + 1 + k3;
	if (k1 == 4 && k3 >= 1 && k3 <= 2) {		/* 2020-10-09 */
		*y = (int)a, *m = (int)b, *d = (int)y3;
	} else if (k1 <= 2 && (k3 == 4 || k3 == 2)) {
		*y = k3 == 4 ? (int)y3 : year2(y3);
		if (a > 12 || (c->order == DATE_DMY && b <= 12))
			*d = (int)a, *m = (int)b;
		else
			*m = (int)a, *d = (int)b;
	} else
		return 0;
	if (*m < 1 || *m > 12 || *d < 1 || *d > dr_mdays(*y, *m) ||
	    *y < 1000 || (e < c->n && txt_isalnum(c->s[e]) &&
	    !(k1 == 4 && c->s[e] == 'T')) ||
	    (ch(c, e, sep) && e + 1 < c->n && txt_isdigit(c->s[e + 1]) &&
	    !(k1 == 4 && sep == '-')))
		return 0;
	if (k1 == 4 && sep == '-' && ch(c, e, '-') && e + 9 <= c->n) {
		/* 2020-09-17-16-58-57 */
		a = digits(c, e + 1, &k1);
		b = k1 == 2 && ch(c, e + 3, '-') ? digits(c, e + 4, &k2) : -1;
		if (k1 == 2 && k2 == 2 && a < 24 && b >= 0 && b < 60) {
			*h = (int)a, *mi = (int)b;
			e += 6;
			if (ch(c, e, '-') && e + 3 <= c->n &&
			    txt_isdigit(c->s[e + 1]) && txt_isdigit(c->s[e + 2]))
				e += 3;
		}
	} else if (k1 == 4 && (ch(c, e, 'T') || ch(c, e, ' '))) {
		size_t t = clock_at(c, e + 1, h, mi);

		if (t != 0 && ch(c, e + 3, ':'))
			e = t;
		else
			*h = *mi = -1;
	}
	return e;
}

/* ---- the rules: each returns 1 and fills *h when it reads at i ---- */

/* A part of the day or a clock time after a day: Friday night, 3:48pm. */
static size_t
day_suffix(struct sc *c, size_t e, long z, char *v)
{
	const struct dateword *w;
	size_t j = nx(c, e), k, t;
	int h, mi;

	if ((w = wordcls(c, j, DW_PART, &k)) != NULL && !(w->flags &
	    DW_PLURAL) && w->val != 0 && !is(c, j, "overnight")) {
		dr_fmt_dayz(v, c, z);
		snprintf(v + strlen(v), 8, "T%s", dr_partname[w->val]);
		return j + k;
	}
	if (ch(c, e, ','))
		j = nx(c, e + 1);
	if (is(c, j, "at"))
		j = nx(c, j + 2);
	if ((t = clock_at(c, j, &h, &mi)) != 0) {
		dr_fmt_time(v, c, z, h, mi);
		return t;
	}
	return e;
}

/* Is there a possessive 's (or ’s) at e: Friday's vote? */
static int
possessive(const struct sc *c, size_t e)
{
	if (ch(c, e, '\'') && e + 1 < c->n && txt_tolower(c->s[e + 1]) == 's')
		return txt_word_end(c->s, c->n, e + 2);
	return e + 4 <= c->n && memcmp(c->s + e, "\xe2\x80\x99", 3) == 0 &&
	    txt_tolower(c->s[e + 3]) == 's' && txt_word_end(c->s, c->n, e + 4);
}

/*
 * The direction of a weekday that names an event (Friday's vote): news
 * reports what took place, so the past, unless the event lies ahead
 * (upcoming, ahead of).
 */
static int
past_unless_ahead(const struct sc *c, size_t i)
{
	size_t p = word_before(c, i);

	if (p < i && is(c, p, "upcoming"))
		return 1;
	if (p < i && is(c, p, "of") && (p = word_before(c, p)) < i &&
	    is(c, p, "ahead"))
		return 1;
	return -1;
}

/*
 * "of next week", "of the following week", "of last week" after a
 * weekday ending at e: *dir the week's offset from the reference's,
 * and the end; 0 if none.
 */
static size_t
week_of(const struct sc *c, size_t e, int *dir)
{
	const struct dateword *w;
	size_t j = nx(c, e), k;

	if (!is(c, j, "of"))
		return 0;
	j = nx(c, j + 2);
	if (is(c, j, "the"))
		j = nx(c, j + 3);
	if ((w = wordcls(c, j, DW_REL, &k)) == NULL)
		return 0;
	*dir = w->val == R_NEXT || w->val == R_FOLLOW || w->val == R_COMING ?
	    1 : w->val == R_LAST || w->val == R_PREV ? -1 : w->val == R_THIS ?
	    0 : 2;
	j = nx(c, j + k);
	if (*dir == 2 || !is(c, j, "week"))
		return 0;
	return j + 4;
}

/*
 * The year, next to the reference's, in which month m day d falls on
 * weekday w ("Saturday, April 25"): the nearest such within half a year
 * of the reference, or 0 if none (a wrong weekday is a slip).
 */
static int
wday_year(const struct sc *c, int w, int m, int d)
{
	static const int tries[] = { 0, -1, 1 };
	long z, best = -1, dist;
	int y, x, by = 0;

	for (x = 0; x < 3; x++) {
		y = c->r.year + tries[x];
		if (d > dr_mdays(y, m))
			continue;
		z = dr_days_from(y, m, d);
		if (dr_wday_of(z) != w)
			continue;
		dist = z > c->rday ? z - c->rday : c->rday - z;
		if (dist <= 183 && (best < 0 || dist < best))
			best = dist, by = y;
	}
	return by;
}

/* Weekdays, dates with a month, deictic days, numeric dates. */
static int
rule_day(struct sc *c, size_t i, struct hit *o)
{
	const struct dateword *w;
	size_t k, e, j;
	int y, m, d, h, mi, dated = 0, dir;
	long z = 0;

	if (i >= c->n)
		return 0;
	o->pfx = P_EML;
	if ((w = word(c, i, &k)) != NULL && w->cls == DW_WDAY &&
	    !(w->flags & DW_PLURAL)) {
		e = dot(c, w, i + k);
		j = nx(c, ch(c, e, ',') ? e + 1 : e);
		if ((e = monthday_at(c, j, &y, &m, &d)) != 0)
			dated = 1;
		else {
			/* Sun, Hewlett-Packard and others: a name */
			if ((w->flags & DW_ABBR) && !ch(c, i + k, '.'))
				return 0;
			e = dot(c, w, i + k);
			if (!c->hasref) {
				dr_fmt_wday(o->v, w->val);
				o->end = day_suffix(c, e, 0, o->v);
				if (o->end != e && !c->hasref)
					memcpy(o->v, "XXXX-WXX-", 9),
					    o->v[9] = (char)('0' + w->val);
				o->end = e;
				return 1;
			}
			if ((k = week_of(c, e, &dir)) != 0) {
				/* Monday of next week: that week's Monday */
				z = c->rday + 7 * dir - (dr_wday_of(c->rday) -
				    w->val);
				e = k;
			} else
				z = dr_resolve_wday(c, w->val, possessive(c, e) ?
				    past_unless_ahead(c, i) : dr_tense_at(c, i));
		}
	} else if (w != NULL && w->cls == DW_DEIC) {
		z = c->rday + w->val;	/* XXXX-XX-XX without a reference */
		e = i + k;
		if (is(c, i, "tonight")) {
			dr_fmt_dayz(o->v, c, z);
			strcat(o->v, "TNI");
			o->end = e;
			return 1;
		}
	} else if ((e = monthday_at(c, i, &y, &m, &d)) != 0) {
		dated = 1;
	} else if ((e = numdate_at(c, i, &y, &m, &d, &h, &mi)) != 0) {
		o->pfx = 0;
		if (h >= 0)
			snprintf(o->v, 48, "%04d-%02d-%02dT%02d:%02d", y, m, d,
			    h, mi);
		else
			dr_fmt_ymd(o->v, y, m, d);
		o->end = e;
		return 1;
	} else
		return 0;
	if (dated) {
		if (y == 0 && c->hasref && w != NULL && w->cls == DW_WDAY)
			y = wday_year(c, w->val, m, d);
		if (y == 0 && c->hasref)
			y = dr_resolve_year(c, m, d, dr_tense_at(c, i));
		if (y == 0) {
			dr_fmt_day(o->v, c, 0, m, d);
			o->end = e;
			return 1;
		}
		if (d > dr_mdays(y, m))
			return 0;
		z = dr_days_from(y, m, d);
		dr_fmt_day(o->v, c, y, m, d);
		if (!c->hasref) {
			/* no reference: the day suffix still needs a day */
			struct sc t = *c;

			t.hasref = 1;
			o->end = day_suffix(&t, e, z, o->v);
			return 1;
		}
	} else
		dr_fmt_dayz(o->v, c, z);
	o->end = day_suffix(c, e, z, o->v);
	return 1;
}

/* Months without a day: October 2020, in May, early October. */
static int
rule_month(struct sc *c, size_t i, struct hit *o)
{
	const struct dateword *w;
	size_t k, e, j, f;
	int y;

	if (i >= c->n)
		return 0;
	if ((w = wordcls(c, i, DW_MONTH, &k)) == NULL)
		return 0;
	o->pfx = P_EML;
	e = dot(c, w, i + k);
	j = nx(c, e);
	if (ch(c, e, ','))
		j = nx(c, e + 1);
	if (is(c, j, "of"))
		j = nx(c, j + 2);
	if ((y = year_at(c, j, &f)) != 0) {
		dr_fmt_ym(o->v, y, w->val);
		o->end = f;
		return 1;
	}
	if (c->hasref && (is(c, j, "this") || is(c, j, "last") ||
	    is(c, j, "next")) && is(c, nx(c, j + 4), "year")) {
		/* June last year */
		y = c->r.year + (is(c, j, "last") ? -1 : is(c, j, "next"));
		dr_fmt_ym(o->v, y, w->val);
		o->end = nx(c, j + 4) + 4;
		return 1;
	}
	/* alone: a capitalised full name; May, March ... need a preposition */
	if (!txt_isupper(c->s[i]) || ((w->flags & DW_ABBR) && e == i + k))
		return 0;
	if (w->flags & DW_NAME) {
		static const struct wlist preps[] = { WL("in"), WL("since"), WL("until"),
			WL("till"), WL("by"), WL("of"), WL("during"), WL("from"), WL("through"), WL("to"),
			WL("before"), WL("after"), WL("early"), WL("late"), WL("mid"), WL("last"), WL("next"),
			WL("this"), WL("between"), WL("and"), WL("or"), WL("each"), WL("every"), { NULL, 0 } };
		size_t len;
		unsigned cp = txt_utf8_before(c->s, i, &len);
		size_t p = i;

		if (cp == '-' && p >= 3)
			p -= 1;
		while (p > 0 && txt_space_at(c->s, c->n, p - 1))
			p--;
		while (p > 0 && txt_isalpha(c->s[p - 1]))
			p--;
		if (!inlist(c, p, preps))
			return 0;
	}
	if (c->hasref)
		snprintf(o->v, 48, "%04d-%02d", dr_resolve_year(c, w->val, 0,
		    dr_tense_at(c, i)), w->val);
	else
		snprintf(o->v, 48, "XXXX-%02d", w->val);
	o->end = e;
	return 1;
}

/* Counted nouns after which a four-digit number is a count, not a year. */
static const struct wlist counted[] = { WL("people"), WL("men"), WL("women"), WL("troops"),
	WL("soldiers"), WL("children"), WL("workers"), WL("jobs"), WL("votes"), WL("dollars"),
	WL("shares"), WL("miles"), WL("feet"), WL("metres"), WL("meters"), WL("tons"), WL("tonnes"),
	WL("units"), WL("cars"), WL("homes"), WL("houses"), WL("students"), WL("members"),
	WL("employees"), WL("residents"), WL("cases"), WL("deaths"), WL("copies"), WL("points"),
	WL("yards"), WL("km"), WL("kilometres"), WL("kilometers"), WL("hours"), WL("pounds"),
	WL("barrels"), WL("acres"), WL("rooms"), WL("beds"), WL("seats"), WL("square"), WL("hectares"),
	WL("kg"), WL("cc"), WL("mw"), { NULL, 0 } };

/*
 * Two years joined by a hyphen at i, the later one second and within a
 * century: 2014-2018, two expressions as TimeML has a range.  The end
 * of the second, or 0.
 */
static size_t
year_pair(const struct sc *c, size_t i)
{
	size_t e, f;
	int y1, y2;

	if ((i > 0 && (c->s[i - 1] == '-' || c->s[i - 1] == '/')) ||
	    (y1 = year_at(c, i, &e)) == 0 || !ch(c, e, '-') ||
	    (y2 = year_at(c, e + 1, &f)) == 0 || y2 <= y1 || y2 > y1 + 100 ||
	    ch(c, f, '%') || (ch(c, f, '-') && f + 1 < c->n &&
	    txt_isdigit(c->s[f + 1])))
		return 0;
	return f;
}

/* Years, decades, centuries, fiscal years. */
static int
rule_year(struct sc *c, size_t i, struct hit *o)
{
	const struct dateword *w;
	size_t k, e, j, len;
	long v;
	int y, q;

	if (i >= c->n)
		return 0;
	o->pfx = P_EML;
	if (is(c, i, "fiscal")) {
		j = nx(c, i + 6);
		if (is(c, j, "year"))
			j = nx(c, j + 4);
		if ((y = year_at(c, j, &e)) != 0 || ((v = number(c, j, &k)) >=
		    0 && k == 2 && (y = year2(v), e = j + 2))) {
			dr_fmt_y(o->v, y);
			o->end = e;
			return 1;
		}
		return 0;
	}
	if ((w = wordcls(c, i, DW_DECADE, &k)) != NULL) {
		if (!is(c, txt_skip_space(c->s, c->n, i) == i && i >= 4 ?
		    i - 4 : i, "the") && !(i >= 6 && is(c, i - 6, "early")) &&
		    !(i >= 5 && is(c, i - 5, "late")) && !(i >= 4 &&
		    is(c, i - 4, "mid")))
			return 0;
		snprintf(o->v, 48, "19%d", w->val);
		o->pfx = P_THE | P_EML;
		o->end = i + k;
		return 1;
	}
	if (ch(c, i, '\'') && i + 4 <= c->n && txt_isdigit(c->s[i + 1]) &&
	    txt_isdigit(c->s[i + 2]) && (c->s[i + 3] == 's' ||
	    c->s[i + 3] == 'S') && c->s[i + 2] == '0' &&
	    txt_word_end(c->s, c->n, i + 4)) {
		snprintf(o->v, 48, "%s%c", c->s[i + 1] <= '2' ? "20" : "19",
		    c->s[i + 1]);
		o->pfx = P_THE | P_EML;
		o->end = i + 4;
		return 1;
	}
	if (!txt_isdigit(c->s[i]) || !txt_word_start(c->s, i))
		return 0;
	if (i > 0 && (c->s[i - 1] == '$' || c->s[i - 1] == '#' ||
	    c->s[i - 1] == '.' || c->s[i - 1] == ','))
		return 0;
	v = digits(c, i, &k);
	if (k == 4 && i + 5 <= c->n && (c->s[i + 4] == 's' ||
	    (c->s[i + 4] == '\'' && i + 6 <= c->n && c->s[i + 5] == 's')) &&
	    v % 10 == 0 &&
	    v >= 1000 && v <= 2090) {
		e = i + (c->s[i + 4] == 's' ? 5 : 6);
		if (!txt_word_end(c->s, c->n, e))
			return 0;
		if (v % 100 == 0 && v < 2000)
			snprintf(o->v, 48, "%02ld", v / 100);
		else
			snprintf(o->v, 48, "%03ld", v / 10);
		o->pfx = P_THE | P_EML;
		o->end = e;
		return 1;
	}
	if ((w = NULL, (v = number(c, i, &k)) >= 1 && v <= 21 && k <= 2) &&
	    i + k + 2 <= c->n && (txt_ncaseeq(c->s + i + k, "th", 2) ||
	    txt_ncaseeq(c->s + i + k, "st", 2) || txt_ncaseeq(c->s + i + k,
	    "nd", 2) || txt_ncaseeq(c->s + i + k, "rd", 2)))
		(void)0;
	if ((y = year_at(c, i, &e)) == 0)
		return 0;
	if (ch(c, e, '%') || (ch(c, e, '-') && e + 1 < c->n &&
	    txt_isdigit(c->s[e + 1]) && year_pair(c, i) == 0))
		return 0;		/* 2020-13-45, 555-1234 */
	if (i >= 2 && c->s[i - 1] == '-' && txt_isdigit(c->s[i - 2]) &&
	    (i < 5 || year_pair(c, i - 5) != i + 4))
		return 0;
	j = nx(c, e);
	if (inlist(c, j, counted) || inlist(c, j, zones))
		return 0;
	/* a number before a capitalised name: Boeing 747, flight 1990 */
	if (i >= 2) {
		static const struct wlist before[] = { WL("flight"), WL("flights"),
			WL("page"), WL("pages"), WL("route"), WL("number"), WL("no"), WL("room"),
			WL("boeing"), WL("airbus"), WL("model"), WL("article"), WL("section"),
			WL("chapter"), WL("rule"), WL("resolution"), WL("code"), WL("paragraph"),
			WL("bus"), WL("highway"), WL("line"), WL("gate"), WL("box"), WL("lot"), { NULL, 0 } };
		size_t p = i;

		while (p > 0 && txt_space_at(c->s, c->n, p - 1))
			p--;
		if (p > 0 && c->s[p - 1] == '.')
			p--;
		while (p > 0 && txt_isalpha(c->s[p - 1]))
			p--;
		if (p < i && inlist(c, p, before))
			return 0;
	}
	(void)len;
	dr_fmt_y(o->v, y);
	o->end = e;
	if (is(c, j, "period")) {
		/* "the 1989 period" of a quarterly report: its quarter */
		if ((q = dr_topic_quarter(c, i)) != 0)
			snprintf(o->v, 48, "%04d-Q%d", y, q);
		o->end = j + 6;
		o->pfx |= P_THE;
	}
	return 1;
}

/* Centuries: the 19th century, the twentieth century. */
static int
rule_century(struct sc *c, size_t i, struct hit *o)
{
	const struct dateword *w;
	size_t k, j;
	long v = 0;

	if (i >= c->n)
		return 0;
	if ((w = wordcls(c, i, DW_ORD, &k)) != NULL)
		v = w->val;
	else if (is(c, i, "twenty") && ch(c, i + 6, '-') &&
	    (w = wordcls(c, i + 7, DW_ORD, &k)) != NULL && w->val < 10)
		v = 20 + w->val, k += 7;
	else if ((v = number(c, i, &k)) > 0 || (txt_isdigit(c->s[i]) &&
	    (v = digits(c, i, &k)) > 0 && k <= 2 && i + k + 2 <= c->n &&
	    txt_isalpha(c->s[i + k]))) {
		if (k > 2 || !txt_word_end(c->s, c->n, i + k + 2))
			return 0;
		k += 2;
	} else
		return 0;
	j = nx(c, i + k);
	if (ch(c, i + k, '-'))
		j = i + k + 1;
	if (v < 1 || v > 21 || !is(c, j, "century"))
		return 0;
	snprintf(o->v, 48, "%02ld", v - 1);
	o->pfx = P_THE | P_EML;
	o->end = j + 7;
	return 1;
}

/*
 * A quarter named with its year first: the 1988 second quarter, this
 * year's third quarter, last year's quarter.  Returns the end, or 0.
 */
static size_t
yearquarter_at(struct sc *c, size_t i, char *v)
{
	const struct dateword *w;
	size_t j, k, e;
	int y = 0, q = 0;

	if ((y = year_at(c, i, &e)) == 0) {
		if (!c->hasref || !(is(c, i, "this") || is(c, i, "last") ||
		    is(c, i, "next")) || !is(c, nx(c, i + 4), "year") ||
		    !ch(c, nx(c, i + 4) + 4, '\'') ||
		    !ch(c, nx(c, i + 4) + 5, 's'))
			return 0;
		y = c->r.year + (is(c, i, "last") ? -1 : is(c, i, "next"));
		e = nx(c, i + 4) + 6;
	}
	j = nx(c, e);
	w = word(c, j, &k);
	if (w != NULL && w->val <= 4 && (w->cls == DW_ORD || (w->cls ==
	    DW_UNIT && w->val == U_SEC && !(w->flags & DW_PLURAL)))) {
		q = w->cls == DW_ORD ? w->val : 2;
		j = nx(c, j + k);
	}
	if (!is(c, j, "quarter"))
		return 0;
	if (q == 0) {
		if (!c->hasref)
			return 0;
		q = (c->r.month - 1) / 3;	/* the quarter last ended */
		if (q == 0)
			q = 4;
	}
	snprintf(v, 48, "%04d-Q%d", y, q);
	return j + 7;
}

/* The quarter or half of year y numbered q (of nq) nearest the reference. */
static void
fmt_quarter(char *v, const struct sc *c, int y, int q, int nq, int t)
{
	int cur;

	if (y == 0 && c->hasref) {
		y = c->r.year;
		cur = (c->r.month - 1) / (12 / nq) + 1;
		if (q > cur && t <= 0)
			y--;
	}
	if (y == 0)
		snprintf(v, 48, "XXXX-%c%d", nq == 4 ? 'Q' : 'H', q);
	else
		snprintf(v, 48, "%04d-%c%d", y, nq == 4 ? 'Q' : 'H', q);
}

/* Quarters and halves: the third quarter (of 2020), third-quarter, Q3. */
static int
rule_quarter(struct sc *c, size_t i, struct hit *o)
{
	const struct dateword *w;
	size_t k, j, e, f;
	int q, nq, y = 0, hy = 0;

	if (i >= c->n)
		return 0;
	if (is(c, i, "fiscal")) {	/* the fiscal first quarter */
		j = ch(c, i + 6, '-') ? i + 7 : nx(c, i + 6);
		if (j == i + 6 || (w = word(c, j, &k)) == NULL ||
		    (w->cls != DW_ORD && !(w->cls == DW_UNIT &&
		    w->val == U_SEC)))
			return 0;
		i = j;
	}
	if ((e = yearquarter_at(c, i, o->v)) != 0) {
		o->pfx = P_THE;
		o->end = e;
		return 1;
	}
	if (ch(c, i, 'Q') && i + 1 < c->n && c->s[i + 1] >= '1' &&
	    c->s[i + 1] <= '4' && txt_word_start(c->s, i) &&
	    txt_word_end(c->s, c->n, i + 2)) {
		q = c->s[i + 1] - '0', nq = 4;
		e = i + 2;
	} else {
		if ((w = word(c, i, &k)) != NULL && w->cls == DW_REL &&
		    w->val == R_LAST && is(c, (j = nx(c, i + k)), "half") &&
		    is(c, (e = nx(c, j + 4)), "of") &&
		    year_at(c, nx(c, e + 2), &f) != 0)
			q = 2;		/* the last half of 1989 */
		else if (w == NULL || (w->cls != DW_ORD &&
		    !(w->cls == DW_UNIT && w->val == U_SEC &&
		    !(w->flags & DW_PLURAL))) || w->val > 4)
			return 0;
		else
			q = w->cls == DW_UNIT ? 2 : w->val;	/* second: a unit too */
		j = ch(c, i + k, '-') ? i + k + 1 : nx(c, i + k);
		if (is(c, j, "quarter"))
			nq = 4, e = j + 7;
		else if (is(c, j, "half") && q <= 2)
			nq = 2, e = j + 4;
		else
			return 0;
		if (j == i + k + 1 && ch(c, e, '-'))
			return 0;	/* third-quarter-ish: leave it */
		hy = ch(c, i + k, '-');
	}
	j = nx(c, e);
	if (is(c, j, "of"))
		j = nx(c, j + 2);
	else if (ch(c, e, ','))
		j = nx(c, e + 1);
	if ((y = year_at(c, j, &f)) != 0 || ((y = 0), is(c, j, "fiscal") &&
	    (y = year_at(c, nx(c, j + 6), &f)) != 0))
		e = f;
	fmt_quarter(o->v, c, y, q, nq, y == 0 ? dr_tense_at(c, i) : 0);
	/* "the third-quarter loss": the article goes with the noun */
	o->pfx = hy ? P_EML : P_THE | P_EML;
	o->end = e;
	return 1;
}

/* The end of "and a half" after j, or 0. */
static size_t
and_half(const struct sc *c, size_t j)
{
	j = nx(c, j);
	if (!is(c, j, "and") || !is(c, (j = nx(c, j + 3)), "a") ||
	    !is(c, (j = nx(c, j + 1)), "half"))
		return 0;
	return j + 4;
}

/* A count of units at i: two, 18, a few, several, a couple of. */
static size_t
count_at(const struct sc *c, size_t i, double *v, int *art)
{
	const struct dateword *w;
	size_t k, j, k2;
	long a;

	*art = 0;
	if (i < c->n && txt_isdigit(c->s[i]) && txt_word_start(c->s, i)) {
		a = digits(c, i, &k);
		if (k == 0 || k > 4)
			return 0;
		*v = (double)a;
		j = i + k;
		if (ch(c, j, '.') && j + 1 < c->n && txt_isdigit(c->s[j + 1])) {
			*v += (c->s[j + 1] - '0') / 10.0;
			j += 2;
		} else if (j + 4 <= c->n && c->s[j] == ' ' &&
		    memcmp(c->s + j + 1, "1/2", 3) == 0 &&
		    txt_word_end(c->s, c->n, j + 4)) {
			*v += 0.5;	/* 2 1/2 years */
			return j + 4;
		}
		if (j < c->n && (txt_isalnum(c->s[j]) || c->s[j] == ',' ||
		    c->s[j] == '.') && !(c->s[j] == '-' ||
		    !txt_isdigit(c->s[j + (j + 1 < c->n)])))
			return 0;
		if (i > 0 && (c->s[i - 1] == '$' || c->s[i - 1] == '.' ||
		    c->s[i - 1] == ','))
			return 0;
		if ((k = and_half(c, j)) != 0)
			*v += 0.5, j = k;
		return j;
	}
	if ((w = wordcls(c, i, DW_NUM, &k)) == NULL) {
		if (is(c, i, "couple") && is(c, nx(c, i + 6), "of")) {
			*v = 2;
			return nx(c, i + 6) + 2;
		}
		return 0;
	}
	*v = w->val;
	j = i + k;
	if (w->val == 1 && k <= 2) {		/* a, an */
		*art = 1;
		j = nx(c, j);
		if (is(c, j, "few"))
			return *v = -1, *art = 0, j + 3;
		if (is(c, j, "couple") && is(c, nx(c, j + 6), "of"))
			return *v = 2, *art = 0, nx(c, j + 6) + 2;
		return i + k;
	}
	if (w->val >= 20 && w->val % 10 == 0) {	/* twenty-four */
		k = ch(c, j, '-') ? j + 1 : nx(c, j);
		if ((w = wordcls(c, k, DW_NUM, &k2)) != NULL && w->val > 1 &&
		    w->val < 10) {
			*v += w->val;
			j = k + k2;
		}
	}
	if (*v > 0 && (k = and_half(c, j)) != 0)	/* two and a half */
		*v += 0.5, j = k;
	return j;
}

/* A unit word at j, singular or plural; its class val, or -1. */
static int
unit_at(const struct sc *c, size_t j, size_t *e, int *plural)
{
	const struct dateword *w;
	size_t k;

	if ((w = wordcls(c, j, DW_UNIT, &k)) == NULL)
		return -1;
	*e = j + k;
	*plural = (w->flags & DW_PLURAL) != 0;
	return w->val;
}

/* An age or a rate follows: 45-year-old, 30 years old, a year of age. */
static int
is_age(const struct sc *c, size_t e)
{
	size_t j = nx(c, e);

	return (ch(c, e, '-') && is(c, e + 1, "old")) || is(c, j, "old") ||
	    is(c, j, "older") || is(c, j, "younger") || (is(c, j, "of") &&
	    is(c, nx(c, j + 2), "age"));
}

/* The word before i (after white space), or i if none. */
static size_t
word_before(const struct sc *c, size_t i)
{
	size_t p = i;

	while (p > 0 && txt_space_at(c->s, c->n, p - 1))
		p--;
	if (p == i)
		return i;
	while (p > 0 && txt_isalpha(c->s[p - 1]))
		p--;
	return p;
}

/*
 * n units counted from a day: two days from now, three weeks after
 * today, in two weeks (said of the future).  Writes the day reached and
 * returns the end of the expression, or 0.  j is the end of the count's
 * phrase start, k the end of the unit.
 */
static size_t
counted_from(struct sc *c, size_t i, size_t j, size_t k, long n, int u,
    char *v)
{
	const struct dateword *w;
	long base = c->rday, z;
	size_t q, f = 0, kk, p;
	int dir = 0, y, m, d;

	(void)j;
	q = nx(c, k);
	if (is(c, q, "from") || is(c, q, "after") || is(c, q, "before")) {
		dir = is(c, q, "before") ? -1 : 1;
		q = nx(c, q + (is(c, q, "from") ? 4 : is(c, q, "after") ? 5 : 6));
		if (is(c, q, "now"))
			f = q + 3;
		else if ((w = wordcls(c, q, DW_DEIC, &kk)) != NULL &&
		    !is(c, q, "tonight"))
			base += w->val, f = q + kk;
		else
			return 0;
	} else {
		p = word_before(c, i);
		if (p == i || !is(c, p, "in") || dr_tense_at(c, i) <= 0)
			return 0;
		dir = 1, f = k;
	}
	if (u == U_DAY || u == U_WEEK || u == U_FORT)
		z = base + dir * n * (u == U_DAY ? 1 : u == U_WEEK ? 7 : 14);
	else {
		dr_from_days(base, &y, &m, &d);
		if (u == U_MONTH) {
			m += (int)(dir * n);
			y += (m - 1 >= 0 ? (m - 1) / 12 : (m - 12) / 12);
			m = ((m - 1) % 12 + 12) % 12 + 1;
		} else
			y += (int)(dir * n);
		if (d > dr_mdays(y, m))
			d = dr_mdays(y, m);
		z = dr_days_from(y, m, d);
	}
	dr_fmt_dayz(v, c, z);
	return f;
}

/*
 * Is the length ending at e measured from something: "a week after",
 * "a year later", "a day in advance", "a year of success"?  Then it is
 * no rate whatever comes before it.
 */
static int
anchored_after(const struct sc *c, size_t e)
{
	size_t j = nx(c, e);

	return is(c, j, "after") || is(c, j, "before") || is(c, j, "later") ||
	    is(c, j, "earlier") || is(c, j, "ago") || is(c, j, "of") ||
	    (is(c, j, "in") && is(c, nx(c, j + 2), "advance"));
}

/*
 * Does the word at p (ending before i) count what "a week", "a year"
 * divides: "four flights a week", "$2 million a year", "24 hours a
 * day"?  A plural noun (four letters or more, in -s but not -ss, -us,
 * -is) or an amount word.
 */
static int
rate_noun(const struct sc *c, size_t p, size_t i)
{
	static const struct wlist amounts[] = { WL("million"),
		WL("billion"), WL("thousand"), WL("hundred"), WL("percent"),
		WL("dozen"), { NULL, 0 } };
	size_t k = wlen(c, p);

	if (k == 0 || p + k >= i)
		return 0;
	if (inlist(c, p, amounts) != 0)
		return 1;
	return k >= 4 && txt_tolower(c->s[p + k - 1]) == 's' &&
	    strchr("sui", txt_tolower(c->s[p + k - 2])) == NULL &&
	    !is(c, p, "does") && !is(c, p, "this") && !is(c, p, "says") &&
	    !is(c, p, "goes");
}

/*
 * A word that may stand between a count and its unit: two more weeks,
 * an additional year, eight trading days.  s is a word of k letters.
 */
static int
filler(const char *s, size_t k)
{
	switch (k) {
	case 4:
		return txt_ncaseeq(s, "more", 4);
	case 5:
		return txt_ncaseeq(s, "extra", 5);
	case 7:
		return txt_ncaseeq(s, "further", 7) ||
		    txt_ncaseeq(s, "trading", 7) || txt_ncaseeq(s, "working", 7);
	case 8:
		return txt_ncaseeq(s, "business", 8);
	case 10:
		return txt_ncaseeq(s, "additional", 10);
	}
	return 0;
}

/* The length of the filler word at j, or 0. */
static size_t
filler_len(const struct sc *c, size_t j)
{
	size_t k = wlen(c, j);

	return k != 0 && filler(c->s + j, k) ? k : 0;
}

/* Durations and their dates: two weeks, 18-month, two years ago. */
static int
rule_dur(struct sc *c, size_t i, struct hit *o)
{
	size_t j, e, k;
	double v;
	int u, pl, art, hy, h, mi;

	if (i >= c->n)
		return 0;
	if ((j = count_at(c, i, &v, &art)) == 0)
		return 0;
	hy = ch(c, j, '-');
	e = hy ? j + 1 : nx(c, j);
	if (!hy && (k = filler_len(c, e)) != 0 && (!art ||
	    !is(c, e, "more")))
		e = nx(c, e + k);	/* two more weeks, eight trading days */
	if ((u = unit_at(c, e, &k, &pl)) < 0 || u == U_WEEKEND)
		return 0;
	if (hy && pl)
		return 0;		/* 18-months */
	if (u == U_HOUR && txt_isdigit(c->s[i]) && clock_at(c, i, &h, &mi))
		return 0;		/* at 0400 hours: a time */
	if (!hy && ch(c, k, '-') && is(c, k + 1, "long")) {
		if (art)
			return 0;	/* a decade-long war: rule_bare's */
		dr_fmt_dur(o->v, v, u);	/* a two week-long trip */
		o->pfx = 0;
		o->end = k + 5;
		return 1;
	}
	if (art && (u == U_SEC || pl))
		return 0;		/* a second attempt */
	if (v == 1 && !art && pl)
		return 0;
	if (is_age(c, k) || is(c, word_before(c, i), "aged"))
		return 0;
	if (ch(c, k, '-') && k + 1 < c->n && txt_isalpha(c->s[k + 1]) &&
	    !is(c, k + 1, "long"))
		return 0;		/* two-year-old, a year-earlier level */
	o->pfx = hy ? P_APPROX : P_APPROX | P_THE;
	o->end = k;
	if (hy && is(c, k + 1, "long") && ch(c, k, '-'))
		o->end = k + 5;
	j = nx(c, k);
	if (v < 0 && is(c, j, "ago")) {
		snprintf(o->v, 48, "PAST_REF");
		o->end = j + 3;
		o->pfx = P_ABOUT;
		return 1;
	}
	if (is(c, j, "or") && is(c, nx(c, j + 2), "so") &&
	    is(c, nx(c, nx(c, j + 2) + 2), "ago"))
		j = nx(c, nx(c, j + 2) + 2);	/* a week or so ago */
	if (v >= 0 && (is(c, j, "ago") || ((u >= U_MONTH && u != U_DECADE) &&
	    is(c, j, "earlier")))) {
		if (u == U_YEAR && v == (long)v)
			dr_fmt_yearsago(o->v, c, i, (long)v);
		else
			dr_fmt_shift(o->v, c, -(long)v, u);
		o->end = j + (is(c, j, "ago") ? 3 : 7);
		o->pfx = P_APPROX | P_ABOUT;
		return 1;
	}
	if (v >= 0 && v == (long)v && u >= U_DAY && u != U_WEEKEND &&
	    u <= U_YEAR && u != U_QUARTER && c->hasref &&
	    (e = counted_from(c, i, j, k, (long)v, u, o->v)) != 0) {
		o->end = e;
		return 1;
	}
	if (v >= 0 && v == (long)v && !pl && (e = and_half(c, k)) != 0) {
		v += 0.5;		/* a year and a half */
		o->end = e;
		art = 0;
	}
	if (art && i > 0) {
		/* once a week, $5 a year, per day: a rate, not a length */
		size_t p = i;

		while (p > 0 && txt_space_at(c->s, c->n, p - 1))
			p--;
		while (p > 0 && txt_isalpha(c->s[p - 1]))
			p--;
		if (is(c, p, "once") || is(c, p, "twice") || is(c, p, "times") ||
		    is(c, p, "per") || (p < i && !txt_isalpha(c->s[p])) ||
		    (rate_noun(c, p, i) && !anchored_after(c, o->end)))
			return 0;
	}
	dr_fmt_dur(o->v, v, u);
	return 1;
}

/* A bare plural unit: for years, decades of war, within days. */
static int
rule_bare(struct sc *c, size_t i, struct hit *o)
{
	size_t e, p = i;
	int u, pl;

	if (i >= c->n)
		return 0;
	if ((u = unit_at(c, i, &e, &pl)) < 0 || u == U_WEEKEND || is_age(c, e))
		return 0;
	if (ch(c, e, '-') && is(c, e + 1, "long")) {
		/* a day-long strike, a decade-long war; decades-long */
		dr_fmt_dur(o->v, pl ? -1 : 1, u);
		o->pfx = 0;
		o->end = e + 5;
		return 1;
	}
	if (!pl)
		return 0;
	while (p > 0 && txt_space_at(c->s, c->n, p - 1))
		p--;
	while (p > 0 && txt_isalpha(c->s[p - 1]))
		p--;
	if (u < U_WEEK && !is(c, p, "for") && !is(c, p, "within"))
		return 0;
	if (u >= U_WEEK && !is(c, p, "for") && !is(c, p, "within") &&
	    !is(c, p, "in") && !is(c, p, "over") && !is(c, p, "after") &&
	    u != U_DECADE)
		return 0;
	dr_fmt_dur(o->v, -1, u);
	o->pfx = 0;
	o->end = e;
	return 1;
}

/* this/last/next with a unit, weekday, month, season or part of day. */
static int
rel_unit(struct sc *c, int rel, int the, size_t i, size_t j, struct hit *o)
{
	const struct dateword *w;
	size_t k, e;
	int dir = 0, y, t, q;
	long z;

	if (rel == R_THAT)
		return dr_anchored(c, 0, 1, j, o);
	if (rel == R_LAST || rel == R_PREV || rel == R_PAST || rel == R_LATEST)
		dir = -1;
	else if (rel == R_NEXT || rel == R_COMING || rel == R_FOLLOW)
		dir = 1;
	else if (rel != R_THIS && rel != R_CURRENT)
		return 0;
	/* last fiscal year, the next calendar year: the year, not a length */
	if ((is(c, j, "fiscal") && is(c, (k = nx(c, j + 6)), "year")) ||
	    (is(c, j, "calendar") && is(c, (k = nx(c, j + 8)), "year")))
		j = k, the = 0;
	if ((w = word(c, j, &k)) == NULL || (w->flags & DW_PLURAL))
		return 0;
	/* "This Week" in title case is a name; "this march" a walk */
	if ((w->cls == DW_UNIT && txt_isupper(c->s[j]) && k > 1 &&
	    !txt_isupper(c->s[j + 1]) && txt_isupper(c->s[i])) ||
	    (w->cls == DW_MONTH && (w->flags & DW_NAME) &&
	    !txt_isupper(c->s[j])))
		return 0;
	e = j + k;
	o->pfx = P_EML;
	o->end = e;
	if (!c->hasref && !(w->cls == DW_UNIT && the && dir != 0))
		return dr_rel_noref(w, rel, o);
	switch (w->cls) {
	case DW_UNIT:
		if (the && dir != 0 && rel != R_LATEST && !(w->val ==
		    U_QUARTER && rel != R_PAST && c->hasref)) {
			dr_fmt_dur(o->v, 1, w->val);	/* the past year */
			o->pfx = P_APPROX;
			return 1;
		}
		if (!c->hasref)
			return 0;
		if (w->val == U_WEEK || w->val == U_WEEKEND) {
			dr_fmt_week(o->v, c->rday + 7 * dir);
			if (w->val == U_WEEKEND)
				strcat(o->v, "-WE");
		} else if (w->val == U_YEAR || w->val == U_MONTH ||
		    w->val == U_QUARTER || w->val == U_DECADE)
			dr_fmt_shift(o->v, c, dir, w->val);
		else if (w->val == U_DAY)
			dr_fmt_dayz(o->v, c, c->rday + dir);
		else if (w->val == U_CENT)
			snprintf(o->v, 48, "%02d", c->r.year / 100 + dir);
		else
			return 0;
		return 1;
	case DW_WDAY:
		z = c->rday - (dr_wday_of(c->rday) - w->val);
		if (dir < 0 && z >= c->rday)
			z -= 7;
		if (dir > 0 && z <= c->rday)
			z += 7;
		/*
		 * "this Monday" is of the current week, unless the clause
		 * looks the other way: said on a Wednesday, "will meet this
		 * Monday" is the next one, "met this Friday" the last.
		 */
		if (dir == 0 && rel == R_THIS && z != c->rday) {
			t = dr_tense_at(c, i);
			if (z < c->rday && t > 0)
				z += 7;
			else if (z > c->rday && t < 0)
				z -= 7;
		}
		dr_fmt_dayz(o->v, c, z);
		o->end = day_suffix(c, e, z, o->v);
		return 1;
	case DW_MONTH:
		if ((w->flags & DW_ABBR) && !ch(c, e, '.'))
			return 0;
		if (mday_at(c, nx(c, dot(c, w, e)), &k) != 0)
			return 0;	/* last Oct. 23: the date alone */
		y = c->r.year;
		if (dir < 0 && w->val >= c->r.month)
			y--;
		if (dir > 0 && w->val <= c->r.month)
			y++;
		dr_fmt_ym(o->v, y, w->val);
		o->end = dot(c, w, e);
		return 1;
	case DW_SEASON:
		if (w->flags & DW_NAME) {
			if (dir == 0 && rel != R_THIS)
				return 0;
		}
		y = c->r.year;
		t = (c->r.month % 12) / 3 + 1;	/* 1 winter ... as SP=1 */
		q = w->val == SE_WI ? 0 : w->val;
		t = c->r.month <= 2 || c->r.month == 12 ? 0 : (c->r.month - 3) / 3 + 1;
		if (dir < 0 && q >= t)
			y--;
		if (dir > 0 && q <= t)
			y++;
		snprintf(o->v, 48, "%04d-%s", y, dr_seasname[w->val]);
		return 1;
	case DW_PART:
		if (dir > 0 || (rel != R_THIS && rel != R_LAST))
			return 0;
		if (dir < 0 && w->val != PT_NI)
			return 0;	/* last evening: rare, unclear */
		dr_fmt_dayz(o->v, c, c->rday + dir);
		snprintf(o->v + strlen(o->v), 8, "T%s", dr_partname[w->val]);
		return 1;
	}
	(void)i;
	return 0;
}

/*
 * "earlier in the week", "later in the year": the unit at j that the
 * reference is in.  Returns 1 and sets the value and the end, or 0.
 */
static int
in_the_unit(struct sc *c, size_t j, struct hit *o)
{
	const struct dateword *w;
	size_t k;

	if (!c->hasref || (w = wordcls(c, j, DW_UNIT, &k)) == NULL ||
	    (w->flags & DW_PLURAL) || ch(c, j + k, '-'))
		return 0;
	switch (w->val) {
	case U_DAY:
		dr_fmt_dayz(o->v, c, c->rday);
		break;
	case U_WEEK:
		dr_fmt_week(o->v, c->rday);
		break;
	case U_MONTH:
		dr_fmt_ym(o->v, c->r.year, c->r.month);
		break;
	case U_YEAR:
		dr_fmt_y(o->v, c->r.year);
		break;
	default:
		return 0;
	}
	o->pfx = 0;
	o->end = j + k;
	return 1;
}

/*
 * Relative expressions: last week, this morning, next Friday, the past
 * two weeks, earlier this year, recent years.
 */
static int
rule_rel(struct sc *c, size_t i, struct hit *o)
{
	const struct dateword *w;
	size_t k, j, e, k2;
	int the = 0, u, pl, art;
	double v = 1;

	if (i >= c->n)
		return 0;
	j = i;
	if ((w = word(c, j, &k)) != NULL && w->cls == DW_THE) {
		the = 1;
		j = nx(c, j + k);
		w = word(c, j, &k);
	}
	if (w == NULL)
		return 0;
	if (w->cls == DW_SHIFT && !the) {	/* earlier this year */
		e = nx(c, j + k);
		if (is(c, e, "in") && is(c, (e = nx(c, e + 2)), "the"))
			return in_the_unit(c, nx(c, e + 3), o);
		if ((w = word(c, e, &k2)) == NULL || w->cls != DW_REL)
			return 0;
		if (!rel_unit(c, w->val, 0, e, nx(c, e + k2), o))
			return 0;
		if (o->v[0] == 'P')
			return 0;
		o->pfx = 0;
		return 1;
	}
	if (w->cls != DW_REL)
		return 0;
	e = nx(c, j + k);
	if (the && (w->val == R_FOLLOW || w->val == R_PREV ||
	    w->val == R_NEXT) &&
	    (u = dr_anchored(c, w->val == R_PREV ? -1 : 1, 0, e, o)) >= 0 &&
	    (u > 0 || w->val != R_NEXT))
		return u;
	if (w->val == R_THIS && is(c, e, "past"))	/* this past spring */
		e = nx(c, e + 4), w = dw_lookup("past", 4);
	if (the || w->val == R_RECENT || w->val == R_PAST ||
	    w->val == R_COMING) {
		/* the past two weeks, the coming days, recent years */
		size_t f = e;

		v = -1;
		art = 0;
		if ((k2 = count_at(c, e, &v, &art)) != 0 && !art)
			f = nx(c, k2);
		else
			v = -1;
		if ((u = unit_at(c, f, &k2, &pl)) >= 0 && (pl || v == -1) &&
		    u != U_WEEKEND && (pl || the || w->val == R_PAST) &&
		    !(v == 1 && pl) && !(u == U_QUARTER && !pl &&
		    w->val != R_PAST && c->hasref)) {
			if (!pl)
				v = 1;
			if ((w->val == R_RECENT || w->val == R_COMING) && v < 0 &&
			    !the) {
				dr_fmt_dur(o->v, -1, u);
				o->end = k2;
				o->pfx = 0;
				return 1;
			}
			if (w->val == R_THIS || w->val == R_CURRENT ||
			    w->val == R_LATEST || w->val == R_RECENT)
				if (pl)
					return 0;
			if (!pl && !the && w->val == R_PAST)
				v = 1;
			if (w->val != R_THIS && w->val != R_CURRENT &&
			    w->val != R_LATEST) {
				dr_fmt_dur(o->v, v, u);
				o->end = k2;
				o->pfx = 0;
				return 1;
			}
		}
	}
	return rel_unit(c, w->val, the, i, e, o);
}

/* The first nine months, the nine months: a duration with its article. */
static int
rule_first(struct sc *c, size_t i, struct hit *o)
{
	const struct dateword *w;
	size_t k, j, e, k2;
	double v;
	int u, pl, art;

	if (i >= c->n)
		return 0;
	if (!is(c, i, "the"))
		return 0;
	j = nx(c, i + 3);
	if ((w = word(c, j, &k)) != NULL && w->cls == DW_ORD && w->val == 1)
		j = nx(c, j + k);
	if ((e = count_at(c, j, &v, &art)) == 0 || art || v < 2)
		return 0;
	if ((u = unit_at(c, nx(c, e), &k2, &pl)) < 0 || !pl || u == U_WEEKEND)
		return 0;
	if (is_age(c, k2))
		return 0;
	dr_fmt_dur(o->v, v, u);
	o->pfx = 0;
	o->end = k2;
	return 1;
}

/*
 * year-earlier, year-ago, and the period they qualify: the year-ago
 * quarter, the year-earlier third quarter.  Returns the end, or 0.
 */
static size_t
yearago_at(const struct sc *c, size_t i)
{
	const struct dateword *w;
	size_t j = i, e, k;
	int the = 0;

	if (is(c, j, "the"))
		the = 1, j = nx(c, j + 3);
	if (!is(c, j, "year") || !ch(c, j + 4, '-') || !(is(c, j + 5,
	    "earlier") || is(c, j + 5, "ago")))
		return 0;
	e = j + 5 + (is(c, j + 5, "ago") ? 3 : 7);
	k = nx(c, e);
	if ((w = wordcls(c, k, DW_ORD, &j)) != NULL && w->val <= 4)
		k = nx(c, k + j);
	if (is(c, k, "quarter") || is(c, k, "period"))
		return k + (is(c, k, "quarter") ? 7 : 6);
	return the ? 0 : e;
}

/*
 * The year of a company report, at j after "the": "the year ended
 * March 31", "the fiscal year ending in June" is a year's length, P1Y;
 * "for the year", "for the full year" is the reference's year.
 * Returns the end of "year" and writes the value, or 0.
 */
static size_t
report_year(const struct sc *c, size_t i, size_t j, char *v)
{
	size_t e;

	if (is(c, j, "fiscal") || is(c, j, "full"))
		j = nx(c, j + (is(c, j, "full") ? 4 : 6));
	if (!is(c, j, "year"))
		return 0;
	e = j + 4;
	j = nx(c, e);
	if (is(c, j, "ended") || is(c, j, "ending")) {
		snprintf(v, 48, "P1Y");
		return e;
	}
	if (!c->hasref || !is(c, word_before(c, i), "for") || is(c, j, "of") ||
	    is(c, j, "before") || is(c, j, "after") || ch(c, e, '-') ||
	    txt_isdigit(c->s[j < c->n ? j : e]))
		return 0;
	dr_fmt_y(v, c->r.year);
	return e;
}

/* Single words and fixed phrases: now, recently, the future, daily. */
static int
rule_word(struct sc *c, size_t i, struct hit *o)
{
	const struct dateword *w;
	size_t k, j;
	int y;

	if (i >= c->n)
		return 0;
	o->pfx = 0;
	if ((j = yearago_at(c, i)) != 0) {
		dr_fmt_yearsago(o->v, c, i, 1);
		o->end = j;
		return 1;
	}
	if (is(c, i, "year") && (y = year_at(c, nx(c, i + 4), &j)) != 0) {
		dr_fmt_y(o->v, y);	/* the year 2019 */
		o->pfx = P_THE;
		o->end = j;
		return 1;
	}
	if (is(c, i, "the")) {
		j = nx(c, i + 3);
		if (is(c, j, "future"))
			return snprintf(o->v, 48, "FUTURE_REF"), o->end = j + 6, 1;
		if (is(c, j, "near") && (is(c, nx(c, j + 4), "future") ||
		    is(c, nx(c, j + 4), "term"))) {
			snprintf(o->v, 48, "FUTURE_REF");
			j = nx(c, j + 4);
			return o->end = j + (is(c, j, "term") ? 4 : 6), 1;
		}
		if ((is(c, j, "short") || is(c, j, "long")) &&
		    is(c, (k = nx(c, j + wlen(c, j))), "term") &&
		    !ch(c, k + 4, '-'))
			return snprintf(o->v, 48, "FUTURE_REF"), o->end = k + 4, 1;
		if (is(c, j, "latest") && is(c, (k = nx(c, j + 6)), "period") &&
		    c->hasref) {
			/* a results report's latest period: its quarter */
			dr_fmt_shift(o->v, c, -1, U_QUARTER);
			if ((y = dr_topic_quarter(c, i)) != 0)
				o->v[6] = (char)('0' + y);
			return o->end = k + 6, 1;
		}
		if (is(c, j, "past") && !count_at(c, nx(c, j + 4), (double[]){ 0 },
		    (int[]){ 0 }) && unit_at(c, nx(c, j + 4), &k, (int[]){ 0 }) < 0)
			return snprintf(o->v, 48, "PAST_REF"), o->end = j + 4, 1;
		if (is(c, j, "quarter") && !ch(c, j + 7, '-') && c->hasref &&
		    dr_tense_at(c, i) <= 0) {
			/*
			 * in a results report: the quarter named, or last
			 * ended; not the quarter-point cut
			 */
			dr_fmt_shift(o->v, c, -1, U_QUARTER);
			if ((y = dr_topic_quarter(c, i)) != 0)
				o->v[6] = (char)('0' + y);
			return o->end = j + 7, 1;
		}
		if ((k = report_year(c, i, j, o->v)) != 0)
			return o->end = k, 1;
		if (is(c, j, "weekend") && c->hasref) {
			dr_fmt_week(o->v, dr_resolve_wday(c, 6, dr_tense_at(c, i)));
			strcat(o->v, "-WE");
			return o->end = j + 7, 1;
		}
		return 0;
	}
	if ((j = yearago_at(c, i)) != 0) {
		dr_fmt_yearsago(o->v, c, i, 1);
		o->end = j;
		return 1;
	}
	if ((w = word(c, i, &k)) == NULL)
		return 0;
	if (w->cls == DW_REF) {
		static const char *const refs[] = { "", "PRESENT_REF",
			"PAST_REF", "FUTURE_REF" };

		snprintf(o->v, 48, "%s", refs[w->val]);
		o->end = i + k;
		return 1;
	}
	if (w->cls == DW_PART && is(c, i, "overnight")) {
		dr_fmt_dayz(o->v, c, c->rday);	/* the night before the story */
		strcat(o->v, "TNI");
		o->end = i + k;
		return 1;
	}
	if (w->cls == DW_REL && w->val == R_CURRENT) {
		snprintf(o->v, 48, "PRESENT_REF");	/* current prices */
		o->end = i + k;
		return 1;
	}
	if (w->cls == DW_SET) {
		snprintf(o->v, 48, "R/P1%c", dr_unitch[w->val]);
		o->end = i + k;
		return 1;
	}
	if (w->cls == DW_EVERY) {
		j = nx(c, i + k);
		if ((w = word(c, j, &k)) == NULL)
			return 0;
		if (w->cls == DW_UNIT && !(w->flags & DW_PLURAL))
			snprintf(o->v, 48, "R/P1%c", dr_unitch[w->val]);
		else if (w->cls == DW_WDAY && !(w->flags & DW_PLURAL))
			snprintf(o->v, 48, "R/XXXX-WXX-%d", w->val);
		else if (w->cls == DW_MONTH && !(w->flags & DW_ABBR))
			snprintf(o->v, 48, "R/XXXX-%02d", w->val);
		else
			return 0;
		o->end = j + k;
		return 1;
	}
	if (w->cls == DW_WDAY && (w->flags & DW_PLURAL) &&
	    txt_isupper(c->s[i])) {
		snprintf(o->v, 48, "R/XXXX-WXX-%d", w->val);
		o->end = i + k;
		return 1;
	}
	return 0;
}

/*
 * The day of a date at j, into d: a whole day (Friday, Oct. 9), not a
 * month or a week.
 */
static int
day_after(struct sc *c, size_t j, struct hit *d)
{
	memset(d, 0, sizeof(*d));
	return j < c->n && (rule_day(c, j, d) || rule_rel(c, j, d)) &&
	    strlen(d->v) >= 10 && d->v[4] == '-' && d->v[7] == '-' &&
	    (d->v[10] == '\0' || d->v[10] == 'T');
}

#define PAREN_MAX	40	/* bytes of a parenthesis that restates a time */

/*
 * A time restated in a parenthesis after the clock at e: "10:35 a.m.
 * (0735 GMT) Friday", "4 in the morning (4 a.m. Thursday)".  The day is
 * the one after the parenthesis, or the one inside it after the same
 * clock time (h0:mi0) in other words; it goes into d.  The extent stays
 * the clock's.
 */
static int
paren_day(struct sc *c, size_t e, int h0, int mi0, struct hit *d)
{
	size_t j = nx(c, e), k, q;
	int h, mi;

	if (!ch(c, j, '('))
		return 0;
	for (k = j + 1; k < c->n && k < j + PAREN_MAX && c->s[k] != ')'; k++)
		if (c->s[k] == '(' || c->s[k] == '\n')
			return 0;
	if (!ch(c, k, ')'))
		return 0;
	q = nx(c, k + 1);
	if (ch(c, q, ','))
		q = nx(c, q + 1);
	if (day_after(c, q, d))
		return 1;
	q = nx(c, j + 1);
	if ((q = clock_at(c, q, &h, &mi)) == 0 || h != h0 || mi != mi0)
		return 0;	/* 9 p.m. (0200 GMT Friday): another day */
	q = nx(c, q);
	if (ch(c, q, ','))
		q = nx(c, q + 1);
	return q < k && day_after(c, q, d) && d->end <= k;
}

/* A clock time, perhaps with its day after it: 3 p.m. Friday. */
static int
rule_time(struct sc *c, size_t i, struct hit *o)
{
	struct hit d;
	size_t e, j;
	int h, mi;

	if (i >= c->n)
		return 0;
	if ((e = clock_at(c, i, &h, &mi)) == 0)
		return 0;
	o->pfx = P_APPROX | P_ABOUT;
	j = nx(c, e);
	if (ch(c, e, ','))
		j = nx(c, e + 1);
	if (day_after(c, j, &d)) {
		/* 3 p.m. Friday, 8am this morning, 10 tonight */
		snprintf(o->v, 48, "%.10sT%02d:%02d", d.v, h, mi);
		o->end = d.end;
		return 1;
	}
	if (i > 0 && c->s[i - 1] == '(' && ch(c, e, ')') &&
	    day_after(c, nx(c, e + 1), &d)) {
		/* (0735 GMT) Friday: the restated time is on that day too */
		snprintf(o->v, 48, "%.10sT%02d:%02d", d.v, h, mi);
		o->end = e;
		return 1;
	}
	if (paren_day(c, e, h, mi, &d)) {
		snprintf(o->v, 48, "%.10sT%02d:%02d", d.v, h, mi);
		o->end = e;
		return 1;
	}
	if (c->hasref)
		dr_fmt_time(o->v, c, c->rday, h, mi);
	else
		snprintf(o->v, 48, "XXXX-XX-XXT%02d:%02d", h, mi);
	o->end = e;
	return 1;
}

/* Seasons: the summer of 1969, autumn 2019, the winter. */
static int
rule_season(struct sc *c, size_t i, struct hit *o)
{
	const struct dateword *w;
	size_t k, j, f;
	int y = 0;

	if (i >= c->n)
		return 0;
	if ((w = wordcls(c, i, DW_SEASON, &k)) == NULL)
		return 0;
	j = nx(c, i + k);
	if (is(c, j, "of"))
		j = nx(c, j + 2);
	if ((y = year_at(c, j, &f)) != 0) {
		snprintf(o->v, 48, "%04d-%s", y, dr_seasname[w->val]);
		o->pfx = P_THE | P_EML;
		o->end = f;
		return 1;
	}
	/* alone: "the summer", not "prices fall" */
	j = word_before(c, i);
	if (j < i && (is(c, j, "early") || is(c, j, "late") || is(c, j, "mid")))
		j = word_before(c, j);		/* the early summer */
	if ((w->flags & DW_NAME) || !is(c, j, "the"))
		return 0;
	if (c->hasref)
		snprintf(o->v, 48, "%04d-%s", c->r.year, dr_seasname[w->val]);
	else
		snprintf(o->v, 48, "XXXX-%s", dr_seasname[w->val]);
	o->pfx = P_THE | P_EML;
	o->end = i + k;
	return 1;
}

/* "Day" with its capital, after a word that names a holiday only so. */
static int
holiday_named(const struct sc *c, size_t j)
{
	return is(c, j, "day") && c->s[j] == 'D';
}

/*
 * Holidays: Christmas, Thanksgiving Day, Christmas Eve, and the US days
 * that fall by rule: Election Day, Labor Day, Memorial Day, Independence
 * Day.
 */
static int
rule_holiday(struct sc *c, size_t i, struct hit *o)
{
	const struct dateword *w;
	size_t k, e, j, f;
	long z, zy;
	int y = 0, m, d;

	if (i >= c->n || (w = wordcls(c, i, DW_HOLIDAY, &k)) == NULL)
		return 0;
	e = i + k;
	j = nx(c, e);
	if (w->val >= HO_ELECTION && !holiday_named(c, j))
		return 0;		/* the Labor Party, election day */
	if (is(c, j, "day") || (w->val == HO_CHRISTMAS && is(c, j, "eve")))
		e = j + 3;
	f = nx(c, e);
	if (ch(c, f, ','))
		f = nx(c, f + 1);
	if ((y = year_at(c, f, &j)) != 0)
		e = j;
	else if (c->hasref)
		y = c->r.year;
	else {
		static const char *const noref[] = { "", "12-25", "11-XX",
			"10-31", "11-XX", "09-XX", "05-XX", "07-04" };

		o->end = e;
		snprintf(o->v, 48, "XXXX-%s", noref[w->val]);
		return 1;
	}
	z = dr_holiday_day(w->val, y);
	if (is(c, nx(c, i + k), "eve"))
		z--;
	if (c->hasref && year_at(c, f, &j) == 0) {
		/* no year written: the nearest one */
		zy = y;
		if (z > c->rday + 183)
			zy--;
		else if (z < c->rday - 183)
			zy++;
		if (zy != y) {
			z = dr_holiday_day(w->val, (int)zy);
			if (is(c, nx(c, i + k), "eve"))
				z--;
		}
	}
	dr_from_days(z, &y, &m, &d);
	dr_fmt_ymd(o->v, y, m, d);
	o->pfx = P_EML;
	o->end = e;
	return 1;
}

/* Years said in words: nineteen ninety-six. */
static int
rule_spoken_year(struct sc *c, size_t i, struct hit *o)
{
	int y;

	if (i >= c->n || !is(c, i, "nineteen") ||
	    (y = spoken_year_at(c, i, &o->end)) == 0)
		return 0;
	snprintf(o->v, 48, "%04d", y);
	o->pfx = P_EML;
	return 1;
}

typedef int	rule_fn(struct sc *, size_t, struct hit *);

static rule_fn *const rules[] = { rule_day, rule_month, rule_year,
	rule_century, rule_quarter, rule_rel, rule_first, rule_dur,
	rule_bare, rule_word, rule_time, rule_season, rule_holiday,
	rule_spoken_year };

#define R_DAY	(1u << 0)
#define R_MONTH	(1u << 1)
#define R_YEAR	(1u << 2)
#define R_CENT	(1u << 3)
#define R_QUART	(1u << 4)
#define R_REL	(1u << 5)
#define R_FIRST	(1u << 6)
#define R_DUR	(1u << 7)
#define R_BARE	(1u << 8)
#define R_WORD	(1u << 9)
#define R_TIME	(1u << 10)
#define R_SEAS	(1u << 11)
#define R_HOLI	(1u << 12)
#define R_SPOK	(1u << 13)

/* The rules that can read an expression whose first word is of class cls. */
static unsigned
rules_for(const struct sc *c, size_t i)
{
	const struct dateword *w;
	size_t k;

	if (txt_isdigit(c->s[i])) {
		/*
		 * A century (21st) has at most two digits, a quarter's year
		 * (the 2019 third quarter) four, a clock (10 am, 1200 GMT)
		 * one, two or four: those rules need not try the others.
		 */
		for (k = i; k < c->n && txt_isdigit(c->s[k]); k++)
			;
		k -= i;
		return R_DAY | R_YEAR | R_DUR | (k <= 2 ? R_CENT | R_TIME :
		    k == 4 ? R_TIME | R_QUART : 0);
	}
	if (c->s[i] == '\'')
		return R_YEAR;
	if ((w = word(c, i, &k)) == NULL)
		return c->s[i] == 'Q' ? R_QUART : is(c, i, "couple") ? R_DUR : 0;
	switch (w->cls) {
	case DW_MONTH:
		return R_DAY | R_MONTH;
	case DW_WDAY:
		return R_DAY | R_WORD;
	case DW_DEIC:
		return R_DAY;
	case DW_ORD:
		return R_CENT | R_QUART;
	case DW_NUM:
		return R_DUR | R_CENT | (w->val == 19 ? R_SPOK : 0);
	case DW_HOLIDAY:
		return R_HOLI;
	case DW_THE:
		return R_REL | R_FIRST | R_WORD;
	case DW_REL:
		return R_REL | R_QUART | R_WORD;
	case DW_SHIFT:
		return R_REL;
	case DW_REF:
	case DW_SET:
	case DW_EVERY:
		return R_WORD;
	case DW_UNIT:
		return R_BARE | R_WORD | R_QUART;
	case DW_FISCAL:
		return R_YEAR | R_QUART;
	case DW_DECADE:
		return R_YEAR;
	case DW_CLOCK:
		return R_TIME;
	case DW_PART:
		return is(c, i, "overnight") ? R_WORD : 0;
	case DW_SEASON:
		return R_SEAS;
	}
	return 0;
}

/* The longest reading of the rules at i. */
static int
core_at(struct sc *c, size_t i, struct hit *best)
{
	struct hit h;
	size_t r;
	unsigned want = rules_for(c, i);
	int found = 0;

	for (r = 0; want != 0; r++, want >>= 1) {
		if (!(want & 1))
			continue;
		h.pfx = 0;
		h.v[0] = '\0';
		if (rules[r](c, i, &h) && h.end > i &&
		    (!found || h.end > best->end)) {
			*best = h;
			best->start = i;
			found = 1;
		}
	}
	return found;
}

/* The prefix class of the word at i (0 if none); *next where the rest begins. */
static unsigned
prefix_at(const struct sc *c, size_t i, size_t *next)
{
	const struct dateword *w;
	size_t k;

	if ((w = word(c, i, &k)) != NULL) {
		if (w->cls == DW_THE) {
			*next = nx(c, i + k);
			return P_THE;
		}
		if (w->cls == DW_EML) {
			if (ch(c, i + k, '-')) {	/* mid-1990s */
				*next = i + k + 1;
				return P_EML;
			}
			*next = nx(c, i + k);
			return *next > i + k ? P_EML : 0;
		}
		if (w->cls == DW_APPROX || w->cls == DW_ABOUT) {
			*next = nx(c, i + k);
			return w->cls == DW_APPROX ? P_APPROX : P_ABOUT;
		}
	}
	if ((is(c, i, "more") || is(c, i, "less") || is(c, i, "fewer")) &&
	    is(c, nx(c, i + 4 + is(c, i, "fewer")), "than")) {
		*next = nx(c, nx(c, i + 4 + is(c, i, "fewer")) + 4);
		return P_APPROX;
	}
	if (is(c, i, "up") && is(c, nx(c, i + 2), "to")) {
		*next = nx(c, nx(c, i + 2) + 2);
		return P_APPROX;
	}
	if (is(c, i, "at") && is(c, nx(c, i + 2), "least")) {
		*next = nx(c, nx(c, i + 2) + 5);
		return P_APPROX;
	}
	return 0;
}

/*
 * "the end of 1990", "the beginning of October", "the end of the year":
 * the edge of a period is one expression with the period's value (the
 * edge would go into mod).  The period alone ("the year") is the
 * reference's own.
 */
static int
edge_at(struct sc *c, size_t i, struct hit *o, int depth)
{
	static const struct wlist edges[] = { WL("end"), WL("beginning"),
		WL("middle"), WL("start"), { NULL, 0 } };
	size_t j, k;

	if (!is(c, i, "the"))
		return 0;
	j = nx(c, i + 3);
	if ((k = inlist(c, j, edges)) == 0 || !is(c, nx(c, j + k), "of"))
		return 0;
	j = nx(c, nx(c, j + k) + 2);
	if (j < c->n && parse_at(c, j, o, depth + 1) && o->start == j &&
	    (txt_isdigit(o->v[0]) || o->v[0] == 'X')) {
		o->start = i;
		return 1;
	}
	if (!c->hasref || !is(c, j, "the"))
		return 0;
	k = nx(c, j + 3);
	if (is(c, k, "year"))
		snprintf(o->v, 48, "%04d", c->r.year), o->end = k + 4;
	else if (is(c, k, "month"))
		snprintf(o->v, 48, "%04d-%02d", c->r.year, c->r.month),
		    o->end = k + 5;
	else if (is(c, k, "week"))
		dr_fmt_week(o->v, c->rday), o->end = k + 4;
	else
		return 0;
	o->start = i;
	o->pfx = 0;
	return 1;
}

/* The expression that starts at i or just after its prefixes. */
static int
parse_at(struct sc *c, size_t i, struct hit *o, int depth)
{
	struct hit h;
	size_t next;
	unsigned p;
	int found;

	found = core_at(c, i, o);
	if (!found && depth < 3 && edge_at(c, i, o, depth))
		return 1;
	if (depth < 3 && (p = prefix_at(c, i, &next)) != 0 && next < c->n &&
	    parse_at(c, next, &h, depth + 1)) {
		if (h.start == next && (h.pfx & p)) {
			h.start = i;
			if (!found || h.end > o->end)
				*o = h, found = 1;
		} else if (!found)
			*o = h, found = 1;
	}
	return found;
}

/* Byte classes for the scan loop: 1 ASCII letter, 2 digit, 4 apostrophe. */
static const unsigned char bclass[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/*
 * The first test of a word, on its first two bytes and its length:
 * qmask[x][y] has bit k when a word of k letters whose first two bytes
 * are of classes x and y (lidx: 0-25 a letter, 26 a digit, 27 anything
 * else) may start an expression: a date word (dw_startmask), "a", Q
 * before a digit, and the helpers of trigger() (up to, at least, more
 * than, less than, fewer than, couple of).  Built once from the tables.
 */
static unsigned char	lidx[256];
static unsigned short	qmask[28][28];
static int		qready;
static const struct dateword *word_a, *word_the;

static void
qmask_init(void)
{
	static const char *const helpers[] = { "up", "at", "more", "less",
		"fewer", "couple", NULL };
	int x, y;

	for (x = 0; x < 256; x++)
		lidx[x] = txt_isalpha(x) ? (unsigned char)(txt_tolower(x) - 'a') :
		    txt_isdigit(x) ? 26 : 27;
	for (x = 0; x < 26; x++)
		for (y = 0; y < 26; y++)
			qmask[x][y] = dw_startmask[x][y];
	for (x = 0; helpers[x] != NULL; x++)
		qmask[helpers[x][0] - 'a'][helpers[x][1] - 'a'] |=
		    (unsigned short)(1u << strlen(helpers[x]));
	qmask[0][26] = qmask[0][27] = 1u << 1;		/* a */
	qmask['q' - 'a'][26] = 1u << 1;			/* Q3 */
	word_a = dw_lookup("a", 1);
	word_the = dw_lookup("the", 3);
	qready = 1;
}

static int	 number_worth(const struct sc *, size_t);

/*
 * After a helper word ending at e ("more", "up"), its second word w
 * ("than", "to"), then a number that can be part of a date or
 * duration, or a word ("more than two weeks").
 */
static int
helper_then(const struct sc *c, size_t e, const char *w)
{
	size_t j = nx(c, e);

	if (!is(c, j, w))
		return 0;
	j = nx(c, j + strlen(w));
	return j < c->n && (!txt_isdigit(c->s[j]) || number_worth(c, j));
}

/* Is word w at i worth a parse?  Frequent words need a date word after them. */
static int
trigger(const struct sc *c, size_t i, size_t k)
{
	const struct dateword *w = NULL;
	unsigned a, b;

	a = (unsigned)txt_tolower(c->s[i]) - 'a';
	b = k > 1 ? (unsigned)txt_tolower(c->s[i + 1]) - 'a' : 0;
	if (k == 1 && a == 0)
		w = word_a;		/* the one-letter word */
	else if (k == 3 && a == 't' - 'a' && b == 'h' - 'a' &&
	    txt_tolower(c->s[i + 2]) == 'e')
		w = word_the;		/* the commonest word of all */
	else if (a < 26 && b < 26 && k < 16 && (dw_startmask[a][b] >> k & 1))
		w = dw_lookup(c->s + i, k);
	if (w == NULL) {
		/*
		 * more than, less than, fewer than, up to, at least, couple
		 * of: the first two letters turn most words away.
		 */
		switch (k) {
		case 1:
			return c->s[i] == 'Q' && i + 1 < c->n &&
			    txt_isdigit(c->s[i + 1]);
		case 2:
			if (a == 'u' - 'a' && b == 'p' - 'a')
				return helper_then(c, i + k, "to");
			if (a == 0 && b == 't' - 'a')
				return helper_then(c, i + k, "least");
			return 0;
		case 4:
			if (((a == 'm' - 'a' && b == 'o' - 'a') ||
			    (a == 'l' - 'a' && b == 'e' - 'a')) &&
			    (txt_ncaseeq(c->s + i, "more", 4) ||
			    txt_ncaseeq(c->s + i, "less", 4)))
				return helper_then(c, i + k, "than");
			return 0;
		case 5:
			return a == 'f' - 'a' && b == 'e' - 'a' &&
			    txt_ncaseeq(c->s + i, "fewer", 5) &&
			    helper_then(c, i + k, "than");
		case 6:
			return a == 'c' - 'a' && b == 'o' - 'a' &&
			    txt_ncaseeq(c->s + i, "couple", 6) &&
			    is(c, nx(c, i + k), "of");
		}
		return 0;
	}
	return follows(c, w, i, k);
}

/*
 * Bit masks of word classes, for what may follow a word that starts an
 * expression only with help: "the" before "third quarter", "two" before
 * "weeks", "last" before "Friday".
 */
#define CB(x)	(1u << (x))
#define F_THE	(CB(DW_REL) | CB(DW_ORD) | CB(DW_NUM) | CB(DW_UNIT) | \
		    CB(DW_SEASON) | CB(DW_DECADE) | CB(DW_EML) | CB(DW_FISCAL))
#define F_NUM	(CB(DW_UNIT) | CB(DW_NUM) | CB(DW_ORD))
#define F_REL	(CB(DW_UNIT) | CB(DW_WDAY) | CB(DW_MONTH) | CB(DW_SEASON) | \
		    CB(DW_PART) | CB(DW_NUM) | CB(DW_REL) | CB(DW_FISCAL))
#define F_ORD	(CB(DW_UNIT) | CB(DW_HALF))
#define F_EML	(CB(DW_MONTH) | CB(DW_WDAY) | CB(DW_DECADE) | \
		    CB(DW_SEASON) | CB(DW_REL) | CB(DW_DEIC) | CB(DW_HOLIDAY))
#define F_EVERY	(CB(DW_UNIT) | CB(DW_WDAY) | CB(DW_MONTH))

/*
 * After w, a word of k letters at j that is no date word but still
 * makes an expression: the couple of, the future, the near term, the
 * end of, that same day, two and a half.  Sorted by length first, as
 * most words are none of these.
 */
static int
follows_other(const struct sc *c, const struct dateword *w, size_t j,
    size_t k)
{
	const char *s = c->s + j;

	if (w->cls == DW_NUM && filler(s, k))
		return 1;		/* two extra days */
	if (w->cls == DW_SHIFT)
		return k == 2 && txt_ncaseeq(s, "in", 2);	/* later in the day */
	switch (k) {
	case 3:
		if (w->cls == DW_NUM && txt_ncaseeq(s, "and", 3))
			return and_half(c, j) != 0;
		return w->cls == DW_THE && txt_ncaseeq(s, "end", 3);
	case 4:
		if (w->cls == DW_REL && w->val == R_THAT)
			return txt_ncaseeq(s, "same", 4);
		return txt_ncaseeq(s, "near", 4) ||
		    (w->cls == DW_THE && (txt_ncaseeq(s, "full", 4) ||
		    txt_ncaseeq(s, "long", 4)));
	case 5:
		return w->cls == DW_THE && (txt_ncaseeq(s, "start", 5) ||
		    txt_ncaseeq(s, "short", 5));
	case 6:
		return txt_ncaseeq(s, "couple", 6) ||
		    txt_ncaseeq(s, "future", 6) ||
		    (w->cls == DW_THE && txt_ncaseeq(s, "middle", 6));
	case 8:
		return w->cls == DW_REL && txt_ncaseeq(s, "calendar", 8);
	case 9:
		return w->cls == DW_THE && txt_ncaseeq(s, "beginning", 9);
	}
	return 0;
}

/*
 * Does word w (k letters at i) start an expression?  Most do; some only
 * when a digit or a word of the right class comes next.
 */
static int
follows(const struct sc *c, const struct dateword *w, size_t i, size_t k)
{
	const struct dateword *x;
	unsigned want;
	size_t j, k2;

	switch (w->cls) {
	case DW_CUE:
		return 0;
	case DW_THE:
		want = F_THE;
		break;
	case DW_NUM:
		want = F_NUM;
		break;
	case DW_REL:
		if (w->val == R_CURRENT)
			return 1;		/* current alone: PRESENT_REF */
		want = w->val == R_THAT ? CB(DW_UNIT) | CB(DW_PART) : F_REL;
		break;
	case DW_ORD:
		want = F_ORD;
		break;
	case DW_EML:
		want = F_EML;
		break;
	case DW_EVERY:
		want = F_EVERY;
		break;
	case DW_SHIFT:
		want = CB(DW_REL);
		break;
	case DW_APPROX:
	case DW_ABOUT:
		want = CB(DW_NUM) | CB(DW_CLOCK);
		break;
	case DW_HOLIDAY:
		return txt_isupper(c->s[i]) && (w->val < HO_ELECTION ||
		    holiday_named(c, nx(c, i + k)));
	default:
		return 1;
	}
	j = i + k;
	j = ch(c, j, '-') ? j + 1 : nx(c, j);
	if (j >= c->n)
		return 0;
	if (c->s[j] == '\'')
		return 1;
	if (txt_isdigit(c->s[j]))
		return number_worth(c, j);	/* the 1990s, not the 12 */
	k2 = 0;
	while (j + k2 < c->n && txt_isalpha(c->s[j + k2]))
		k2++;
	if (k2 == 0)
		return 0;
	if ((x = dw_lookup(c->s + j, k2)) != NULL)
		return (want & CB(x->cls)) != 0;
	return follows_other(c, w, j, k2);
}

/*
 * Is the number at i worth a parse?  Most numbers of a text are counts
 * and amounts: a date or time shows in the bytes after it (2020, 10:30,
 * 9th, 10/9, 3pm) or in the word after it (10 October, 10 days, 1200 GMT).
 */
static int
number_worth(const struct sc *c, size_t i)
{
	const struct dateword *w;
	size_t e = i, j, k;
	unsigned char b;

	while (e < c->n && txt_isdigit(c->s[e]))
		e++;
	if (e - i == 4 || e >= c->n)
		return e - i == 4;
	b = (unsigned char)c->s[e];
	if (b == ':')
		return 1;			/* 10:30 */
	if (b == '/' || b == '-') {		/* 10/9/2020, 9-10-2020, 26-FEB */
		for (j = e + 1; j < c->n && txt_isdigit(c->s[j]); j++)
			;
		return (j > e + 1 && ch(c, j, (int)b)) ||
		    (b == '-' && j == e + 1 && j < c->n && txt_isalpha(c->s[j]));
	}
	if (b == '.') {				/* 1.5 years, 3.45 pm, 1.3.2019 */
		for (j = e + 1; j < c->n && txt_isdigit(c->s[j]); j++)
			;
		if (j == e + 1 || ch(c, j, '.'))
			return j > e + 1;
		e = j;
		if (e >= c->n)
			return 0;
		b = (unsigned char)c->s[e];
		if (b == '-')			/* a 4.7-year term */
			return e + 1 < c->n && txt_isalpha(c->s[e + 1]);
	}
	if (txt_isalpha(b))			/* 9th, 10am, 3p.m. */
		return e + 1 < c->n && (txt_ncaseeq(c->s + e, "th", 2) ||
		    txt_ncaseeq(c->s + e, "st", 2) || txt_ncaseeq(c->s + e,
		    "nd", 2) || txt_ncaseeq(c->s + e, "rd", 2) ||
		    txt_ncaseeq(c->s + e, "am", 2) || txt_ncaseeq(c->s + e,
		    "pm", 2) || c->s[e + 1] == '.');
	j = nx(c, e);
	if (j + 3 <= c->n && memcmp(c->s + j, "1/2", 3) == 0)
		return 1;		/* 2 1/2 years */
	if (ch(c, j, ','))
		j = nx(c, j + 1);
	for (k = j; k < c->n && txt_isalpha(c->s[k]); k++)
		;
	if (k == j)
		return 0;
	w = dw_lookup(c->s + j, k - j);
	if (w == NULL && filler(c->s + j, k - j)) {	/* 20 more years */
		for (j = k = nx(c, k); k < c->n && txt_isalpha(c->s[k]); k++)
			;
		w = dw_lookup(c->s + j, k - j);
		return w != NULL && w->cls == DW_UNIT;
	}
	return (w != NULL && (w->cls == DW_MONTH || w->cls == DW_UNIT ||
	    w->cls == DW_WDAY || w->cls == DW_DEIC || w->cls == DW_REL ||
	    w->cls == DW_PART || w->cls == DW_CLOCK)) ||
	    ((txt_tolower(c->s[j]) == 'a' || txt_tolower(c->s[j]) == 'p') &&
	    j + 1 < c->n && (txt_tolower(c->s[j + 1]) == 'm' ||
	    c->s[j + 1] == '.')) || (k - j == 1 && txt_tolower(c->s[j]) == 'o') ||
	    is(c, j, "and") || (k - j == 2 && day_half(c, e, (int[]){ 0 }));
}

/*
 * Past the run of ASCII letters at i.  Eight bytes at a time: words
 * end at unforeseeable places, and a byte loop pays for each end with a
 * mispredicted branch.  The bytes are taken in little-endian order
 * whatever the machine's, so the first byte is the lowest.
 */
#define LO7	0x7f7f7f7f7f7f7f7fULL
#define HI1	0x8080808080808080ULL
#define ONES	0x0101010101010101ULL

static size_t
letters_end(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	uint64_t x, y, m;

	for (; i + 8 <= n; i += 8) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		memcpy(&x, u + i, 8);	/* one load where the order allows */
#else
		x = (uint64_t)u[i] | (uint64_t)u[i + 1] << 8 |
		    (uint64_t)u[i + 2] << 16 | (uint64_t)u[i + 3] << 24 |
		    (uint64_t)u[i + 4] << 32 | (uint64_t)u[i + 5] << 40 |
		    (uint64_t)u[i + 6] << 48 | (uint64_t)u[i + 7] << 56;
#endif
		/* folded to lower case, 7 bits: a-z is 0x61-0x7a */
		y = ((x | 0x20 * ONES) & LO7);
		/* high bit of each byte that is not a letter */
		m = ~((y + 0x1f * ONES) & ~(y + 0x05 * ONES) & ~x) & HI1;
		if (m != 0) {
			m = (m & (~m + 1)) >> 7;	/* 1 << 8k: byte k */
			return i + (size_t)((m * 0x0001020304050607ULL) >> 56);
		}
	}
	while (i < n && txt_isalpha(s[i]))
		i++;
	return i;
}

/* Past the run of ASCII letters and digits at i. */
static size_t
skip_alnum(const char *s, size_t n, size_t i)
{
	while (i < n && (bclass[(unsigned char)s[i]] & 3))
		i++;
	return i;
}

/* "the next two years or so": the approximation is part of the extent. */
static void
or_so(const struct sc *c, struct hit *h)
{
	size_t j = nx(c, h->end);

	if (is(c, j, "or") && is(c, (j = nx(c, j + 2)), "so"))
		h->end = j + 2;
}

static void
push(struct date_list *l, const struct hit *h)
{
	struct date_match *m;

	xgrow(&l->v, &l->cap, l->n + 1, sizeof(*l->v));
	m = &l->v[l->n++];
	m->start = h->start;
	m->end = h->end;
	memcpy(m->value, h->v, sizeof(m->value));
	m->value[sizeof(m->value) - 1] = '\0';
}

/*
 * More days of the month of a date that ends in its day: "Feb. 17 and
 * 19", "March 3, 4 and 5", "Oct. 9-11" are a date each (TimeML tags
 * each part of a range).  Pushes them and returns the end of the last,
 * or h->end.
 */
#define DAYLIST_MAX	8

static size_t
day_list(const struct sc *c, const struct hit *h, struct date_list *out)
{
	size_t j = h->end, e, at[DAYLIST_MAX], end[DAYLIST_MAX], nd = 0, p;
	int d[DAYLIST_MAX], last, joined = 0, y;
	struct hit x;

	/* a full day, written with its day last: Feb. 17, the 9th */
	if (strlen(h->v) != 10 || h->v[7] != '-' || j < 1 ||
	    (!txt_isdigit(c->s[j - 1]) && !(j > 2 && txt_isdigit(c->s[j - 3]))))
		return h->end;
	p = j - 1;
	while (p > h->start && !txt_isdigit(c->s[p]))
		p--;
	if (p < 1 || (last = mday_at(c, p - (txt_isdigit(c->s[p - 1]) &&
	    p - 1 >= h->start), &e)) == 0 || e != j ||
	    last != atoi(h->v + 8))
		return h->end;
	for (;;) {
		e = j;
		if (ch(c, e, '-') || ch(c, e, ','))
			joined |= c->s[e] == '-', e++;
		else if (e + 3 <= c->n && memcmp(c->s + e, "\xe2\x80\x93", 3) == 0)
			joined = 1, e += 3;	/* an en dash */
		e = nx(c, e);
		if (is(c, e, "and") || is(c, e, "or") || is(c, e, "to") ||
		    is(c, e, "through"))
			joined = 1, e = nx(c, e + wlen(c, e));
		if (e == j || nd == DAYLIST_MAX ||
		    (d[nd] = mday_at(c, e, &end[nd])) <= last ||
		    d[nd] > dr_mdays(2000, atoi(h->v + 5)))
			break;
		at[nd] = e, last = d[nd], j = end[nd++];
		if (joined)
			break;		/* "and 5" ends the list */
	}
	/* ends as a date would: not 19 people, 17 and 19:30, 19%, 19 March */
	p = nx(c, j);
	if (nd == 0 || !joined || (p < c->n && (txt_isalnum(c->s[p]) ||
	    c->s[p] == '%' || c->s[p] == '$') && !(is(c, p, "in") ||
	    is(c, p, "at") || is(c, p, "and") || is(c, p, "when") ||
	    is(c, p, "before") || is(c, p, "after") || is(c, p, "the"))) ||
	    (j < c->n && (c->s[j] == ':' || c->s[j] == '/' ||
	    c->s[j] == '-') && j + 1 < c->n && txt_isdigit(c->s[j + 1])) ||
	    ((c->s[j < c->n ? j : j - 1] == '.' || c->s[j < c->n ? j : j - 1]
	    == ',') && j + 1 < c->n && txt_isdigit(c->s[j + 1])))
		return h->end;
	/* "April 23 to 25, 2026": the year is the whole list's */
	e = j;
	if ((y = opt_year(c, &e)) != 0 && y != atoi(h->v)) {
		snprintf(out->v[out->n - 1].value, sizeof(out->v[0].value),
		    "%04d%s", y, h->v + 4);
		j = e;
	}
	for (p = 0; p < nd; p++) {
		x = *h;
		x.start = at[p], x.end = end[p];
		if (y != 0)
			snprintf(x.v, 5, "%04d", y), x.v[4] = '-';
		snprintf(x.v + 8, 40, "%02d", d[p]);
		if (p == nd - 1 && y != 0)
			x.end = j;
		push(out, &x);
	}
	return j;
}

/* Set up a scan of s (n bytes) with the word cache wc (WCACHE slots). */
static void
sc_init(struct sc *c, struct wcache *wc, const char *s, size_t n)
{
	if (!qready)
		qmask_init();
	memset(c, 0, sizeof(*c));
	memset(wc, 0, WCACHE * sizeof(*wc));
	c->wc = wc;
	c->s = s;
	c->n = n;
}

/*
 * date_scan: find the expressions of s (n bytes) and store them in text
 * order, without overlaps, in *out (cleared first).  Returns their count.
 */
size_t
date_scan(const char *s, size_t n, const struct date_opts *opt,
    struct date_list *out)
{
	struct sc c;
	struct hit h;
	struct wcache wc[WCACHE];
	size_t i = 0, k;
	unsigned b;

	sc_init(&c, wc, s, n);
	c.order = opt != NULL ? opt->order : DATE_MDY;
	if (opt != NULL)
		c.r = opt->ref;
	c.hasref = c.r.year > 0 && c.r.month >= 1 && c.r.month <= 12 &&
	    c.r.day >= 1 && c.r.day <= dr_mdays(c.r.year, c.r.month);
	if (c.hasref)
		c.rday = dr_days_from(c.r.year, c.r.month, c.r.day);
	if (opt != NULL && opt->ctx != NULL)
		c.aday = opt->ctx->aday, c.ay = opt->ctx->ay,
		    c.am = opt->ctx->am;
	out->n = 0;
	while (i < n) {
		b = (unsigned char)s[i];
		if (bclass[b] == 0) {
			i++;
			continue;
		}
		if (i > 0 && ((bclass[(unsigned char)s[i - 1]] & 3) ||
		    ((unsigned char)s[i - 1] >= 0x80 && !txt_word_start(s, i)))) {
			i = skip_alnum(s, n, i + 1);
			continue;
		}
		if (bclass[b] == 1) {
			k = letters_end(s, n, i + 1);
			if (k - i >= 16 || !(qmask[lidx[b]][i + 1 < n ?
			    lidx[(unsigned char)s[i + 1]] : 27] >> (k - i) & 1)) {
				i = k;		/* the common case: no date word */
				continue;
			}
			if (!trigger(&c, i, k - i)) {
				i = skip_alnum(s, n, k);
				continue;
			}
		} else if (b == '\'' && (i + 1 >= n || !txt_isdigit(s[i + 1]))) {
			i++;
			continue;
		} else if (txt_isdigit(b) && !number_worth(&c, i)) {
			i = skip_alnum(s, n, i + 1);
			continue;
		}
		if (parse_at(&c, i, &h, 0)) {
			or_so(&c, &h);
			push(out, &h);
			dr_anchor_set(&c, h.v);
			i = day_list(&c, &h, out);
			continue;
		}
		i = skip_alnum(s, n, i + 1);
	}
	if (opt != NULL && opt->ctx != NULL)
		opt->ctx->aday = c.aday, opt->ctx->ay = c.ay,
		    opt->ctx->am = c.am;
	free(c.send);
	return out->n;
}

void
date_list_free(struct date_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

/*
 * date_parse_ref: read an ISO 8601 date or date-time (2020-10-09,
 * 2020-10-09T12:00[:00]) into *r.  Returns 0, or -1 if it is not one.
 */
int
date_parse_ref(const char *s, size_t n, struct date_ref *r)
{
	struct sc c;
	struct wcache wc[WCACHE];
	int y, m, d, h, mi;
	size_t e;

	sc_init(&c, wc, s, n);
	if ((e = numdate_at(&c, 0, &y, &m, &d, &h, &mi)) == 0 || n < 10 ||
	    s[4] != '-')
		return -1;
	if (e < n && !(s[e] == 'Z' && e + 1 == n) && !(e + 3 == n &&
	    s[e] == ':' && txt_isdigit(s[e + 1]) && txt_isdigit(s[e + 2])))
		return -1;
	r->year = y, r->month = m, r->day = d;
	r->hour = h, r->min = h >= 0 ? mi : 0;
	return 0;
}

/* Two digits at s, or -1. */
static int
two(const char *s)
{
	return txt_isdigit(s[0]) && txt_isdigit(s[1]) ?
	    (s[0] - '0') * 10 + (s[1] - '0') : -1;
}

/*
 * date_value_ref: turn a value date_scan wrote for a dateline or a date
 * header into a reference.  A full date (2020-10-09, with or without a
 * time) is taken as it is; a yearless one (XXXX-10-09) gets the year that
 * makes it the nearest such day not after *pub (a story is filed before
 * it is published), when pub is given.  Returns 0, or -1.
 */
int
date_value_ref(const char *v, const struct date_ref *pub, struct date_ref *r)
{
	int y = 0, m, d, i;

	if (strlen(v) < 10 || v[4] != '-' || v[7] != '-' ||
	    (m = two(v + 5)) < 1 || m > 12 || (d = two(v + 8)) < 1)
		return -1;
	for (i = 0; i < 4; i++)
		y = txt_isdigit(v[i]) ? y * 10 + (v[i] - '0') : -1;
	if (y <= 0 && (memcmp(v, "XXXX", 4) != 0 || pub == NULL ||
	    pub->year <= 0))
		return -1;
	if (y <= 0) {
		y = pub->year;
		if (m > pub->month || (m == pub->month && d > pub->day))
			y--;
	}
	if (d > dr_mdays(y, m))
		return -1;
	r->year = y, r->month = m, r->day = d;
	r->hour = -1, r->min = 0;
	if (v[10] == 'T' && two(v + 11) >= 0 && v[13] == ':' &&
	    two(v + 14) >= 0)
		r->hour = two(v + 11), r->min = two(v + 14);
	return 0;
}
