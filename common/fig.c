/*
 * fig.c -- the figure recogniser.  It finds each number in the text, in
 * digits or in words, then grows it: a currency before it; a scale, a
 * percent sign, a currency or a unit of measure after it; a second number
 * that makes a range; bound words around it; and the noun it counts.
 * What the date recogniser claims (dates, years, times) is dropped at the
 * end, so that both commands share one idea of a date.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "fig.h"
#include "figwords.h"
#include "num.h"
#include "text.h"
#include "util.h"
#include "wordlist.h"

/* One number and what has attached to it so far. */
struct part {
	size_t		 start;		/* span: bounds, currency, unit */
	size_t		 end;
	size_t		 nstart;	/* the number alone */
	size_t		 nend;
	struct num	 v;
	enum fig_qual	 qual;
	const char	*unit;		/* canonical unit, or NULL */
	size_t		 ustart;	/* else the noun counted, if ulen */
	size_t		 ulen;
	int		 sexp;		/* power of ten of the scale words */
	int		 plain;		/* bare digits: no separator, sign */
	int		 words;		/* spelled out */
	int		 vague;		/* dozens, hundreds of */
	int		 one;		/* just the word "one" */
	int		 cur;		/* money */
	int		 hyph;		/* a hyphenated unit: three-day */
	int		 neg;		/* a minus sign before it */
	int		 unitpost;	/* the unit follows the number */
};

enum wlast { W_NONE, W_A, W_SMALL, W_TENS, W_HUND, W_BIG, W_FRAC };

static int	 core(const char *, size_t, size_t, struct part *, size_t *);
static size_t	 word_before(const char *, size_t, size_t *);
static int	 plural(const char *, size_t);
static size_t	 lcword(const char *, size_t, size_t);

static size_t
digrun(const char *s, size_t n, size_t i)
{
	size_t j = i;

	while (j < n && txt_isdigit(s[j]))
		j++;
	return j - i;
}

/* A separator of digit groups written with space: 1 234 or 1 234. */
static size_t
groupspace(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;

	if (i < n && u[i] == ' ')
		return 1;
	if (i + 1 < n && u[i] == 0xc2 && u[i + 1] == 0xa0)
		return 2;
	if (i + 2 < n && u[i] == 0xe2 && u[i + 1] == 0x80 &&
	    (u[i + 2] == 0x89 || u[i + 2] == 0xaf))
		return 3;
	return 0;
}

/* A group of three digits after a space at s[j]: the space's length. */
static size_t
space_group(const char *s, size_t n, size_t j)
{
	size_t g = groupspace(s, n, j);

	if (g == 0 || digrun(s, n, j + g) != 3)
		return 0;
	j += g + 3;
	return j == n || (!txt_isalnum(s[j]) && s[j] != ',') ? g : 0;
}

/* A range dash at s[i]: hyphen or en dash; its length. */
static size_t
dash_at(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] == '-')
		return 1;
	if (i + 2 < n && (unsigned char)s[i] == 0xe2 &&
	    (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x93)
		return 3;
	return 0;
}

/* A scale, percent or unit word at s[k]: "a third percentage point". */
static int
unit_word_at(const char *s, size_t n, size_t k)
{
	const struct figword *h;

	return fw_match(s, n, k, fw_big, &h) != 0 ||
	    fw_match(s, n, k, fw_pct, &h) != 0 ||
	    fw_match(s, n, k, fw_measure, &h) != 0;
}

/* Skip what cannot be a figure: letters, digits and the joiners . / : - */
static size_t
skip_token(const char *s, size_t n, size_t i)
{
	while (i < n && (txt_isalnum(s[i]) || ((s[i] == '.' || s[i] == '/' ||
	    s[i] == ':' || s[i] == '-' || s[i] == ',') && i + 1 < n &&
	    txt_isalnum(s[i + 1]))))
		i++;
	return i;
}

/* Append k digits to buf (of cap bytes); counting, never overflowing. */
static void
put_digits(char *buf, size_t *nb, size_t cap, const char *d, size_t k)
{
	size_t take = *nb < cap ? cap - *nb : 0;

	if (take > 0)
		memcpy(buf + *nb, d, k < take ? k : take);
	*nb += k;
}

/* The ordinal endings 1st 2nd 3rd 4th. */
static int
ordinal_at(const char *s, size_t n, size_t j)
{
	static const char *const end_w[] = { "st", "nd", "rd", "th" };
	WORDLIST(end);

	return j + 2 <= n && wl_has(&end, s + j, 2) && fw_word_end(s, n, j + 2);
}

/*
 * "683-1/2", "10 1/2": the fraction after the hyphen or the space, added
 * to v; its end or 0.
 */
static size_t
mixed_frac(const char *s, size_t n, size_t j, struct num *v)
{
	size_t a, b;
	unsigned p = 0, q = 0;
	struct num f;

	if (j + 3 >= n || (s[j] != '-' && s[j] != ' ') ||
	    !txt_isdigit(s[j + 1]))
		return 0;
	a = digrun(s, n, j + 1);
	if (a > 2 || j + 1 + a >= n || s[j + 1 + a] != '/')
		return 0;
	b = digrun(s, n, j + 2 + a);
	if (b == 0 || b > 2)
		return 0;
	p = (unsigned)(s[j + 1] - '0');
	if (a == 2)
		p = p * 10 + (unsigned)(s[j + 2] - '0');
	q = (unsigned)(s[j + 2 + a] - '0');
	if (b == 2)
		q = q * 10 + (unsigned)(s[j + 3 + a] - '0');
	if (p == 0 || p >= q || (q != 2 && q != 3 && q != 4 && q != 8 &&
	    q != 16 && q != 32 && q != 64) || !fw_word_end(s, n, j + 2 + a + b) ||
	    (j + 2 + a + b < n && s[j + 2 + a + b] == '/'))
		return 0;
	if (num_frac(&f, p, q) == -1 || num_add(v, &f) == -1)
		return 0;
	return j + 2 + a + b;
}

/* After "+44": more digit groups make it a telephone number. */
static int
phone_rest(const char *s, size_t n, size_t j)
{
	if (j < n && (s[j] == ' ' || s[j] == '-'))
		j++;
	if (j < n && s[j] == '(')
		j++;
	return j < n && txt_isdigit(s[j]);
}

/* Past the digit groups of a telephone number: +44 (0)20 7946-0000. */
static size_t
skip_phone(const char *s, size_t n, size_t i)
{
	size_t j = i;

	while (j < n && (txt_isdigit(s[j]) || ((s[j] == ' ' || s[j] == '-' ||
	    s[j] == '(' || s[j] == ')') && j + 1 < n &&
	    (txt_isdigit(s[j + 1]) || s[j + 1] == '('))))
		j++;
	return j;
}

/*
 * The context before digits at s[i] that makes them no figure: glued to
 * a word (G20, COVID-19), inside a dotted or slashed token: 1; after a
 * "+" that starts a telephone number: 2.  A currency code glued to them
 * (Tk1,500) is fine.  Sets a sign into p.
 */
static int
bad_before(const char *s, size_t n, size_t i, struct part *p)
{
	const struct figword *h;
	size_t k, len;
	unsigned c;

	if (i == 0)
		return 0;
	c = txt_utf8_before(s, i, &len);
	if (c == '-' || c == 0x2212 || c == '+') {
		k = i - len;
		if (c == '-' && k > 0 && (txt_isdigit(s[k - 1]) ||
		    s[k - 1] == '%'))
			return 0;	/* the high end of 10-15, 14%-15% */
		if (k > 0 && (txt_isalnum(s[k - 1]) || s[k - 1] == '-' ||
		    txt_isletter_at(s, n, k - 1) || !fw_word_start(s, k)))
			return 1;
		/* +44 20 7946 0000: a telephone number */
		if (c == '+' && phone_rest(s, n, i + digrun(s, n, i)))
			return 2;
		if (c != '+')
			p->neg = 1;
		p->nstart = k;
		p->plain = 0;
		return 0;
	}
	if (c == '.' && fw_match_before(s, i, fw_curpre, &h) != i)
		return 0;	/* Rs.2,000 */
	if (c == '[')
		return 1;	/* a reference: [1] */
	if (c == '.' || c == '/' || c == ':' || c == '#' || c == '_' ||
	    c == '@')
		return i - len > 0 && !txt_space_at(s, n, i - len - 1);
	if (c < 0x80 ? txt_isalpha(c) : txt_isletter_at(s, n, i - len))
		return fw_match_before(s, i, fw_curpre, &h) == i;
	return 0;
}

/*
 * digits_at: the number written in digits at s[i]: thousands separators
 * (1,234,567, the Indian 12,34,567, 1 234), a decimal part, a mixed
 * fraction (683-1/2).  0 when it is no figure, with *skip past it.
 */
