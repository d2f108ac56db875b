/* rec.c -- the newsrec record format: read, split, escape, check. */
#include <sys/types.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rec.h"
#include "util.h"

/*
 * Split p[0..end) into fields after the ones r already has; with nul,
 * each TAB becomes a NUL.
 */
static size_t
split_from(struct rec *r, char *p, char *end, int nul)
{
	char *tab;

	for (;;) {
		if (r->nfield == r->cap || r->len == NULL) {
			xgrow(&r->field, &r->cap, r->nfield + 1,
			    sizeof(*r->field));
			r->len = xreallocarray(r->len, r->cap, sizeof(*r->len));
		}
		tab = memchr(p, '\t', (size_t)(end - p));
		r->field[r->nfield] = p;
		r->len[r->nfield++] = (size_t)((tab ? tab : end) - p);
		if (tab == NULL)
			break;
		if (nul)
			*tab = '\0';
		p = tab + 1;
	}
	return r->nfield;
}

/*
 * rec_split: split line[0..n) at each TAB, in place (each TAB becomes NUL).
 * The field pointers live in r and stay valid until the line changes.
 * Returns the number of fields, at least 1.
 */
size_t
rec_split(struct rec *r, char *line, size_t n)
{
	r->nfield = 0;
	return split_from(r, line, line + n, 1);
}

/*
 * rec_fields: find the fields of line[0..n) as rec_split does, but leave
 * the line as it is: a field ends at its length, not at a NUL, and there
 * is nothing to unsplit.  first is the offset of the first TAB when the
 * caller knows it (a reader that has compared the line's ID with its
 * article's), else REC_UNKNOWN.  Returns the number of fields.
 */
size_t
rec_fields(struct rec *r, char *line, size_t n, size_t first)
{
	r->nfield = 0;
	if (first == REC_UNKNOWN || first >= n)
		return split_from(r, line, line + n, 0);
	if (r->cap == 0 || r->len == NULL) {
		xgrow(&r->field, &r->cap, 1, sizeof(*r->field));
		r->len = xreallocarray(r->len, r->cap, sizeof(*r->len));
	}
	r->field[0] = line;
	r->len[0] = first;
	r->nfield = 1;
	return split_from(r, line + first + 1, line + n, 0);
}

/* rec_unsplit: put back the TABs rec_split took out; fields stay valid. */
void
rec_unsplit(struct rec *r)
{
	size_t i;

	for (i = 0; i + 1 < r->nfield; i++)
		r->field[i][r->len[i]] = '\t';
}

void
rec_free(struct rec *r)
{
	free(r->field);
	free(r->len);
	r->field = NULL;
	r->len = NULL;
	r->nfield = r->cap = 0;
}

/* The ID is NAME:N: N a run of digits, NAME not empty (it may hold colons). */
static int
id_ok(const char *s, size_t n)
{
	size_t i = n;

	while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
		i--;
	return i < n && i > 1 && s[i - 1] == ':';
}

static int
type_ok(const char *s, size_t n)
{
	size_t i;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	return 1;
}

enum rec_err
rec_check(const struct rec *r)
{
	if (r->nfield < 3)
		return REC_FEW;
	if (!id_ok(r->field[0], r->len[0]))
		return REC_NOID;
	if (!type_ok(r->field[1], r->len[1]))
		return REC_NOTYPE;
	return REC_OK;
}

const char *
rec_strerror(enum rec_err e)
{
	switch (e) {
	case REC_OK:
		return "no error";
	case REC_FEW:
		return "fewer than three fields";
	case REC_NOID:
		return "ID is not NAME:N";
	case REC_NOTYPE:
		return "TYPE is not a lowercase word";
	}
	return "malformed record";
}

int
rec_is_type(const struct rec *r, const char *type)
{
	return rec_field_eq(r, 1, type);
}

