/* figwords.h -- the vocabulary of figures: number words, scales, units,
 * currencies and bounds, as data. */
#ifndef FIGWORDS_H
#define FIGWORDS_H

#include <stddef.h>
#include <string.h>

#include "text.h"
#include "wordlist.h"

/* A spelling and what it stands for. */
struct figword {
	const char	*w;		/* lower case; space matches space */
	size_t		 len;		/* strlen(w) */
	const char	*canon;		/* unit or code written out, or NULL */
	int		 val;		/* number, power of ten or fig_qual */
};

#define FW_MAX	256		/* entries of a table at most */

/*
 * What a table works out about itself on first use (fw_fill): start is
 * the first entry of each first byte, or -1, so most look-ups end on it
 * without touching the entries; end and next_end chain the entries of
 * each last byte, in table order.
 */
struct fw_index {
	short			 start[256];
	short			 end[256];
	short			 next_end[FW_MAX];
	int			 filled;
};

/* A table, sorted by spelling (bytes), for the search by first byte. */
struct figtab {
	const struct figword	*v;
	size_t			 n;
	struct fw_index		*ix;
};

/* An entry's spelling and its length. */
#define FW(w)	w, sizeof(w) - 1

extern const struct figtab	fw_small[1];	/* zero .. ninety */
extern const struct figtab	fw_big[1];	/* thousand, lakh, mln */
extern const struct figtab	fw_attscale[1];	/* 3k, 5bn: glued to digits */
extern const struct figtab	fw_denom[1];	/* half, third, quarter */
extern const struct figtab	fw_vague[1];	/* dozens, hundreds of */
extern const struct figtab	fw_pct[1];	/* percent, percentage points */
extern const struct figtab	fw_cursuf[1];	/* dollars, euros, taka */
extern const struct figtab	fw_curscale[1];	/* marks, won: after a scale */
extern const struct figtab	fw_curpre[1];	/* Tk, Rs, USD: before */
extern const struct figtab	fw_cursym[1];	/* $, US$, £, € */
extern const struct figtab	fw_measure[1];	/* km, kg, tonnes, mph, °C */
extern const struct figtab	fw_before[1];	/* more than, at least, about */
extern const struct figtab	fw_after[1];	/* or more, or less */
/*
 * Word lists: what is never the thing counted (fw_stop); nouns that a
 * number names, `flight 370` (fw_label); verbs of change, `rose from A
 * to B` (fw_change); words after which "one" is a pronoun (fw_notone).
 */
extern const struct wordlist	fw_stop, fw_label, fw_change, fw_notone;

const struct fw_index *fw_fill(const struct figtab *);
size_t	fw_match_all(const char *, size_t, size_t, const struct figtab *,
	    const struct figword **);
size_t	fw_match_before_all(const char *, size_t, const struct figtab *,
	    const struct figword **);
size_t	fw_phrase(const char *, size_t, size_t, const char *);

/*
 * Fast paths of text.h for the figure scanner, which asks them at every
 * candidate: ASCII is decided here, other bytes by text.c.
 */
static inline size_t
fw_skip_space(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ')
		i++;
	if (i < n && ((unsigned char)s[i] >= 0xc2 ||
	    (s[i] >= '\t' && s[i] <= '\r')))
		return txt_skip_space(s, n, i);
	return i;
}

static inline int
fw_word_start(const char *s, size_t i)
{
	if (i == 0)
		return 1;
	if ((unsigned char)s[i - 1] < 0x80)
		return !txt_isalnum(s[i - 1]);
	return txt_word_start(s, i);
}

static inline int
fw_word_end(const char *s, size_t n, size_t i)
{
	if (i >= n)
		return 1;
	if ((unsigned char)s[i] < 0x80)
		return !txt_isalnum(s[i]);
	return txt_word_end(s, n, i);
}

/* txt_word_is for the literal w, whose length the compiler knows. */
static inline int
fw_word_is(const char *s, size_t n, size_t i, const char *w)
{
	size_t k = strlen(w);

	return i + k <= n && txt_tolower(s[i]) == w[0] &&
	    txt_ncaseeq(s + i, w, k) && fw_word_start(s, i) &&
	    fw_word_end(s, n, i + k);
}

/*
 * fw_match and fw_match_before: most look-ups fail on the first or last
 * byte, so that test is made here, without a call.
 */
static inline const struct fw_index *
fw_index(const struct figtab *tab)
{
	return tab->ix->filled ? tab->ix : fw_fill(tab);
}

static inline size_t
fw_match(const char *s, size_t n, size_t i, const struct figtab *tab,
    const struct figword **hit)
{
	*hit = NULL;
	if (i >= n ||
	    fw_index(tab)->start[(unsigned char)txt_tolower(s[i])] < 0)
		return 0;
	return fw_match_all(s, n, i, tab, hit);
}

static inline size_t
fw_match_before(const char *s, size_t end, const struct figtab *tab,
    const struct figword **hit)
{
	*hit = NULL;
	if (end == 0 || (s[end - 1] != ' ' && s[end - 1] != '\t' &&
	    s[end - 1] != '\n' &&
	    fw_index(tab)->end[(unsigned char)txt_tolower(s[end - 1])] < 0))
		return end;
	return fw_match_before_all(s, end, tab, hit);
}

#endif