static int
digits_at(const char *s, size_t n, size_t i, struct part *p, size_t *skip)
{
	char buf[NUM_MAXDIG + 2];
	size_t nb = 0, first, j, k, g, good, goodnb;
	int frac = 0, pairs;

	first = digrun(s, n, i);
	put_digits(buf, &nb, sizeof(buf), s + i, first);
	j = good = i + first;
	goodnb = nb;
	p->plain = 1;
	/*
	 * Thousands by commas; two-digit groups only as the Indian lakh
	 * and crore, a few of them (12,34,56,789), so that a list of pairs
	 * is not read again from each pair.
	 */
	for (pairs = 0; first <= 3 && j + 1 < n && s[j] == ',' &&
	    txt_isdigit(s[j + 1]); ) {
		k = digrun(s, n, j + 1);
		if (k != 3 && !(k == 2 && j + 3 < n && s[j + 3] == ',' &&
		    ++pairs <= 5))
			break;
		put_digits(buf, &nb, sizeof(buf), s + j + 1, k);
		j += 1 + k;
		if (k == 3)
			good = j, goodnb = nb;
	}
	j = good;
	nb = goodnb;
	/* or by spaces, 1 234 567, when no comma did */
	if (j == i + first && first <= 3)
		while ((g = space_group(s, n, j)) != 0) {
			put_digits(buf, &nb, sizeof(buf), s + j + g, 3);
			j += g + 3;
		}
	if (j != i + first)
		p->plain = 0;
	if (j + 1 < n && s[j] == '.' && txt_isdigit(s[j + 1])) {
		k = digrun(s, n, j + 1);
		put_digits(buf, &nb, sizeof(buf), s + j + 1, k);
		frac = (int)k;
		j += 1 + k;
		p->plain = 0;
		/* 192.168.1.2, 1.2.3: versions and addresses */
		if (j + 1 < n && s[j] == '.' && txt_isdigit(s[j + 1])) {
			*skip = skip_token(s, n, j);
			return 0;
		}
	}
	/* a ticker: 7203.T */
	if (j + 2 < n && s[j] == '.' && txt_isupper(s[j + 1]) &&
	    (fw_word_end(s, n, j + 2) || (txt_isupper(s[j + 2]) &&
	    fw_word_end(s, n, j + 3)))) {
		*skip = skip_token(s, n, j);
		return 0;
	}
	*skip = j;
	if (nb > NUM_MAXDIG || frac > NUM_MAXEXP ||
	    num_digits(&p->v, buf, nb, frac) == -1) {
		*skip = skip_token(s, n, j);
		return 0;
	}
	/* times, ratios, dates and fractions: 11:30, 3/4, 5/17/2018 */
	if (j + 1 < n && (s[j] == ':' || s[j] == '/') &&
	    txt_isdigit(s[j + 1])) {
		*skip = skip_token(s, n, j);
		return 0;
	}
	if (ordinal_at(s, n, j)) {
		*skip = j + 2;
		return 0;
	}
	/* the fraction of a whole number: 683-1/2, 10 1/2 */
	if (j < n && (s[j] == '-' || (p->plain && nb <= 3)) &&
	    (k = mixed_frac(s, n, j, &p->v)) != 0)
		j = k, p->plain = 0;
	p->nend = j;
	return 1;
}

/* Past the gap after a word of "and a half": a hyphen if hyph, else space. */
static size_t
frac_gap(const char *s, size_t n, size_t j, int hyph)
{
	if (!hyph)
		return fw_skip_space(s, n, j);
	return j < n && s[j] == '-' ? j + 1 : n;
}

/* The fraction "and a half", "and three quarters" at s[j]; its end or 0. */
static size_t
and_frac(const char *s, size_t n, size_t j, struct num *f)
{
	const struct figword *h;
	size_t k;
	unsigned p = 1;
	int hyph = j < n && s[j] == '-';	/* two-and-a-half */

	j += hyph;
	if (!fw_word_is(s, n, j, "and"))
		return 0;
	j = frac_gap(s, n, j + 3, hyph);
	if (fw_word_is(s, n, j, "a"))
		j = frac_gap(s, n, j + 1, hyph);
	else if ((k = fw_match(s, n, j, fw_small, &h)) != 0 && h->val < 10) {
		p = (unsigned)h->val;
		j = frac_gap(s, n, j + k, hyph);
	} else
		return 0;
	if ((k = fw_match(s, n, j, fw_denom, &h)) == 0 || p >= (unsigned)h->val)
		return 0;
	if (num_frac(f, p, (unsigned)h->val) == -1)
		return 0;
	return j + k;
}

/* "a third person", "a fifth round": an ordinal, not a fraction. */
static int
ordinal_use(const char *s, size_t n, size_t j)
{
	size_t k = fw_skip_space(s, n, j), len;

	if (k == j || k >= n || !txt_islower(s[k]))
		return 0;
	for (len = 0; k + len < n && txt_islower(s[k + len]); len++)
		;
	return !wl_has(&fw_stop, s + k, len) && !unit_word_at(s, n, k);
}

/* half-time, half-brother: a noun, unless a unit follows (half-point). */
static int
half_noun(const char *s, size_t n, size_t j)
{
	const struct figword *h;

	return j + 1 < n && s[j] == '-' && txt_isalpha(s[j + 1]) &&
	    fw_match(s, n, j + 1, fw_measure, &h) == 0 &&
	    fw_match(s, n, j + 1, fw_pct, &h) == 0;
}

/* "first half", "second half": a part of a period, not a figure. */
static int
after_ordinal(const char *s, size_t j)
{
	static const char *const ord_w[] = {
		"first", "second", "third", "fourth", "last", "latter",
		"other", "final"
	};
	WORDLIST(ord);
	size_t e, st;

	if (j < 2 || s[j - 1] != ' ')
		return 0;
	e = st = j - 1;
	while (st > 0 && txt_isalpha(s[st - 1]))
		st--;
	return wl_has(&ord, s + st, e - st);
}

/* " of a million" at s[j]: its end, and the power in *e; or 0. */
static size_t
of_a_scale(const char *s, size_t n, size_t j, size_t *e)
{
	const struct figword *h;
	size_t k;

	j = fw_skip_space(s, n, j);
	if (!fw_word_is(s, n, j, "of"))
		return 0;
	j = fw_skip_space(s, n, j + 2);
	if (!fw_word_is(s, n, j, "a"))
		return 0;
	j = fw_skip_space(s, n, j + 1);
	if ((k = fw_match(s, n, j, fw_big, &h)) == 0 || h->val < 3)
		return 0;
	*e = (size_t)h->val;
	return j + k;
}

/* The separator between number words at s[j]: one space or a hyphen. */
static size_t
word_gap(const char *s, size_t n, size_t j)
{
	size_t k;

	if (j < n && s[j] == '-')
		k = 1;
	else
		k = fw_skip_space(s, n, j) - j;
	return k > 0 && j + k < n && txt_isalpha(s[j + k]) ? k : 0;
}

/* cur = (cur, or 1 when empty) times 10^e, or times m when m > 1. */
static int
times(struct num *cur, int e, unsigned m)
{
	if (num_iszero(cur))
		num_int(cur, 1);
	return m > 1 ? num_mul(cur, m) : num_scale(cur, e);
}

/*
 * "scores" alone, not of: a vague number of people when it acts ("scores
 * were hurt", "with scores stranding"), not points scored ("the scores
 * were level", "test scores rose").
 */
static int
bare_scores(const char *s, size_t n, size_t i)
{
	static const char *const act_w[] = {
		"are", "died", "fled", "have", "had", "more", "others", "were"
	};
	WORDLIST(act);
	static const char *const lead_w[] = {
		"among", "and", "as", "but", "leaving", "when", "where",
		"while", "with"
	};
	WORDLIST(lead);
	size_t j, len, w, wl;

	if (!fw_word_is(s, n, i, "scores"))
		return 0;
	/* it opens a sentence or a clause: "their scores" are points */
	w = word_before(s, i, &wl);
	if (wl > 0 ? !wl_has(&lead, s + w, wl) :
	    txt_sentence_start(s, n, i) != i)
		return 0;
	j = fw_skip_space(s, n, i + 6);
	for (len = 0; j + len < n && txt_islower(s[j + len]); len++)
		;
	if (len < 3 || !fw_word_end(s, n, j + len))
		return 0;
	return wl_has(&act, s + j, len) || (len > 4 &&
	    (txt_ncaseeq(s + j + len - 2, "ed", 2) ||
	    txt_ncaseeq(s + j + len - 3, "ing", 3)));
}

/*
 * "a couple of times", "win a couple more": two; but "a couple who",
 * "a couple were held", "a couple and their children": a pair of people.
 */
static int
couple_counts(const char *s, size_t n, size_t j)
{
	static const char *const acts_w[] = {
		"from", "had", "has", "have", "is", "living", "married", "was",
		"were", "who", "whose"
	};
	WORDLIST(acts);
	static const char *const owner_w[] = { "her", "his", "their" };
	WORDLIST(owner);
	size_t k = fw_skip_space(s, n, j), len, m;

	if (k == j || k >= n)
		return 1;
	len = lcword(s, n, k);
	if (len > 0 && wl_has(&acts, s + k, len))
		return 0;
	if ((len == 3 && txt_ncaseeq(s + k, "and", 3)) ||
	    (len == 2 && txt_ncaseeq(s + k, "in", 2))) {
		m = fw_skip_space(s, n, k + len);
		for (len = 0; m + len < n && txt_islower(s[m + len]); len++)
			;
		return !wl_has(&owner, s + m, len);
	}
	return 1;
}

/*
 * words_at: a number in words at s[i]: "four hundred", "forty-three",
 * "two and a half lakh crore", "half a million", "a dozen", "two-thirds";
 * or a vague plural, "dozens", "tens of thousands".  0 if none.
 */