int
rec_field_eq(const struct rec *r, size_t i, const char *s)
{
	size_t n = strlen(s);

	return i < r->nfield && r->len[i] == n && memcmp(r->field[i], s, n) == 0;
}

/*
 * rec_unescape: decode src[0..n) into dst, which may be src itself (the
 * result is never longer).  Unknown escapes and a final lone backslash are
 * kept as they are.  Returns the decoded length.
 */
size_t
rec_unescape(char *dst, const char *src, size_t n)
{
	const char *bs;
	size_t i = 0, o = 0, run;
	char c;

	while (i < n) {
		/* Copy up to the next backslash whole: most fields have none. */
		bs = memchr(src + i, '\\', n - i);
		run = (bs ? (size_t)(bs - src) : n) - i;
		if (dst + o != src + i)
			memmove(dst + o, src + i, run);
		o += run;
		if ((i += run) >= n)
			break;
		c = '\\';
		if (i + 1 < n) {
			switch (src[i + 1]) {
			case '\\': c = '\\'; i++; break;
			case 't': c = '\t'; i++; break;
			case 'n': c = '\n'; i++; break;
			case 'r': c = '\r'; i++; break;
			case '0': c = '\0'; i++; break;
			default: break;
			}
		}
		dst[o++] = c;
		i++;
	}
	return o;
}

static char
escape_char(char c)
{
	switch (c) {
	case '\\': return '\\';
	case '\t': return 't';
	case '\n': return 'n';
	case '\r': return 'r';
	case '\0': return '0';
	default: return 0;
	}
}

/* rec_escaped_len: how many bytes rec_escape writes for src[0..n). */
size_t
rec_escaped_len(const char *src, size_t n)
{
	size_t i, len = n;

	for (i = 0; i < n; i++)
		if (escape_char(src[i]))
			len++;
	return len;
}

/* The escape letter of each byte, 0 for the bytes written as they are. */
static const char esc[256] = {
	['\0'] = '0', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r', ['\\'] = '\\'
};

/*
 * plain8: none of the 8 bytes at s needs escaping.  A byte below 0x0e or
 * equal to '\\' makes it say no; the caller then looks byte by byte.
 */
static int
plain8(const char *s)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t v, b;

	memcpy(&v, s, sizeof(v));
	b = v ^ (ones * '\\');
	return (((v - ones * 0x0e) & ~v) | ((b - ones) & ~b)) & highs ? 0 : 1;
}

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>

/* plain4: none of the 4 bytes at s needs escaping (see plain8). */
static int
plain4(const char *s)
{
	const uint32_t ones = 0x01010101u, highs = 0x80808080u;
	uint32_t v, b;

	memcpy(&v, s, sizeof(v));
	b = v ^ (ones * '\\');
	return (((v - ones * 0x0e) & ~v) | ((b - ones) & ~b)) & highs ? 0 : 1;
}

/*
 * Escape the last n (< 16) bytes of a field.  Most are plain: two
 * overlapping words of 8 or 4 bytes tell so, and are copied as such;
 * the others, and the last 3 bytes or fewer, go byte by byte.  Every
 * field of a record ends here, so this is worth the care.
 */
static size_t
escape_tail(char *dst, const char *src, size_t n)
{
	const unsigned char *u = (const unsigned char *)src;
	size_t i, o = 0;

	if (n >= 8 && plain8(src) && plain8(src + n - 8)) {
		memcpy(dst, src, 8);
		memcpy(dst + n - 8, src + n - 8, 8);
		return n;
	}
	if (n >= 4 && n < 8 && plain4(src) && plain4(src + n - 4)) {
		memcpy(dst, src, 4);
		memcpy(dst + n - 4, src + n - 4, 4);
		return n;
	}
	for (i = 0; i < n; i++) {
		if (esc[u[i]] != 0) {
			dst[o++] = '\\';
			dst[o++] = esc[u[i]];
		} else
			dst[o++] = src[i];
	}
	return o;
}

