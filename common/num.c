/*
 * num.c -- exact decimals for the figure recogniser.  Values are built by
 * string arithmetic, never through a double, so 77,695,023 and 1.13bn come
 * out exactly as written.  Every function fails (-1) rather than overflow.
 */
#include <string.h>

#include "num.h"

/* Drop leading and trailing zeros, moving the trailing ones into exp. */
static int
norm(struct num *v, const char *d, size_t nd, int exp)
{
	while (nd > 0 && *d == '0')
		d++, nd--;
	while (nd > 0 && d[nd - 1] == '0')
		nd--, exp++;
	if (nd == 0) {
		v->nd = v->exp = 0;
		v->d[0] = '\0';
		return 0;
	}
	if (nd > NUM_MAXDIG || exp > NUM_MAXEXP || exp < -NUM_MAXEXP)
		return -1;
	memmove(v->d, d, nd);
	v->d[nd] = '\0';
	v->nd = (int)nd;
	v->exp = exp;
	return 0;
}

/*
 * num_digits: the value of nd ASCII digits of which the last frac are
 * decimals.  -1 when it has too many significant digits.
 */
int
num_digits(struct num *v, const char *d, size_t nd, int frac)
{
	v->neg = 0;
	return norm(v, d, nd, -frac);
}

void
num_int(struct num *v, unsigned long long u)
{
	char buf[24];
	size_t k = sizeof(buf);

	do
		buf[--k] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	(void)num_digits(v, buf + k, sizeof(buf) - k, 0);
}

/* num_frac: p/q (q <= 1000) to 15 decimals, rounded, as the gold writes it. */
int
num_frac(struct num *v, unsigned p, unsigned q)
{
	unsigned long long f;

	if (q == 0 || q > 1000 || p > q)
		return -1;
	f = ((unsigned long long)p * 2000000000000000ULL + q) / (2ULL * q);
	num_int(v, f);
	return num_scale(v, -15);
}

int
num_scale(struct num *v, int e)
{
	if (v->nd == 0)
		return 0;
	if (v->exp + e > NUM_MAXEXP || v->exp + e < -NUM_MAXEXP)
		return -1;
	v->exp += e;
	return 0;
}

int
num_iszero(const struct num *v)
{
	return v->nd == 0;
}

/* Write the digits of v aligned so that position 0 is 10^e, in w[0..len). */
static void
place(const struct num *v, int e, unsigned char *w, int len)
{
	int k, pos;

	for (k = 0; k < v->nd; k++) {
		pos = v->exp - e + (v->nd - 1 - k);	/* power above e */
		if (pos >= 0 && pos < len)
			w[pos] += (unsigned char)(v->d[k] - '0');
	}
}

/* num_add: a += b, both taken as non-negative. */
int
num_add(struct num *a, const struct num *b)
{
	unsigned char w[2 * NUM_MAXDIG + 2 * NUM_MAXEXP + 4];
	char d[sizeof(w)];
	int e, top, len, k, carry;

	if (b->nd == 0)
		return 0;
	if (a->nd == 0) {
		*a = *b;
		return 0;
	}
	e = a->exp < b->exp ? a->exp : b->exp;
	top = a->exp + a->nd > b->exp + b->nd ? a->exp + a->nd :
	    b->exp + b->nd;
	len = top - e + 1;
	if (len > (int)sizeof(w))
		return -1;
	memset(w, 0, sizeof(w));
	place(a, e, w, len);
	place(b, e, w, len);
	for (k = 0, carry = 0; k < len; k++) {
		w[k] += (unsigned char)carry;
		carry = w[k] / 10;
		w[k] %= 10;
	}
	for (k = 0; k < len; k++)
		d[k] = (char)('0' + w[len - 1 - k]);
	return norm(a, d, (size_t)len, e);
}

/* num_mul: v *= m for a small m (a dozen, a hundred). */
int
num_mul(struct num *v, unsigned m)
{
	char d[NUM_MAXDIG + 12];
	unsigned long long carry = 0, x;
	int k, len = (int)sizeof(d);

	if (v->nd == 0 || m == 1)
		return 0;
	if (m == 0 || m > 1000000) {
		v->nd = v->exp = 0;
		return m == 0 ? 0 : -1;
	}
	for (k = v->nd - 1; k >= 0; k--) {
		x = (unsigned long long)(v->d[k] - '0') * m + carry;
		d[--len] = (char)('0' + x % 10);
		carry = x / 10;
	}
	while (carry != 0 && len > 0) {
		d[--len] = (char)('0' + carry % 10);
		carry /= 10;
	}
	return norm(v, d + len, sizeof(d) - (size_t)len, v->exp);
}

/* num_cmp: <0, 0, >0 as a is below, equal to or above b (signs counted). */
int
num_cmp(const struct num *a, const struct num *b)
{
	int sa = a->nd == 0 ? 0 : a->neg ? -1 : 1;
	int sb = b->nd == 0 ? 0 : b->neg ? -1 : 1;
	int ta, tb, k, da, db, r = 0;

	if (sa != sb)
		return sa < sb ? -1 : 1;
	if (sa == 0)
		return 0;
	ta = a->exp + a->nd;	/* one past the leading digit's power */
	tb = b->exp + b->nd;
	if (ta != tb)
		r = ta < tb ? -1 : 1;
	else {
		for (k = 0; r == 0 && (k < a->nd || k < b->nd); k++) {
			da = k < a->nd ? a->d[k] : '0';
			db = k < b->nd ? b->d[k] : '0';
			if (da != db)
				r = da < db ? -1 : 1;
		}
	}
	return sa < 0 ? -r : r;
}

/* num_format: v as a plain decimal into buf (NUM_STRMAX bytes); its length. */
size_t
num_format(const struct num *v, char *buf)
{
	size_t k = 0;
	int i, point;

	if (v->nd == 0) {
		buf[0] = '0';
		buf[1] = '\0';
		return 1;
	}
	if (v->neg)
		buf[k++] = '-';
	point = v->nd + v->exp;		/* digits before the point */
	if (point <= 0) {
		buf[k++] = '0';
		buf[k++] = '.';
		for (i = point; i < 0; i++)
			buf[k++] = '0';
		memcpy(buf + k, v->d, (size_t)v->nd);
		k += (size_t)v->nd;
	} else {
		for (i = 0; i < point; i++)
			buf[k++] = i < v->nd ? v->d[i] : '0';
		if (point < v->nd) {
			buf[k++] = '.';
			memcpy(buf + k, v->d + point, (size_t)(v->nd - point));
			k += (size_t)(v->nd - point);
		}
	}
	buf[k] = '\0';
	return k;
}