static int
words_at(const char *s, size_t n, size_t i, struct part *p, size_t *skip)
{
	const struct figword *h;
	struct num total, cur, f;
	enum wlast last = W_NONE;
	size_t j = i, k, end = i, g;
	int nw = 0, v;

	for (k = i; k < n && txt_isalpha(s[k]); k++)
		;
	*skip = k;
	if ((k = fw_match(s, n, i, fw_vague, &h)) != 0 ||
	    (bare_scores(s, n, i) && (k = 6) != 0)) {
		num_int(&p->v, h != NULL ? (unsigned long long)h->val : 20);
		p->nend = i + k;
		p->vague = p->words = 1;
		p->qual = FIG_GE;
		return 1;
	}
	num_int(&total, 0);
	num_int(&cur, 0);
	for (;;) {
		if (last != W_NONE) {
			if ((k = and_frac(s, n, fw_skip_space(s, n, j), &f))
			    != 0 && (last == W_SMALL || last == W_TENS ||
			    last == W_HUND)) {
				if (num_add(&cur, &f) == -1)
					return 0;
				end = j = k;
				last = W_FRAC;
				p->one = 0;	/* one and a half */
				continue;
			}
			if (last == W_FRAC &&
			    (k = of_a_scale(s, n, j, &g)) != 0) {
				/* "three-quarters of a million" */
				if (times(&cur, (int)g, 1) == -1 ||
				    num_add(&total, &cur) == -1)
					return 0;
				num_int(&cur, 0);
				p->sexp = (int)g;
				end = j = k;
				last = W_BIG;
				nw++;
				continue;
			}
			if ((g = word_gap(s, n, j)) == 0)
				break;
			j += g;
			if ((last == W_HUND || last == W_BIG) &&
			    fw_word_is(s, n, j, "and") &&
			    (g = word_gap(s, n, j + 3)) != 0 &&
			    fw_match(s, n, j + 3 + g, fw_small, &h) != 0)
				j += 3 + g;
		}
		if ((k = fw_match(s, n, j, fw_small, &h)) != 0) {
			v = h->val;
			if (last == W_TENS && v > 0 && v < 10)
				num_int(&f, (unsigned)v);
			else if (last == W_NONE || last == W_HUND ||
			    last == W_BIG)
				num_int(&f, (unsigned)v);
			else
				break;
			if (num_add(&cur, &f) == -1)
				return 0;
			last = v >= 20 && v % 10 == 0 && last != W_TENS ?
			    W_TENS : W_SMALL;
			p->one = nw == 0 && v == 1;
		} else if ((k = fw_match(s, n, j, fw_denom, &h)) != 0) {
			if (last == W_NONE && h->val == 2 && h->w[2] == 'l') {
				if (after_ordinal(s, j) ||
				    half_noun(s, n, j + k) || (j >= 3 &&
				    s[j - 1] == '-' && txt_isalpha(s[j - 2]) &&
				    !(s[j - 2] == 'a' && s[j - 3] == '-')))
					break;	/* the first half, half-time,
						 * a fly-half */
				num_int(&cur, 1);	/* "half" alone */
			} else if (last != W_A && last != W_SMALL)
				break;
			if (num_iszero(&cur) || cur.nd != 1 || cur.exp != 0 ||
			    cur.d[0] - '0' > h->val)
				break;
			if (h->val > 2 && last == W_A &&
			    ordinal_use(s, n, j + k))
				break;
			if (num_frac(&cur, (unsigned)(cur.d[0] - '0'),
			    (unsigned)h->val) == -1)
				return 0;
			last = W_FRAC;
		} else if (last == W_A && fw_word_is(s, n, j, "couple") &&
		    couple_counts(s, n, j + 6)) {
			k = 6;
			num_int(&cur, 2);	/* "a couple": two */
			last = W_BIG;
		} else if ((fw_word_is(s, n, j, "dozen") || (last != W_NONE &&
		    fw_word_is(s, n, j, "dozens"))) && last != W_BIG &&
		    last != W_HUND) {
			k = txt_word_len(s, n, j);
			if (times(&cur, 0, 12) == -1 ||
			    num_add(&total, &cur) == -1)
				return 0;
			num_int(&cur, 0);
			last = W_BIG;
		} else if ((k = fw_match(s, n, j, fw_big, &h)) != 0 &&
		    last != W_NONE) {
			if (h->val == 2 && last != W_BIG && last != W_HUND) {
				if (times(&cur, 2, 1) == -1)
					return 0;
				last = W_HUND;
			} else if (h->val > 2 && last == W_BIG &&
			    num_iszero(&cur)) {
				if (num_scale(&total, h->val) == -1)
					return 0;
				p->sexp += h->val;
			} else if (h->val > 2) {
				if (times(&cur, h->val, 1) == -1 ||
				    num_add(&total, &cur) == -1)
					return 0;
				num_int(&cur, 0);
				p->sexp = h->val;
				last = W_BIG;
			} else
				break;
		} else if ((last == W_NONE || last == W_FRAC) &&
		    (fw_word_is(s, n, j, "a") || fw_word_is(s, n, j, "an"))) {
			k = fw_word_is(s, n, j, "a") ? 1 : 2;
			if (last == W_NONE)
				num_int(&cur, 1);
			last = W_A;
			nw++;
			j += k;
			continue;	/* "a" waits for what follows */
		} else
			break;
		nw++;
		end = j += k;
	}
	if (nw == 0 || (last == W_A && end <= i))
		return 0;
	if (num_add(&total, &cur) == -1)
		return 0;
	if (end == i)
		return 0;
	p->v = total;
	p->nend = end;
	p->words = 1;
	if (nw > 1)
		p->one = 0;
	return 1;
}

/* A currency before the number: $5, US$7, £600m, Tk 500, Rs299, INR 4. */
static void
prefix(const char *s, struct part *p)
{
	const struct figword *h;
	size_t j = p->start, st;

	if (j > 0 && s[j - 1] == ' ')
		j--;
	if ((st = fw_match_before(s, j, fw_cursym, &h)) == j || h == NULL)
		st = fw_match_before(s, j, fw_curpre, &h);
	if (h == NULL || st == j)
		return;
	p->start = st;
	p->unit = h->canon;
	p->cur = 1;
}

/* A hyphenated unit: three-day, 20-year-old, 11-party.  Its end or 0. */
static size_t
hyph_unit(const char *s, size_t n, struct part *p)
{
	static const char *const ratio_w[] = { "for", "to", "by", "in" };
	WORDLIST(ratio);
	const struct figword *h;
	size_t j = p->end, k;

	if (j + 1 >= n || s[j] != '-' || !txt_islower(s[j + 1]))
		return 0;
	k = txt_word_len(s, n, j + 1);
	if (k == 4 && txt_ncaseeq(s + j + 1, "plus", 4))
		return 0;
	if (wl_has(&ratio, s + j + 1, k))
		return (size_t)-1;	/* two-for-one, 2-for-1 */
	if (k == 3 && txt_ncaseeq(s + j + 1, "odd", 3)) {
		p->qual = FIG_APPROX;	/* 30,000-odd */
		return j + 4;
	}
	if (wl_has(&fw_stop, s + j + 1, k))
		return 0;		/* S$9.55-per-share */
	if (fw_match(s, n, j + 1, fw_measure, &h) == k && h != NULL)
		p->unit = h->canon;
	else if (fw_match(s, n, j + 1, fw_pct, &h) == k && h != NULL)
		p->unit = h->canon;
	else {
		p->ustart = j + 1;
		p->ulen = k;
	}
	j += 1 + k;
	if (j + 4 <= n && txt_ncaseeq(s + j, "-old", 4) &&
	    fw_word_end(s, n, j + 4))
		j += 4;
	p->hyph = 1;
	return j;
}

/*
 * A glued "m" is million ($5m, 38m) unless what follows is said of a
 * length: 1.8m tall, the 100m sprint, a 30m-high wall.
 */
static int
metres(const char *s, size_t n, size_t j, const struct part *p)
{
	static const char *const len_w[] = {
		"tall", "high", "long", "deep", "wide", "away", "race",
		"races", "sprint", "hurdles", "freestyle", "backstroke",
		"breaststroke", "butterfly", "medley", "relay", "record",
		"title", "final", "heats", "champion", "medal", "medallist",
		"gold", "silver", "bronze", "runner", "above", "below",
		"thick", "span", "radius", "diameter", "underground"
	};
	WORDLIST(len);
	size_t k, wl, w, bl;

	if (p->cur)
		return 0;
	if (j < n && s[j] == '-')
		return 1;
	k = fw_skip_space(s, n, j);
	for (wl = 0; k + wl < n && txt_islower(s[k + wl]); wl++)
		;
	if (wl_has(&len, s + k, wl))
		return 1;
	/*
	 * "the 800m and the 1500m", "the women's 200m", "a 40m penalty":
	 * after an article or a possessive, with nothing counted after it,
	 * it names a distance; "the 38m people" counts.
	 */
	if ((k < n && wl > 0 && plural(s + k, wl)) || (wl == 2 &&
	    txt_ncaseeq(s + k, "of", 2)))
		return 0;
	w = word_before(s, p->start, &bl);
	if (bl == 1 && s[w] == 's' && w > 0 && (s[w - 1] == '\'' ||
	    (w >= 3 && (unsigned char)s[w - 1] == 0x99 &&
	    (unsigned char)s[w - 3] == 0xe2)))
		return 1;	/* women's, women’s */
	return (bl == 3 && txt_ncaseeq(s + w, "the", 3)) ||
	    (bl == 1 && txt_tolower(s[w]) == 'a');
}

/*
 * "Pounds" is weight, not sterling, when no symbol or scale makes it
 * money and the words say so: 2 pounds of sugar, weighed 25 pounds.
 */
static int
weight(const char *s, size_t n, const struct part *p)
{
	static const char *const verb_w[] = {
		"weigh", "weighs", "weighed", "weighing", "lost", "lose",
		"gained", "gain", "heavy", "heavier"
	};
	WORDLIST(verb);
	size_t k, w, wl;
	int nw;

	if (p->sexp != 0 || !txt_isdigit(s[p->nstart]) ||
	    p->start != p->nstart || !txt_islower(s[p->end - 1]))
		return 0;
	k = fw_skip_space(s, n, p->end);
	if (fw_word_is(s, n, k, "of"))
		return 1;
	for (w = p->start, nw = 0; nw < 4; nw++) {
		w = word_before(s, w, &wl);
		if (wl == 0)
			break;
		if (wl_has(&verb, s + w, wl))
			return 1;
	}
	return 0;
}