/*
 * rec_escape, sixteen bytes at a time with SSE2 (which every x86-64 has):
 * each block is stored whole, then the output position moves past its
 * plain bytes only, so an escape overwrites what followed it.  Storing
 * ahead stays within dst: the bytes from the block on need at least
 * sixteen bytes of output.  This is the hot loop of nsplit.
 */
size_t
rec_escape(char *dst, const char *src, size_t n)
{
	const unsigned char *u = (const unsigned char *)src;
	const __m128i low = _mm_set1_epi8(0x0d), bs = _mm_set1_epi8('\\');
	__m128i v;
	size_t i = 0, o = 0, r, last;
	unsigned m;
	int plain = 0;		/* the last block was copied as it was */

	/* last: where the last whole block may begin; one compare a block */
	last = n >= 16 ? n - 16 : 0;
	while (n >= 16 && i <= last) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(src + i));
		_mm_storeu_si128((__m128i *)(void *)(dst + o), v);
		/* a byte at most 0x0d, or a backslash */
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmpeq_epi8(_mm_min_epu8(v, low), v),
		    _mm_cmpeq_epi8(v, bs)));
		if ((plain = m == 0) != 0) {
			i += 16;
			o += 16;
			continue;
		}
		m = (unsigned)__builtin_ctz(m);
		i += m;
		o += m;
		if (esc[u[i]] != 0) {
			dst[o++] = '\\';
			dst[o++] = esc[u[i]];
		} else
			dst[o++] = src[i];
		i++;
	}
	/*
	 * The last r bytes: the block that ends with them overlaps the plain
	 * one before, copied to dst[o-16..o); when they are plain too, that
	 * block is stored over it, and the field ends with no byte loop.
	 */
	if (plain && (r = n - i) > 0) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(src + n -
		    16));
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmpeq_epi8(_mm_min_epu8(v, low), v),
		    _mm_cmpeq_epi8(v, bs)));
		if (m >> (16 - r) == 0) {
			_mm_storeu_si128((__m128i *)(void *)(dst + o - (16 - r)),
			    v);
			return o + r;
		}
	}
	return o + escape_tail(dst + o, src + i, n - i);
}
#else
/*
 * rec_escape: encode src[0..n) into dst (room for rec_escaped_len bytes).
 * Runs of plain bytes are copied whole, found eight bytes at a time: this
 * is the hot loop of nsplit.
 */
size_t
rec_escape(char *dst, const char *src, size_t n)
{
	const unsigned char *u = (const unsigned char *)src;
	size_t i = 0, run, o = 0;

	for (;;) {
		run = i;
		while (n - run >= 8 && plain8(src + run))
			run += 8;
		while (run < n && esc[u[run]] == 0)
			run++;
		memcpy(dst + o, src + i, run - i);
		o += run - i;
		if (run == n)
			return o;
		dst[o++] = '\\';
		dst[o++] = esc[u[run]];
		i = run + 1;
	}
}
#endif

void
reader_init(struct reader *rd, FILE *fp, const char *name)
{
	rd->fp = fp;
	rd->name = name;
	rd->lineno = 0;
	rd->buf = NULL;
	rd->cap = 0;
}

/*
 * reader_line: read the next line into the reader's buffer, which it owns
 * and reuses.  The LF is removed (a last line may lack one) and the line is
 * NUL-terminated.  Returns its length, or -1 at end of input or on error.
 */
long
reader_line(struct reader *rd, char **line)
{
	ssize_t n;

	errno = 0;
	n = getline(&rd->buf, &rd->cap, rd->fp);
	if (n < 0) {
		if (errno == ENOMEM)
			xnomem();
		return -1;
	}
	rd->lineno++;
	if (n > 0 && rd->buf[n - 1] == '\n')
		rd->buf[--n] = '\0';
	*line = rd->buf;
	return (long)n;
}

void
reader_free(struct reader *rd)
{
	free(rd->buf);
	rd->buf = NULL;
	rd->cap = 0;
}
