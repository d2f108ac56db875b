/* lf.h -- find the line ends of a buffer, 64 bytes at a time. */
#ifndef LF_H
#define LF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define LF_BLOCK	64
#endif

/*
 * A reader of many short lines calls memchr once a line, and each call
 * costs more than the line's bytes: here one sweep of 64 bytes notes all
 * their LFs in a mask, and each line end is then a count of zero bits.
 * The mask describes the bytes as they were when swept: lf_reset when
 * the buffer moves or bytes after the last LF handed out change.
 */
struct lf {
	const char	*base;		/* the block swept, or NULL */
	uint64_t	 bits;		/* its LFs not yet handed out, a bit a byte */
};

static inline void
lf_reset(struct lf *f)
{
	f->base = NULL;
	f->bits = 0;
}

#ifdef LF_BLOCK
static inline uint64_t
lf_sweep16(const char *p, int k)
{
	const __m128i nl = _mm_set1_epi8('\n');

	return (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(nl,
	    _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k)))) <<
	    16 * k;
}

/* lf_sweep: the mask of the LFs in p[0..64). */
static inline uint64_t
lf_sweep(const char *p)
{
	return lf_sweep16(p, 0) | lf_sweep16(p, 1) | lf_sweep16(p, 2) |
	    lf_sweep16(p, 3);
}
#endif

/*
 * lf_next: the first LF in p[0..end-p), or NULL.  Each call must start
 * just after the LF the last one returned (or where lf_reset left it):
 * the mask then holds the LFs still to come, and the block after it is
 * swept when it has none.  The last bytes, short of a block, are left
 * to memchr.
 */
static inline const char *
lf_next(struct lf *f, const char *p, const char *end)
{
#ifdef LF_BLOCK
	while (f->bits == 0) {
		if (f->base != NULL)
			p = f->base + LF_BLOCK;
		if (end - p < LF_BLOCK) {
			f->base = NULL;
			return p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
		}
		f->base = p;
		f->bits = lf_sweep(p);
	}
	p = f->base + __builtin_ctzll(f->bits);
	f->bits &= f->bits - 1;		/* the lowest bit, handed out */
	return p;
#else
	(void)f;
	return p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
#endif
}

#endif