/*
 * A currency named without its country (rupees, francs, crowns, pesos) is
 * the one of the country the text names: "Sri Lanka ... 250 mln rupees"
 * is LKR.  Else the table's code.  The cues are capitalised words.
 */
static const char *
by_country(const char *s, size_t n, const struct figword *h)
{
	static const struct {
		const char	*bare;		/* the code of the bare name */
		const char	*cue;		/* a word that starts so */
		const char	*code;
	} cue[] = {
		{ "INR", "Sri Lanka", "LKR" }, { "INR", "Colombo", "LKR" },
		{ "INR", "Pakistan", "PKR" }, { "INR", "Karachi", "PKR" },
		{ "INR", "Islamabad", "PKR" }, { "INR", "Nepal", "NPR" },
		{ "INR", "Kathmandu", "NPR" }, { "INR", "Mauriti", "MUR" },
		{ "CHF", "France", "FRF" }, { "CHF", "French", "FRF" },
		{ "CHF", "Paris", "FRF" }, { "CHF", "Belgi", "BEF" },
		{ "CHF", "Brussels", "BEF" }, { "CHF", "Luxembourg", "LUF" },
		{ "SEK", "Denmark", "DKK" }, { "SEK", "Danish", "DKK" },
		{ "SEK", "Copenhagen", "DKK" }, { "SEK", "Norw", "NOK" },
		{ "SEK", "Oslo", "NOK" }, { "SEK", "Czech", "CZK" },
		{ "SEK", "Prague", "CZK" }, { "SEK", "Iceland", "ISK" },
		{ "MXN", "Philippin", "PHP" }, { "MXN", "Manila", "PHP" },
		{ "MXN", "Argentin", "ARS" }, { "MXN", "Buenos Aires", "ARS" },
		{ "MXN", "Chile", "CLP" }, { "MXN", "Santiago", "CLP" },
		{ "MXN", "Colombia", "COP" }, { "MXN", "Bogota", "COP" },
		{ "MXN", "Cuba", "CUP" }, { "MXN", "Urugua", "UYU" },
	};
	const char *at;
	size_t k, len;

	/* only a bare name: "swiss francs" says its country */
	if (strchr(h->w, ' ') != NULL || strchr(h->w, '.') != NULL)
		return h->canon;
	for (k = 0; k < sizeof(cue) / sizeof(cue[0]); k++) {
		if (cue[k].bare[0] != h->canon[0] ||
		    strcmp(cue[k].bare, h->canon) != 0)
			continue;
		len = strlen(cue[k].cue);
		for (at = s; (at = memchr(at, cue[k].cue[0],
		    n - (size_t)(at - s))) != NULL; at++)
			if ((size_t)(s + n - at) >= len &&
			    memcmp(at, cue[k].cue, len) == 0 &&
			    fw_word_start(s, (size_t)(at - s)))
				return cue[k].code;
	}
	return h->canon;
}

/* Apply a scale word of power e to p. */
static int
scale(struct part *p, int e)
{
	if (p->sexp + e > 12 || num_scale(&p->v, e) == -1)
		return -1;
	p->sexp += e;
	return 0;
}

/*
 * suffix: what follows the number: scale words (1.2 million, $5bn, 3k,
 * Tk 4 lakh crore), then percent, currency or unit of measure.  -1 when
 * letters glued to the digits make it no figure (4pm, 5G, 1990s).
 */
static int
suffix(const char *s, size_t n, struct part *p)
{
	const struct figword *h;
	size_t j, k;
	int glued;

	for (;;) {
		j = p->end;
		glued = j < n && !p->words && j == p->nend && txt_isalpha(s[j]);
		if (glued && s[j] == 'm' && fw_word_end(s, n, j + 1) &&
		    metres(s, n, j + 1, p)) {
			p->unit = "m";
			p->end = j + 1;
			break;
		}
		if (glued && s[j] == 'K' && !p->cur && p->v.nd == 1 &&
		    p->v.exp == 0 && fw_word_end(s, n, j + 1))
			return -1;	/* 4K video, an 8K race: not 4,000 */
		if (glued && (k = fw_match(s, n, j, fw_attscale, &h)) != 0 &&
		    (h->w[1] != '\0' || h->w[0] == 'k' || h->w[0] == 'm' ||
		    p->cur)) {
			if (scale(p, h->val) == -1)
				return -1;
			p->end = j + k;
			continue;
		}
		if (j + 1 < n && s[j] == '-' && txt_isalpha(s[j + 1]) &&
		    (k = fw_match(s, n, j + 1, fw_big, &h)) != 0 &&
		    h->val > 2) {
			/* a Tk 500-crore project, a $2-billion deal */
			if (scale(p, h->val) == -1)
				return -1;
			p->end = j + 1 + k;
			continue;
		}
		if (glued && (s[j] == 'C' || s[j] == 'F') &&
		    fw_word_end(s, n, j + 1) && !p->cur && p->sexp == 0) {
			/* 25C, -5C: temperatures, British style */
			p->unit = s[j] == 'C' ? "\xc2\xb0" "C" : "\xc2\xb0" "F";
			p->end = j + 1;
			break;
		}
		if (glued || j >= n)
			break;
		j = fw_skip_space(s, n, j);
		if (j == p->end || j - p->end > 3)
			break;
		if ((fw_word_is(s, n, j, "dozen") ||
		    fw_word_is(s, n, j, "dozens")) && p->sexp == 0) {
			if (num_mul(&p->v, 12) == -1)
				return -1;
			p->end = j + txt_word_len(s, n, j);
			continue;	/* 3 dozen */
		}
		if ((k = fw_match(s, n, j, fw_big, &h)) != 0 && h->val > 2 &&
		    (txt_islower(s[j]) || !p->words)) {
			if (scale(p, h->val) == -1)
				return -1;
			p->end = j + k;
			continue;
		}
		break;
	}
	j = p->end;
	glued = j < n && j == p->nend && !p->words && !txt_space_at(s, n, j);
	if (!glued)
		j = fw_skip_space(s, n, j);
	if (j - p->end > 3)
		j = p->end;
	/* "half a percentage point" */
	k = fw_word_is(s, n, j, "a") ? 1 : fw_word_is(s, n, j, "an") ? 2 : 0;
	if (p->words && p->unit == NULL && k > 0 &&
	    unit_word_at(s, n, fw_skip_space(s, n, j + k)))
		j = fw_skip_space(s, n, j + k);
	if (p->unit != NULL && !p->cur)
		;	/* 1.8m tall: the unit is known */
	else if ((k = fw_match(s, n, j, fw_pct, &h)) != 0 &&
	    (j > p->end || h->w[0] == '%' || h->w[0] == 'p') &&
	    (h->canon[0] == '%' || !p->cur)) {
		p->unit = h->canon;
		p->end = j + k;
	} else if (!p->cur && (k = fw_match(s, n, j, fw_cursuf, &h)) != 0 &&
	    (j > p->end || h->w[0] == 'p' || h->w[0] == 'c' ||
	    (unsigned char)h->w[0] >= 0x80)) {
		p->unit = by_country(s, n, h);
		p->cur = 1;
		p->end = j + k;
	} else if (!p->cur && j > p->end && j + 1 < n && txt_isupper(s[j]) &&
	    txt_isupper(s[j + 1]) &&
	    (k = fw_match(s, n, j, fw_curpre, &h)) != 0) {
		/* 7 EUR: a code after the number, in capitals */
		p->unit = h->canon;
		p->cur = 1;
		p->end = j + k;
	} else if (!p->cur && p->sexp > 0 &&
	    (k = fw_match(s, n, j, fw_curscale, &h)) != 0) {
		p->unit = h->canon;
		p->cur = 1;
		p->end = j + k;
	} else if (!p->cur && (k = fw_match(s, n, j, fw_measure, &h)) != 0 &&
	    (j > p->end || txt_isalpha(h->w[0]) || h->w[0] == '\xc2')) {
		p->unit = h->canon;
		p->end = j + k;
	} else if (glued && !p->cur && j + 1 <= n && (s[j] == 'p' ||
	    s[j] == 'P') && fw_word_end(s, n, j + 1) && p->sexp == 0) {
		p->unit = "pence";	/* 97p */
		p->cur = 1;
		p->end = j + 1;
	} else if ((k = hyph_unit(s, n, p)) == (size_t)-1)
		return -1;
	else if (k != 0)
		p->end = k;
	if (p->unit != NULL && p->end > p->nend)
		p->unitpost = 1;
	if (p->end < n && p->end == p->nend && !p->words &&
	    txt_isalpha(s[p->end]))
		return -1;
	if (p->end < n && txt_isalnum(s[p->end]) &&
	    txt_isalnum(s[p->end - 1]))
		return -1;
	if (p->unit != NULL && strcmp(p->unit, "GBP") == 0 &&
	    weight(s, n, p))
		p->unit = "lb";
	/* "0.15 of a percentage point" */
	if (p->unit == NULL && (k = fw_phrase(s, n,
	    fw_skip_space(s, n, p->end), "of a percentage point")) != 0) {
		p->unit = "pp";
		p->end = fw_skip_space(s, n, p->end) + k;
	}
	return 0;
}

/* The word that ends just before s[j] (one space between): its start. */
static size_t
word_before(const char *s, size_t j, size_t *len)
{
	size_t e;

	*len = 0;
	if (j == 0 || s[j - 1] != ' ')
		return j;
	e = --j;
	while (j > 0 && txt_isalpha(s[j - 1]))
		j--;
	if (!fw_word_start(s, j))
		return e + 1;
	*len = e - j;
	return j;
}

