/* num.h -- exact decimals for the figure recogniser: digits * 10^exp. */
#ifndef NUM_H
#define NUM_H

#include <stddef.h>

#define NUM_MAXDIG	40	/* significant digits; more: no figure */
#define NUM_MAXEXP	40	/* |exponent| allowed */
#define NUM_STRMAX	(NUM_MAXDIG + NUM_MAXEXP + 4)

/* The value is d (nd ASCII digits, no leading or trailing zero) * 10^exp. */
struct num {
	char	d[NUM_MAXDIG + 1];
	int	nd;		/* 0 means the value 0 */
	int	exp;
	int	neg;
};

int	num_digits(struct num *, const char *, size_t, int);
void	num_int(struct num *, unsigned long long);
int	num_frac(struct num *, unsigned, unsigned);
int	num_scale(struct num *, int);
int	num_add(struct num *, const struct num *);
int	num_mul(struct num *, unsigned);
int	num_cmp(const struct num *, const struct num *);
int	num_iszero(const struct num *);
size_t	num_format(const struct num *, char *);

#endif
