/* figwords.h -- the vocabulary of figures: number words, scales, units,
 * currencies and bounds, as data. */
#ifndef FIGWORDS_H
#define FIGWORDS_H

#include <stddef.h>

/* A spelling and what it stands for. */
struct figword {
	const char	*w;		/* lower case; a space matches white space */
	size_t		 len;		/* strlen(w) */
	const char	*canon;		/* unit or code written out, or NULL */
	int		 val;		/* number, power of ten or fig_qual */
};

/* An entry's spelling and its length. */
#define FW(w)	w, sizeof(w) - 1

extern const struct figword	fw_small[];	/* zero .. ninety */
extern const struct figword	fw_big[];	/* thousand, lakh, mln: powers */
extern const struct figword	fw_attscale[];	/* 3k, 5bn: glued to digits */
extern const struct figword	fw_denom[];	/* half, third, quarter */
extern const struct figword	fw_vague[];	/* dozens, hundreds of */
extern const struct figword	fw_pct[];	/* percent, percentage points */
extern const struct figword	fw_cursuf[];	/* dollars, euros, taka */
extern const struct figword	fw_curscale[];	/* marks, won: only after a scale */
extern const struct figword	fw_curpre[];	/* Tk, Rs, USD before the number */
extern const struct figword	fw_cursym[];	/* $, US$, £, € */
extern const struct figword	fw_measure[];	/* km, kg, tonnes, mph, °C */
extern const struct figword	fw_before[];	/* more than, at least, about */
extern const struct figword	fw_after[];	/* or more, or less */
extern const char *const	fw_stop[];	/* words that are never the thing counted */
extern const char *const	fw_change[];	/* rose, fell: "from A to B" is two figures */
extern const char *const	fw_notone[];	/* the, no, any: "one" is a pronoun after them */

size_t	fw_match(const char *, size_t, size_t, const struct figword *,
	    const struct figword **);
size_t	fw_match_before(const char *, size_t, const struct figword *,
	    const struct figword **);
int	fw_in(const char *, size_t, const char *const *);

#endif