/* The start of the next number after an optional currency, or n. */
static size_t
num_after(const char *s, size_t n, size_t j)
{
	const struct figword *h;
	size_t k;

	if ((k = fw_match(s, n, j, fw_cursym, &h)) != 0 ||
	    (k = fw_match(s, n, j, fw_curpre, &h)) != 0) {
		j += k;
		if (j < n && s[j] == ' ')
			j++;
	}
	if (j + 1 < n && (s[j] == '+' || s[j] == '-') && txt_isdigit(s[j + 1]))
		return j + 1;
	if (j < n && txt_isalnum(s[j]))
		return j;
	return n;
}

/* A verb of change among the few words before s[w]: "rose 5%, from". */
static int
changed(const char *s, size_t w)
{
	size_t k, st;
	int nw;

	for (nw = 0, k = w; nw < 6 && k > 0; nw++) {
		while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == ','))
			k--;
		st = k;
		while (st > 0 && (txt_isalnum(s[st - 1]) || s[st - 1] == '.' ||
		    s[st - 1] == '%'))
			st--;
		if (st == k)
			return 0;
		if (wl_has(&fw_change, s + st, k - st))
			return 1;
		k = st;
	}
	return 0;
}

/*
 * range: "10-15", "between 5 and 7", "1,750 to 1,780 dlrs", "Tk 50 to 60
 * lakh": a becomes the range, b the high end.  1 if so; 0 if not; -1
 * when the pair is no figure at all (a score 6-3, a phone 555-1234).
 */
static int
range(const char *s, size_t n, struct part *a, struct part *b)
{
	struct num lo;
	size_t j, k, w, wl, skip;
	int tight = 0, between = 0, from = 0, hang = 0;

	if (a->vague || a->hyph || a->qual != FIG_EQ)
		return 0;
	w = word_before(s, a->start, &wl);
	between = wl == 7 && txt_ncaseeq(s + w, "between", 7);
	from = wl == 4 && txt_ncaseeq(s + w, "from", 4);
	j = a->end;
	if ((k = dash_at(s, n, j)) != 0 && j + k + 3 < n && s[j + k] == ' ' &&
	    fw_word_is(s, n, j + k + 1, "to")) {
		/* "8- to 16-metre": the unit of the high end is the low's */
		j = fw_skip_space(s, n, j + k + 3);
		hang = 1;
	} else if (k != 0) {
		tight = 1;
		j += k;
	} else {
		j = fw_skip_space(s, n, j);
		if (j == a->end)
			return 0;
		if ((k = dash_at(s, n, j)) != 0 && txt_space_at(s, n, j + k))
			j = fw_skip_space(s, n, j + k);
		else if (fw_word_is(s, n, j, "to"))
			j = fw_skip_space(s, n, j + 2);
		else if (fw_word_is(s, n, j, "through"))
			j = fw_skip_space(s, n, j + 7);
		else if (between && fw_word_is(s, n, j, "and"))
			j = fw_skip_space(s, n, j + 3);
		else
			return 0;
	}
	if ((j = num_after(s, n, j)) >= n || !core(s, n, j, b, &skip) ||
	    (hang && !b->hyph))
		return 0;
	if (b->vague || (a->unit != NULL && b->unit != NULL &&
	    strcmp(a->unit, b->unit) != 0) || (a->unitpost &&
	    b->unit == NULL))
		return 0;
	if (tight && a->plain && b->plain && ((a->nend - a->nstart == 3 &&
	    b->nend - b->nstart == 4) || (b->end + 1 < n &&
	    s[b->end] == '-' && txt_isdigit(s[b->end + 1])))) {
		b->end = skip_token(s, n, b->end);
		return -1;	/* 555-1234, 1-800-222-2222 */
	}
	lo = a->v;
	if (a->sexp == 0 && b->sexp > 0 && num_scale(&lo, b->sexp) == -1)
		return 0;
	if (num_cmp(&lo, &b->v) >= 0)
		return tight && a->plain && b->plain && a->unit == NULL &&
		    b->unit == NULL ? -1 : 0;
	if (from && changed(s, w))
		return 0;	/* rose from 5 to 7: two figures */
	a->v = lo;
	if (a->sexp == 0)
		a->sexp = b->sexp;
	if (a->unit == NULL) {
		a->unit = b->unit;
		a->cur = b->cur;
	}
	if (a->unit == NULL && a->ulen == 0) {
		a->ustart = b->ustart;
		a->ulen = b->ulen;
	}
	a->qual = FIG_RANGE;
	if (between || from)
		a->start = w;
	a->end = b->end;
	return 1;
}

/* "1.25 and 1.89 mln tonnes": the scale of the second counts for both. */
static void
elided(const char *s, size_t n, struct part *a)
{
	struct part b;
	size_t j, skip;

	if (a->sexp != 0 || a->unit != NULL || a->words || a->ulen != 0)
		return;
	j = fw_skip_space(s, n, a->end);
	if (fw_word_is(s, n, j, "and"))
		j = fw_skip_space(s, n, j + 3);
	else if (fw_word_is(s, n, j, "or"))
		j = fw_skip_space(s, n, j + 2);
	else
		return;
	if (j >= n || !txt_isdigit(s[j]) || !core(s, n, j, &b, &skip) ||
	    b.sexp == 0 || b.words)
		return;
	if (scale(a, b.sexp) == 0 && b.unit != NULL && !b.cur)
		a->unit = b.unit;
}

/* Bound words: "more than 6,000" (in the span), "about 400" (not). */
static void
bounds(const char *s, size_t n, struct part *p)
{
	const struct figword *h;
	size_t st, j, k;

	if (p->qual == FIG_EQ) {
		st = fw_match_before(s, p->start, fw_before, &h);
		if (h != NULL) {
			p->qual = (enum fig_qual)h->val;
			if (h->canon[0] == 'i')
				p->start = st;
		}
	}
	j = p->end < n && s[p->end] == '-' ? p->end :
	    fw_skip_space(s, n, p->end);
	if (p->qual == FIG_EQ && (k = fw_match(s, n, j, fw_after, &h)) != 0) {
		p->qual = (enum fig_qual)h->val;
		p->end = j + k;
	}
}

/*
 * "Dhaka-7, 8 and 10", "Chattogram-2 and 4": bare numbers listed after
 * a name with a number are names too.  Walks back over the list.
 */
static int
listed_id(const char *s, size_t i)
{
	size_t j, k;
	int hops;

	for (hops = 0; hops < 20; hops++) {
		j = i;
		if (j >= 5 && txt_ncaseeq(s + j - 5, " and ", 5))
			j -= 5;
		else if (j >= 4 && txt_ncaseeq(s + j - 4, " or ", 4))
			j -= 4;
		else if (j >= 2 && s[j - 2] == ',' && s[j - 1] == ' ')
			j -= 2;
		else
			return 0;
		for (k = j; k > 0 && txt_isdigit(s[k - 1]); k--)
			;
		if (k == j)
			return 0;
		if (k >= 2 && s[k - 1] == '-' && txt_isalpha(s[k - 2]))
			return 1;	/* the name: Dhaka-7 */
		if (k > 0 && !txt_space_at(s, j, k - 1))
			return 0;
		i = k;
	}
	return 0;
}

/* A capital anywhere in the word: Boeing, iPhone, eBay. */
static int
capital(const char *w, size_t len)
{
	size_t k;

	for (k = 0; k < len; k++)
		if (txt_isupper(w[k]))
			return 1;
	return 0;
}

/* A word that names: War, Formula; not a word of a headline in
 * capitals (BRIDGE), which a short acronym (BBC) cannot be told from. */
static int
name_word(const char *w, size_t len)
{
	return len > 1 && txt_isupper(w[0]) && txt_islower(w[1]);
}

/* A capitalised word follows s[j], after a space or a hyphen. */
static int
capital_next(const char *s, size_t n, size_t j)
{
	size_t k = j < n && s[j] == '-' ? j + 1 : fw_skip_space(s, n, j);

	return k > j && k + 1 < n && txt_isupper(s[k]) && txt_islower(s[k + 1]);
}

/*
 * A headline in title case ("Firm Signs Deals with Five Banks") has a
 * capitalised word before the small word at s[w].
 */
static int
title_case(const char *s, size_t w)
{
	size_t v, vl;

	v = word_before(s, w, &vl);
	return vl > 0 && capital(s + v, vl);
}

/* "7-6 (5)": the tie-break of a set, after its score. */
static int
tiebreak(const char *s, size_t n, const struct part *p)
{
	size_t k = p->start;

	if (k < 5 || s[k - 1] != '(' || p->end >= n || s[p->end] != ')' ||
	    s[k - 2] != ' ' || !txt_isdigit(s[k - 3]))
		return 0;
	for (k -= 3; k > 0 && txt_isdigit(s[k - 1]); k--)
		;
	return k >= 2 && s[k - 1] == '-' && txt_isdigit(s[k - 2]);
}

/* "1. Mobility", "2) Costs": a number that opens the text numbers a list. */
static int
enumerator(const char *s, size_t n, const struct part *p)
{
	size_t k;

	for (k = 0; k < p->start; k++)
		if (!txt_space_at(s, n, k))
			return 0;
	return p->end + 1 < n && (s[p->end] == '.' || s[p->end] == ')') &&
	    s[p->end + 1] == ' ';
}

/*
 * A bare integer after a capitalised word is a name, not a figure:
 * Boeing 737, Article 370, Windows 10; and after a word that labels
 * things by number: No., page, room, flight.
 */
static int
named(const char *s, size_t n, const struct part *p)
{
	const struct figword *h;
	size_t w, wl;

	if (!(p->plain || p->words) || p->vague || p->cur ||
	    p->sexp != 0 || p->qual != FIG_EQ || p->hyph ||
	    p->nstart != p->start)
		return 0;
	if (p->start >= 4 && txt_ncaseeq(s + p->start - 4, "no. ", 4))
		return 1;
	w = word_before(s, p->start, &wl);
	if (wl > 0 && wl_has(&fw_label, s + w, wl) && (p->unit == NULL ||
	    p->end == p->nend + 1))
		return 1;	/* flight 370, page 12, room 25C */
	if (p->words && wl > 0 && !capital(s + w, wl) &&
	    txt_isupper(s[p->start]) && capital_next(s, n, p->end) &&
	    !title_case(s, w))
		return 1;	/* the Five Nations, the Three Gorges */
	if (p->words && txt_isupper(s[p->start]) && p->start >= 2 &&
	    s[p->start - 1] == '-' && txt_isalpha(s[p->start - 2]))
		return 1;	/* Take-Two: a name */
	if (p->words && wl > 0 && name_word(s + w, wl) &&
	    txt_isupper(s[p->start]) && txt_islower(s[p->start + 1]) &&
	    !capital_next(s, n, p->end) &&
	    fw_match_before(s, p->start, fw_before, &h) == p->start)
		return 1;	/* World War Two, Formula One racing */
	if (p->words || p->unit != NULL)
		return 0;
	if (listed_id(s, p->start) || enumerator(s, n, p) ||
	    tiebreak(s, n, p))
		return 1;
	if (wl == 0 || !capital(s + w, wl) || wl_has(&fw_stop, s + w, wl))
		return 0;
	/* "Roughly 20", "Nearly 70": a bound word, not a name */
	return fw_match_before(s, p->start, fw_before, &h) == p->start;
}

/* Plural nouns: the thing a number counts. */
static int
plural(const char *w, size_t len)
{
	static const char *const irr_w[] = {
		"people", "children", "men", "women", "police", "personnel",
		"staff", "cattle", "livestock", "aircraft", "sheep", "fish",
		"deer", "troops"
	};
	WORDLIST(irr);

	if (wl_has(&irr, w, len))
		return 1;
	return len > 3 && w[len - 1] == 's' && w[len - 2] != 's' &&
	    w[len - 2] != 'u' && w[len - 2] != 'i' && w[len - 2] != '\'';
}

/* A lower-case word at s[j] (letters, inner hyphens): its length. */
static size_t
lcword(const char *s, size_t n, size_t j)
{
	size_t k = j;

	while (k < n && (txt_islower(s[k]) || (s[k] == '-' && k > j &&
	    k + 1 < n && txt_islower(s[k + 1]))))
		k++;
	/* p.m., U.S.: abbreviations are not what is counted */
	if (k - j < 2 || (k + 1 < n && s[k] == '.' && txt_isalpha(s[k + 1])))
		return 0;
	return fw_word_end(s, n, k) ? k - j : 0;
}

/*
 * A capitalised plural standing alone, the people counted: "600,000
 * Israelis live", "1 million Indonesians could".  Its length, or 0 when
 * it is not (Rohingya refugees, New York banks).
 */
static size_t
people(const char *s, size_t n, size_t j)
{
	size_t k, next;

	for (k = j; k < n && txt_isalpha(s[k]); k++)
		;
	if (k - j <= 3 || s[k - 1] != 's' || !txt_isupper(s[j]) ||
	    !txt_islower(s[j + 1]) || !fw_word_end(s, n, k))
		return 0;
	next = fw_skip_space(s, n, k);
	return next < n && txt_isupper(s[next]) ? 0 : k - j;
}

/*
 * "out of ten", and "in five" after a small count ("one in five adults",
 * "1 in 10 children"): its end, or 0.
 */
static size_t
out_of(const char *s, size_t n, size_t j, const struct part *p)
{
	const struct figword *h;
	size_t k, i;
	unsigned first, whole;

	if (fw_word_is(s, n, j, "in") && !p->cur && p->unit == NULL &&
	    p->sexp == 0 && p->v.nd == 1 && p->v.exp <= 1) {
		/* a proportion: a small count in a larger one, then the
		 * thing counted ("his fifty in 19 balls" is none) */
		first = (unsigned)(p->v.d[0] - '0') * (p->v.exp == 1 ? 10 : 1);
		j = fw_skip_space(s, n, j + 2);
		if (j < n && txt_isdigit(s[j]) && digrun(s, n, j) <= 3) {
			k = j + digrun(s, n, j);
			for (whole = 0, i = j; i < k; i++)
				whole = whole * 10 + (unsigned)(s[i] - '0');
		} else if ((k = fw_match(s, n, j, fw_small, &h)) != 0) {
			whole = (unsigned)h->val;
			k += j;
		} else
			return 0;
		if (whole <= first)
			return 0;
		j = fw_skip_space(s, n, k);
		return j > k && j < n && txt_islower(s[j]) &&
		    lcword(s, n, j) > 0 &&
		    !wl_has(&fw_stop, s + j, lcword(s, n, j)) &&
		    fw_match(s, n, j, fw_measure, &h) == 0 ? k : 0;
	}
	if (!fw_word_is(s, n, j, "out"))
		return 0;
	j = fw_skip_space(s, n, j + 3);
	if (!fw_word_is(s, n, j, "of"))
		return 0;
	j = fw_skip_space(s, n, j + 2);
	if (j < n && txt_isdigit(s[j]))
		return j + digrun(s, n, j);
	return (k = fw_match(s, n, j, fw_small, &h)) != 0 ? j + k : 0;
}

/* "number one", "top ten": a number word that is part of a modifier. */
static int
compound(const char *s, size_t j)
{
	static const char *const head_w[] = { "number", "top" };
	WORDLIST(head);
	size_t w, wl;

	w = word_before(s, j, &wl);
	return wl > 0 && wl_has(&head, s + w, wl);
}

/* "of the", "of his" at s[j]: the end of the determiner, or 0. */
static size_t
partitive(const char *s, size_t n, size_t j)
{
	static const char *const det_w[] = {
		"her", "his", "its", "my", "our", "the", "their", "these",
		"those", "your"
	};
	WORDLIST(det);
	size_t k, len;

	if (!fw_word_is(s, n, j, "of"))
		return 0;
	k = fw_skip_space(s, n, j + 2);
	for (len = 0; k + len < n && txt_islower(s[k + len]); len++)
		;
	return len > 0 && fw_word_end(s, n, k + len) &&
	    wl_has(&det, s + k, len) ? k + len : 0;
}

/*
 * "40, 50 and 60 people": where the last number of a list of plain
 * numbers that goes on from s[j] ends, for its noun; or 0.
 */
static size_t
list_end(const char *s, size_t n, size_t j)
{
	size_t k;
	int hops;

	for (hops = 0; hops < 8; hops++) {
		if (j + 2 < n && s[j] == ',' && s[j + 1] == ' ')
			k = j + 2;
		else if (j + 1 < n && s[j] == ' ' &&
		    (fw_word_is(s, n, j + 1, "and") ||
		    fw_word_is(s, n, j + 1, "or")))
			k = fw_skip_space(s, n, j + (s[j + 1] == 'a' ? 4 : 3));
		else
			return 0;
		if (k >= n || !txt_isdigit(s[k]) || digrun(s, n, k) > 3)
			return 0;
		j = k + digrun(s, n, k);
		if (j < n && s[j] == '.' && j + 1 < n && txt_isdigit(s[j + 1]))
			j += 1 + digrun(s, n, j + 1);
		if (j < n && txt_isalnum(s[j]))
			return 0;
		if (k > 0 && s[k - 1] == ' ' && s[k - 2] != ',')
			return j;	/* the last: after "and" or "or" */
	}
	return 0;
}

/*
 * noun: the thing counted, after the figure, not in its span: the first
 * plural among the next three words ("97 long-finned pilot whales"), or
 * the word right after ("15 aircraft"), stopping at function words.
 */
static void
noun(const char *s, size_t n, struct part *p)
{
	const struct figword *h;
	size_t j = p->end, k, len, first = 0, flen = 0;
	int w;

	if (p->vague) {
		/* "dozens of children", "scores of buildings", "billions of
		 * dollars": the currency joins the span, the noun does not */
		k = fw_skip_space(s, n, j);
		if (fw_word_is(s, n, k, "of"))
			j = k + 2;
		else if (!(j >= 2 && txt_ncaseeq(s + j - 2, "of", 2)))
			return;
		k = fw_skip_space(s, n, j);
		if ((len = fw_match(s, n, k, fw_cursuf, &h)) != 0) {
			p->unit = h->canon;
			p->cur = 1;
			p->end = k + len;
			return;
		}
	}
	for (w = 0; w < 5; w++) {
		k = fw_skip_space(s, n, j);
		if (k == j || k - j > 2)
			break;
		j = k;
		if (w == 0 && (k = out_of(s, n, j, p)) != 0) {
			j = k;		/* eight out of ten companies */
			continue;
		}
		if (w == 0 && !p->one && p->v.exp >= 0 &&
		    (k = partitive(s, n, j)) != 0) {
			j = k;		/* a dozen of his supporters */
			continue;
		}
		if (j < n && (txt_isupper(s[j]) || txt_isdigit(s[j]) ||
		    (unsigned char)s[j] >= 0x80 || s[j] == '\'' ||
		    s[j] == '"')) {
			/* 600,000 Israelis; Rohingya refugees; COVID-19
			 * cases; Boeing 737-800 planes; 'No' votes */
			if (w == 0 && (len = people(s, n, j)) != 0) {
				p->ustart = j;
				p->ulen = len;
				return;
			}
			while (j < n && !txt_space_at(s, n, j) && s[j] != ',')
				j++;
			continue;
		}
		if ((len = lcword(s, n, j)) == 0 ||
		    wl_has(&fw_stop, s + j, len) ||
		    (fw_match(s, n, j, fw_small, &h) == len &&
		    !compound(s, j)))
			break;	/* a function word, or the next number */
		if (plural(s + j, len)) {
			p->ustart = j;
			p->ulen = len;
			return;
		}
		if (w == 0 && !(len > 2 && (txt_ncaseeq(s + j + len - 2, "ed",
		    2) || txt_ncaseeq(s + j + len - 2, "ly", 2))) &&
		    !(len > 3 && txt_ncaseeq(s + j + len - 3, "ing", 3))) {
			first = j;
			flen = len;
		}
		j += len;
	}
	if (first != 0) {
		p->ustart = first;
		p->ulen = flen;
	} else if (!p->vague && (j = list_end(s, n, p->end)) != 0) {
		/* the noun of the list's last number counts for all */
		k = fw_skip_space(s, n, j);
		if (k == j)
			return;
		if ((len = fw_match(s, n, k, fw_measure, &h)) != 0 &&
		    txt_isalpha(s[k]))
			p->unit = h->canon;	/* 20 or 30 years */
		else if ((len = lcword(s, n, k)) != 0 &&
		    plural(s + k, len) && !wl_has(&fw_stop, s + k, len)) {
			p->ustart = k;
			p->ulen = len;
		}
	}
}

/*
 * "a six", "a massive winning six": a number word after "a" with only
 * adjectives between, and nothing counted after it, is a noun (a hit for
 * six runs), not a figure.
 */
static int
a_noun(const char *s, const struct part *p)
{
	size_t w = p->start, wl;
	int hops;

	if (!p->words || p->vague || p->unit != NULL || p->ulen != 0 ||
	    p->sexp != 0 || p->qual != FIG_EQ || p->hyph || p->one)
		return 0;
	for (hops = 0; hops < 3; hops++) {
		w = word_before(s, w, &wl);
		if (wl == 0 || capital(s + w, wl))
			return 0;
		if ((wl == 1 && txt_tolower(s[w]) == 'a') ||
		    (wl == 2 && txt_ncaseeq(s + w, "an", 2)))
			return 1;
		if (wl_has(&fw_stop, s + w, wl))
			return 0;
	}
	return 0;
}

/* "one" alone is a pronoun (one of them, the one) unless it counts. */
static int
pronoun(const char *s, const struct part *p)
{
	size_t w, wl;

	if (!p->one || p->unit != NULL || p->sexp != 0 || p->hyph ||
	    p->nend != p->end)
		return 0;
	w = word_before(s, p->start, &wl);
	if (wl > 0 && wl_has(&fw_notone, s + w, wl))
		return 1;
	return p->ulen == 0;
}

/* Copy len bytes into the pool, lower-cased when fold; the offset. */
static size_t
pool_add(struct fig_list *l, const char *str, size_t len, int fold)
{
	size_t off = l->plen, k;

	if (l->plen + len + 1 > l->pcap)
		xgrow(&l->pool, &l->pcap, l->plen + len + 1, 1);
	for (k = 0; k < len; k++)
		l->pool[off + k] = fold ? (char)txt_tolower(str[k]) : str[k];
	l->pool[off + len] = '\0';
	l->plen += len + 1;
	return off;
}

static void
emit(struct fig_list *l, const char *s, const struct part *p,
    const struct num *hi)
{
	char buf[NUM_STRMAX];
	struct fig *f;
	size_t len;

	if (l->n + 1 > l->cap)
		xgrow(&l->v, &l->cap, l->n + 1, sizeof(*l->v));
	f = &l->v[l->n++];
	f->start = p->start;
	f->end = p->end;
	f->qual = p->qual;
	len = num_format(&p->v, buf);
	f->value = pool_add(l, buf, len, 0);
	len = hi != NULL ? num_format(hi, buf) : 0;
	f->hi = pool_add(l, buf, len, 0);
	if (p->unit != NULL)
		f->unit = pool_add(l, p->unit, strlen(p->unit), 0);
	else
		f->unit = pool_add(l, s + p->ustart, p->ulen, 1);
}

/*
 * core: the number at s[i] with its currency, scale and unit.  0 when
 * there is none; *skip is where scanning goes on.
 */
static int
core(const char *s, size_t n, size_t i, struct part *p, size_t *skip)
{
	size_t w, wl;
	int r;

	memset(p, 0, sizeof(*p));
	p->start = p->nstart = i;
	if (txt_isdigit(s[i])) {
		if ((r = bad_before(s, n, i, p)) != 0) {
			*skip = r == 2 ? skip_phone(s, n, i) :
			    skip_token(s, n, i);
			return 0;
		}
		if (!digits_at(s, n, i, p, skip))
			return 0;
	} else if (!words_at(s, n, i, p, skip))
		return 0;
	w = word_before(s, p->nstart, &wl);
	if (!p->neg && ((wl == 5 && txt_ncaseeq(s + w, "minus", 5)) ||
	    (wl == 8 && txt_ncaseeq(s + w, "negative", 8)))) {
		p->neg = 1;	/* minus 3 degrees */
		p->nstart = w;
	}
	p->v.neg = p->neg && !num_iszero(&p->v);
	p->start = p->nstart;
	p->end = p->nend;
	if (!p->vague)
		prefix(s, p);
	if (!p->vague && suffix(s, n, p) == -1) {
		*skip = skip_token(s, n, p->nend);
		return 0;
	}
	*skip = p->end;
	return 1;
}

/* A word of time that a date may hold: days, year, weeks, quarters. */
static int
timeword(const char *w, size_t len)
{
	const struct figword *h;

	static const char *const timeunit_w[] = {
		"seconds", "minutes", "hours", "days", "weeks", "months",
		"years", "decades", "centuries"
	};
	WORDLIST(timeunit);

	return fw_match(w, len, 0, fw_measure, &h) == len && h != NULL &&
	    wl_has(&timeunit, h->canon, strlen(h->canon));
}

/*
 * Money, percentages, scaled numbers and measures (not of time) are
 * never dates: a paragraph whose figures are all such needs no date scan.
 */
static int
surely_no_date(const struct part *p)
{
	if (p->cur || p->sexp > 0 || (p->v.nd > 0 && !p->plain && !p->words))
		return 1;
	return p->unit != NULL && !timeword(p->unit, strlen(p->unit));
}

/* figure: the figure at s[i], if any, into l; where scanning goes on. */
static size_t
figure(const char *s, size_t n, size_t i, struct fig_list *l)
{
	struct part a, b;
	size_t skip;
	int r;

	if (!core(s, n, i, &a, &skip))
		return skip;
	if (named(s, n, &a))
		return skip_token(s, n, a.end);
	if ((r = range(s, n, &a, &b)) == -1)
		return b.end;
	if (r == 0)
		elided(s, n, &a);
	bounds(s, n, &a);
	if (a.unit == NULL && a.ulen == 0)
		noun(s, n, &a);
	if (pronoun(s, &a) || a_noun(s, &a))
		return a.end;
	if (l->n > 0 && a.start < l->v[l->n - 1].end)
		a.start = l->v[l->n - 1].end;
	emit(l, s, &a, r == 1 ? &b.v : NULL);
	l->v[l->n - 1].datelike = !surely_no_date(&a);
	return a.end;
}

/*
 * The words that may start a figure, apart from "a" and "an": cardinals,
 * "half" and the vague plurals.  After "a" or "an" comes a scale, a
 * fraction or "couple" ("a dozen", "a third").
 */
static const char *const startw_w[] = {
	"billions", "dozens", "eight", "eighteen", "eighty", "eleven",
	"fifteen", "fifty", "five", "forty", "four", "fourteen", "half",
	"hundreds", "millions", "nine", "nineteen", "ninety", "one", "scores",
	"seven", "seventeen", "seventy", "six", "sixteen", "sixty", "ten",
	"tens", "thirteen", "thirty", "thousands", "three", "twelve",
	"twenty", "two",
};
WORDLIST(startw);

static const char *const after_a_w[] = {
	"billion", "couple", "crore", "dozen", "fifth", "half", "hundred",
	"lakh", "million", "quarter", "sixth", "tenth", "third", "thousand",
	"trillion",
};
WORDLIST(after_a);

/*
 * A quick test that turns most words away before the list is searched:
 * the start words by their first two letters, with the lengths and the
 * third letters that may follow them, worked out on first use.
 */
#define LEN(k)		(1u << (k))
#define PAIR(a, b)	(((a) - 'a') * 26 + ((b) - 'a'))
#define T3(c)		(1u << ((c) - 'a'))

static struct pairinfo {
	unsigned short	len;
	unsigned	third;
} pair_info[26 * 26];
static int	pairs_ready;

/*
 * The scan's test of two bytes: bit b of pair_bits[a] is set when a word
 * that starts with bytes a and b may be a number word, in any case: a
 * pair of pair_info, or "a" before a non-letter or "n".
 */
static uint32_t	pair_bits[256][8];

static void
pair_set(unsigned a, unsigned b)
{
	unsigned k, l;

	for (k = 0; k < 2; k++)
		for (l = 0; l < 2; l++)
			pair_bits[a ^ (k * 0x20)][(b ^ (l * 0x20)) / 32] |=
			    (uint32_t)1 << ((b ^ (l * 0x20)) % 32);
}

static void
pair_bits_fill(void)
{
	unsigned a, b;

	for (a = 'a'; a <= 'z'; a++)
		for (b = 'a'; b <= 'z'; b++)
			if (pair_info[PAIR(a, b)].len != 0)
				pair_set(a, b);
	for (b = 0; b < 256; b++)
		if (!txt_isalpha(b)) {
			pair_bits['a'][b / 32] |= (uint32_t)1 << (b % 32);
			pair_bits['A'][b / 32] |= (uint32_t)1 << (b % 32);
		}
	pair_set('a', 'n');
}

static void
pairs_fill(void)
{
	struct pairinfo *pi;
	const char *w;
	size_t k;

	for (k = 0; k < WL_N(startw_w); k++) {
		w = startw_w[k];
		pi = &pair_info[PAIR(w[0], w[1])];
		pi->len |= (unsigned short)LEN(strlen(w));
		pi->third |= T3(w[2]);
	}
	pair_bits_fill();
	pairs_ready = 1;
}

/* The word of len letters at s[i] may be a number word. */
static inline int
maybe_word(const char *s, size_t i, size_t len)
{
	const struct pairinfo *pi;
	char a = txt_tolower(s[i]), b;

	if (a == 'a')	/* a, an: "a dozen" */
		return len == 1 || (len == 2 && txt_tolower(s[i + 1]) == 'n');
	if (len < 3 || len > 9)
		return 0;
	b = txt_tolower(s[i + 1]);
	pi = &pair_info[PAIR(a, b)];
	return (pi->len & LEN(len)) != 0 &&
	    (pi->third & T3(txt_tolower(s[i + 2]))) != 0;
}

static int
may_start(const char *s, size_t n, size_t i, size_t len)
{
	size_t k, wl;

	if (txt_tolower(s[i]) != 'a')
		return wl_has(&startw, s + i, len);
	k = fw_skip_space(s, n, i + len);
	for (wl = 0; wl < 9 && k + wl < n && txt_isalpha(s[k + wl]); wl++)
		;
	return wl_has(&after_a, s + k, wl);
}

/* A duration (P3D) counts as a figure: "three-day offensive". */
static int
duration(const char *v)
{
	return v[0] == 'P' && (txt_isdigit(v[1]) || v[1] == 'T' ||
	    v[1] == 'X');
}

/*
 * Drop the figures that overlap what the date recogniser calls a date.
 * It reads a window of some words around each figure that could be one,
 * not the whole text: dates are local, and the scan is the costly part.
 */
#define DATE_CONTEXT	20

static void
drop_dates(const char *s, size_t n, struct fig_list *l, size_t from,
    size_t to)
{
	struct date_opts o;
	const struct date_match *d;
	size_t i, j, k, m, ws, we, out;

	memset(&o, 0, sizeof(o));
	o.ref.hour = -1;
	for (i = from; i < to; i = j) {
		if (!l->v[i].datelike) {
			j = i + 1;
			continue;
		}
		ws = l->v[i].start > DATE_CONTEXT ?
		    l->v[i].start - DATE_CONTEXT : 0;
		while (ws > 0 && ws < l->v[i].start && s[ws - 1] != ' ')
			ws++;
		/* one window for the figures close together */
		for (j = i + 1, we = l->v[i].end; j <= to; j++) {
			we = l->v[j - 1].end + DATE_CONTEXT < n ?
			    l->v[j - 1].end + DATE_CONTEXT : n;
			if (j == to || l->v[j].start > we)
				break;
		}
		while (we < n && we > l->v[j - 1].end && s[we] != ' ')
			we--;
		date_scan(s + ws, we - ws, &o, &l->dates);
		/* both in text order: one pass over each */
		for (k = i, m = 0; k < j && m < l->dates.n; ) {
			d = &l->dates.v[m];
			if (ws + d->end <= l->v[k].start) {
				m++;
				continue;
			}
			if (l->v[k].datelike && !duration(d->value) &&
			    ws + d->start < l->v[k].end)
				l->v[k].datelike = -1;
			if (ws + d->end < l->v[k].end)
				m++;
			else
				k++;
		}
	}
	for (i = out = from; i < l->n; i++)
		if (i >= to || l->v[i].datelike != -1)
			l->v[out++] = l->v[i];
	l->n = out;
}

/*
 * The figures before the last one are final when a gap wider than the
 * date window parts them from it: no date window spans the gap.  Drop
 * their dates, hand them to fn, and keep only the last figure (and its
 * strings), so a huge paragraph costs memory by its densest stretch.
 * Asked again with no new figure, it does nothing.
 */
static inline void
settle(const char *s, size_t n, struct fig_list *l, size_t *from,
    fig_fn *fn, void *arg)
{
	struct fig last;
	size_t at, len;

	if (l->n < *from + 2 || l->v[l->n - 1].start <=
	    l->v[l->n - 2].end + DATE_CONTEXT)
		return;
	drop_dates(s, n, l, *from, l->n - 1);
	*from = l->n - 1;
	if (fn == NULL)
		return;
	last = l->v[--l->n];
	l->total += l->n;
	if (l->n > 0)
		fn(l, arg);
	/* its three strings, value, hi and unit, lie in that order */
	at = last.value;
	len = l->plen - at;
	memmove(l->pool, l->pool + at, len);
	last.value -= at;
	last.hi -= at;
	last.unit -= at;
	l->plen = len;
	l->v[0] = last;
	l->n = 1;
	*from = 0;
}

/*
 * letter_run: the number of ASCII letters from u[i] on.  Words are most
 * of the text, so this looks at eight bytes at a time: a byte is a letter
 * when, case folded, it lies in 'a'..'z'; the masks keep each byte's sum
 * from carrying into the next.
 */
static size_t
letter_run(const unsigned char *u, size_t n, size_t i)
{
	const uint64_t low7 = 0x7f7f7f7f7f7f7f7fULL;
	const uint64_t high = 0x8080808080808080ULL;
	const uint64_t ones = 0x0101010101010101ULL;
	uint64_t x, y, ge_a, ge_z1, other;
	size_t j = i;

	while (j + 8 <= n) {
		memcpy(&x, u + j, 8);
		y = (x | 0x2020202020202020ULL) & low7;
		ge_a = y + ones * (0x80 - 'a');
		ge_z1 = y + ones * (0x80 - 'z' - 1);
		other = ~(ge_a & ~ge_z1 & ~x) & high;
		if (other == 0) {
			j += 8;
			continue;
		}
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		return j - i + (size_t)__builtin_ctzll(other) / 8;
#else
		break;
#endif
	}
	while (j < n && txt_isalpha(u[j]))
		j++;
	return j - i;
}

/* Byte kinds for the scan: 1 a digit, 2 an ASCII letter. */
static const unsigned char scan_kind[256] = {
	['0'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['A'] = 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	    2, 2, 2, 2, 2, 2,
	['a'] = 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	    2, 2, 2, 2, 2, 2,
};

/*
 * Does the scan stop at u[i]?  At a digit, or at the first letter of a
 * word whose first two bytes may start a number word.  The three look-ups
 * do not depend on one another, and the test has no branch: the scan of
 * the bytes between stops runs at the speed of the loads.
 */
static inline unsigned
stop_at(const unsigned char *u, size_t i, unsigned next)
{
	unsigned a = u[i];

	return (scan_kind[a] & 1) | ((pair_bits[a][next / 32] >>
	    (next % 32)) & 1 & ~(i > 0 ? scan_kind[u[i - 1]] >> 1 : 0));
}

/* The first position from i on where the scan stops, or n. */
static size_t
next_cand(const unsigned char *u, size_t n, size_t i)
{
	for (; i + 1 < n; i++)
		if (stop_at(u, i, u[i + 1]))
			return i;
	if (i < n && stop_at(u, i, 0))
		return i;
	return n;
}

/*
 * fig_scan_each: find the figures of text s (n bytes), in text order, and
 * hand them to fn in batches: each call sees the next figures in l (l->v,
 * l->n, fig_str).  Returns their number.  With fn NULL all of them stay
 * in l.  l owns its memory: free it with fig_list_free.
 */
size_t
fig_scan_each(const char *s, size_t n, struct fig_list *l, fig_fn *fn,
    void *arg)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, next, wl, from = 0;

	if (!pairs_ready)
		pairs_fill();
	l->n = 0;
	l->plen = 0;
	l->total = 0;
	while ((i = next_cand(u, n, i)) < n) {
		if (txt_isdigit(s[i])) {
			next = figure(s, n, i, l);
			settle(s, n, l, &from, fn, arg);
			i = next > i ? next : i + 1;
			continue;
		}
		wl = 1 + letter_run(u, n, i + 1);
		if (maybe_word(s, i, wl) && may_start(s, n, i, wl) &&
		    fw_word_start(s, i)) {
			next = figure(s, n, i, l);
			settle(s, n, l, &from, fn, arg);
			i = next > i + wl ? next : i + wl;
		} else
			i += wl;
	}
	if (l->n > from)
		drop_dates(s, n, l, from, l->n);
	l->total += l->n;
	if (fn != NULL && l->n > 0)
		fn(l, arg);
	return l->total;
}

/*
 * fig_scan: find the figures of text s (n bytes), in text order, into l
 * (cleared first).  Returns their number.
 */
size_t
fig_scan(const char *s, size_t n, struct fig_list *l)
{
	return fig_scan_each(s, n, l, NULL, NULL);
}

const char *
fig_str(const struct fig_list *l, size_t off)
{
	return l->pool + off;
}

const char *
fig_qual_str(enum fig_qual q)
{
	static const char *const name[] = {
		"=", "~", ">", ">=", "<", "<=", ".."
	};

	return (unsigned)q < sizeof(name) / sizeof(name[0]) ? name[q] : "=";
}

void
fig_list_free(struct fig_list *l)
{
	free(l->v);
	free(l->pool);
	date_list_free(&l->dates);
	memset(l, 0, sizeof(*l));
}
