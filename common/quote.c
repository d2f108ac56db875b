/* quote.c -- the quote scanner: pairs quotation marks into quotes. */
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "quote.h"
#include "text.h"
#include "util.h"

enum { M_DBL = 1, M_SGL = 2 };			/* mark kinds */
enum { H_NONE, H_OPEN, H_CLOSE };		/* what the glyph says */
enum { R_NONE, R_OPEN, R_CLOSE };		/* what the context says */

struct mark {
	size_t	 pos, len;
	int	 kind, hint;
};

/* The bytes that may start a quotation mark: " ' and UTF-8 leads. */
static const unsigned char lead[256] = {
	['"'] = 1, ['\''] = 1, [0xc2] = 1, [0xe2] = 1
};

/*
 * The first byte at or after s[i] that may start a mark, or n.  Most
 * text has none in a run of 16 bytes, and SSE2 tests 16 at once.
 */
static size_t
next_lead(const char *s, size_t n, size_t i)
{
#if defined(__SSE2__) && defined(__GNUC__)
	const __m128i dq = _mm_set1_epi8('"'), sq = _mm_set1_epi8('\'');
	const __m128i c2 = _mm_set1_epi8((char)0xc2);
	const __m128i e2 = _mm_set1_epi8((char)0xe2);
	__m128i v;
	int m;

	for (; i + 16 <= n; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		m = _mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, dq), _mm_cmpeq_epi8(v, sq)),
		    _mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, e2))));
		if (m != 0)
			return i + (size_t)__builtin_ctz((unsigned)m);
	}
#endif
	while (i < n && !lead[(unsigned char)s[i]])
		i++;
	return i;
}

/* Classify the glyph at s[i]: 0 if it is no quotation mark. */
static int
glyph(const char *s, size_t n, size_t i, int *kind, int *hint, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s + i;

	*len = 1;
	*hint = H_NONE;
	if (u[0] == '"')
		return *kind = M_DBL;
	if (u[0] == '\'')
		return *kind = M_SGL;
	if (u[0] == 0xc2 && i + 1 < n && (u[1] == 0xab || u[1] == 0xbb)) {
		*len = 2;
		*hint = u[1] == 0xab ? H_OPEN : H_CLOSE;
		return *kind = M_DBL;
	}
	if (u[0] != 0xe2 || i + 2 >= n || u[1] != 0x80)
		return 0;
	*len = 3;
	switch (u[2]) {
	case 0x9c: case 0x9e: case 0x9f:	/* “ „ ‟ */
		*hint = H_OPEN;
		return *kind = M_DBL;
	case 0x9d:				/* ” */
		*hint = H_CLOSE;
		return *kind = M_DBL;
	case 0x98: case 0x9b: case 0xb9:	/* ‘ ‛ ‹ */
		*hint = H_OPEN;
		return *kind = M_SGL;
	case 0x99: case 0xba:			/* ’ › */
		*hint = H_CLOSE;
		return *kind = M_SGL;
	}
	return 0;
}

/*
 * mark_at: the quotation mark at s[i], if any.  Two single marks in a row
 * (`''`, the typewriter double quote) count as one double mark.
 */
static int
mark_at(const char *s, size_t n, size_t i, struct mark *m)
{
	int k2, h2;
	size_t l2;

	if (!lead[(unsigned char)s[i]] ||
	    !glyph(s, n, i, &m->kind, &m->hint, &m->len))
		return 0;
	m->pos = i;
	/*
	 * `a special case,''' Mr. Putin said`: three marks that close are
	 * the single one of the inner quote, then the double one.
	 */
	if (s[i] == '\'' && i > 0 && s[i - 1] != ' ' && i + 2 < n &&
	    s[i + 1] == '\'' && s[i + 2] == '\'' &&
	    (i + 3 >= n || s[i + 3] != '\''))
		return 1;
	if (m->kind == M_SGL && i + m->len < n &&
	    glyph(s, n, i + m->len, &k2, &h2, &l2) && k2 == M_SGL &&
	    (h2 == m->hint || h2 == H_NONE || m->hint == H_NONE)) {
		m->kind = M_DBL;
		m->len += l2;
		if (m->hint == H_NONE)
			m->hint = h2;
	}
	return 1;
}

static int
isalnum_at(const char *s, size_t n, size_t i)
{
	return i < n && (txt_isalnum(s[i]) || txt_isletter_at(s, n, i));
}

static int
isalnum_before(const char *s, size_t i)
{
	size_t len;
	unsigned c;

	if (i == 0)
		return 0;
	c = txt_utf8_before(s, i, &len);
	if (c < 0x80)
		return txt_isalnum(c);
	return txt_isletter_at(s, i, i - len);
}

/* White space, or nothing, just before s[i]. */
static int
space_before(const char *s, size_t i)
{
	size_t len;
	unsigned c;

	if (i == 0)
		return 1;
	c = txt_utf8_before(s, i, &len);
	return txt_space_at(s, i, i - len) != 0 || c == 0;
}

/*
 * role: may the mark open a quote, close one, or both?  A mark opens
 * before a word and after space or an opening bracket or dash; it closes
 * after a word or punctuation and before space, punctuation or the end.
 */
static int
role(const char *s, size_t n, const struct mark *m, int depth)
{
	size_t a = m->pos, b = m->pos + m->len;
	unsigned char p = a > 0 ? (unsigned char)s[a - 1] : ' ';
	int canopen, canclose;

	canopen = b < n && txt_space_at(s, n, b) == 0 &&
	    !isalnum_before(s, a) && !txt_in_set(".,;!?)]%", p);
	canclose = !space_before(s, a) && !isalnum_at(s, n, b);
	if (p == ':' && canopen && b < n && isalnum_at(s, n, b))
		canclose = 0;
	/* `« Nous gagnerons »`: a closing glyph set apart, the French way. */
	if (depth > 0 && m->hint == H_CLOSE && !canclose &&
	    !isalnum_at(s, n, b))
		return R_CLOSE;
	if (canopen && !canclose)
		return R_OPEN;
	if (canclose && !canopen)
		return R_CLOSE;
	if (!canopen) {
		/*
		 * `'Oh, no,' "` and `"Yes, " she said`: a spaced mark
		 * closes after a single one or after punctuation.
		 */
		if (!canclose && depth > 0 && a >= 2 && s[a - 1] == ' ' &&
		    (s[a - 2] == '\'' || txt_in_set(",.?!", s[a - 2]) ||
		    (a >= 4 &&
		    (unsigned char)s[a - 2] == 0x99 &&
		    (unsigned char)s[a - 3] == 0x80)))
			return R_CLOSE;
		/*
		 * `it,”Smith said`: a closing glyph run into the next word;
		 * so is any mark after a quote's last stop (`London,'the`),
		 * but for `Corp.'s`.
		 */
		if (depth > 0 && !space_before(s, a) && (m->hint == H_CLOSE ||
		    (m->hint == H_NONE && txt_in_set(",.?!", p) &&
		    !(s[b] == 's' && !isalnum_at(s, n, b + 1)))))
			return R_CLOSE;
		/*
		 * With no quote open, `said,“Look` and `here."We` open one,
		 * and so does an opening glyph set apart: `said. “ You`.
		 */
		if (depth == 0 && m->hint != H_CLOSE && ((!canclose &&
		    txt_in_set(".,;:!?", p) && isalnum_at(s, n, b)) ||
		    (m->hint == H_OPEN && space_before(s, a) && b < n &&
		    s[b] == ' ')))
			return R_OPEN;
		return R_NONE;
	}
	/* Both: between punctuation.  The glyph decides, else the state. */
	if (m->hint == H_OPEN)
		return R_OPEN;
	if (m->hint == H_CLOSE)
		return R_CLOSE;
	return depth > 0 ? R_CLOSE : R_OPEN;
}

/*
 * is_apostrophe: a single mark inside a word (`don't`, `Macron's`) or
 * before a year (`'90s`, `'08`) is an apostrophe, never a quote mark.
 */
static int
is_apostrophe(const char *s, size_t n, const struct mark *m)
{
	size_t b = m->pos + m->len;

	if (isalnum_before(s, m->pos) && isalnum_at(s, n, b))
		return 1;
	return b + 1 < n && txt_isdigit(s[b]) && txt_isdigit(s[b + 1]) &&
	    (b + 2 >= n || !txt_isdigit(s[b + 2]));
}

/* quote_mark_at: the length of the quotation mark at s[i], 0 if none. */
size_t
quote_mark_at(const char *s, size_t n, size_t i)
{
	struct mark m;

	return i < n && mark_at(s, n, i, &m) ? m.len : 0;
}

/* Append a quote to the list; returns it. */
static struct quote *
add(struct quote_list *ql, size_t p0, const struct mark *om, int flags)
{
	struct quote *q;

	xgrow(&ql->q, &ql->cap, ql->n + 1, sizeof(*ql->q));
	q = &ql->q[ql->n++];
	memset(q, 0, sizeof(*q));
	q->p0 = q->p1 = p0;
	q->os = om->pos;
	q->s = om->pos + om->len;
	q->flags = flags;
	return q;
}

/* The length of the white space that ends just before s[i], or 0. */
static size_t
space_ending(const char *s, size_t i)
{
	size_t k;

	for (k = 1; k <= 3 && k <= i; k++)
		if (txt_space_at(s, i, i - k) == k)
			return k;
	return 0;
}

/*
 * quote_reopen: the offset just past the quotation mark that opens a
 * paragraph (after any white space), a single one if single is set, else
 * a double one; or 0 when it does not open with one.
 */
size_t
quote_reopen(const char *s, size_t n, int single)
{
	struct mark m;
	size_t i = txt_skip_space(s, n, 0);

	if (i < n && mark_at(s, n, i, &m) &&
	    m.kind == (single ? M_SGL : M_DBL) && role(s, n, &m, 0) == R_OPEN &&
	    !(single && is_apostrophe(s, n, &m))) {
		return txt_skip_space(s, n, m.pos + m.len);
	}
	return 0;
}

/* A single-quoted span worth keeping: more than one letter long. */
static int
single_ok(const char *s, size_t a, size_t b)
{
	size_t i, letters = 0;

	for (i = a; i < b; i++)
		if (txt_isalnum(s[i]) || (unsigned char)s[i] >= 0x80)
			letters++;
	return letters > 1;
}

/*
 * speaker_label: does the text at s[i] begin with a transcript's speaker
 * label (`SMITH:`)?  Then a new quote begins there, not a continuation.
 */
static int
speaker_label(const char *s, size_t n, size_t i)
{
	size_t j = i;

	while (j < n && (txt_isupper(s[j]) || s[j] == '.' || s[j] == '-' ||
	    (s[j] == ' ' && j + 1 < n && txt_isupper(s[j + 1]))))
		j++;
	return j - i >= 2 && j < n && s[j] == ':';
}

/*
 * note: is the paragraph from s[i] on a transcript's note in brackets
 * (`"(CROSSTALK)`)?  It does not go on with the quote before it.
 */
static int
note(const char *s, size_t n, size_t i)
{
	while (n > i && (s[n - 1] == ' ' || s[n - 1] == '.' || s[n - 1] == '"'))
		n--;
	return n - i >= 3 && (s[i] == '(' || s[i] == '[') &&
	    (s[n - 1] == ')' || s[n - 1] == ']') &&
	    memchr(s + i + 1, s[i], n - i - 1) == NULL;
}

struct scan {
	struct quote	*cur;	/* the open double quote, if any */
	size_t		 curi;
	int		 depth;
	struct mark	 sgl;	/* a pending single opening mark */
	int		 hassgl;
	size_t		 sgli;		/* a single quote that runs on */
	int		 sglopen;	/* and is open, */
	int		 sgldepth;	/* with quotes open inside it */
};

/*
 * Where a quote left open ends when a double mark at s[i] opens another
 * after the end of a sentence (`rates. "That`), or after a label in
 * capitals that names who speaks (`prices. JO KENT, ACME, LONDON "It`):
 * just after that sentence's stop; else 0.
 */
static size_t
run_together(const char *s, size_t i)
{
	size_t e = i, caps = 0, k;

	while ((k = space_ending(s, e)) != 0)
		e -= k;
	if (e == i || e == 0)
		return 0;
	if (txt_in_set(".?!", s[e - 1]))
		return e;
	/* back over the label: capitals, digits, spaces and punctuation */
	while (e > 0 && i - e < 160 && !txt_islower(s[e - 1]) &&
	    (unsigned char)s[e - 1] < 0x80 && !(txt_in_set(".?!", s[e - 1]) &&
	    e < i && s[e] == ' ' && txt_isupper(s[e + 1]) &&
	    txt_isupper(s[e + 2])))
		caps += txt_isupper(s[--e]);
	return e > 0 && caps >= 6 && txt_in_set(".?!", s[e - 1]) ? e : 0;
}

/* A double mark: open, nest, unnest or close the current quote. */
static void
dbl_mark(struct quote_list *ql, struct scan *sc, const char *s, size_t n,
    size_t p, const struct mark *m)
{
	int r = role(s, n, m, sc->depth);

	/* Inside a single quote run on from before: quoted by its speaker. */
	if (sc->sglopen)
		return;
	if (sc->depth == 0) {
		if (r == R_OPEN) {
			add(ql, p, m, 0);
			sc->curi = ql->n - 1;
			sc->depth = 1;
			sc->hassgl = 0;
		}
		return;
	}
	if (r == R_CLOSE) {
		if (--sc->depth == 0) {
			struct quote *q = &ql->q[sc->curi];

			q->p1 = p;
			q->e = m->pos;
			q->ce = m->pos + m->len;
		}
	} else if (r == R_OPEN && m->hint != H_CLOSE) {
		struct quote *q = &ql->q[sc->curi];
		size_t e = run_together(s, m->pos);

		/*
		 * `... rates. "That drove`: paragraphs run together, the
		 * one before open at its end.  Its quote ends with its
		 * sentence, and a new one opens.
		 */
		if (sc->depth == 1 && e > 0 && (q->p0 < p || e > q->s)) {
			q->p1 = p;
			q->e = q->ce = e;
			q->flags |= QUOTE_OPEN;
			add(ql, p, m, 0);
			sc->curi = ql->n - 1;
		} else
			sc->depth++;
	}
}

/* A single mark outside double quotes: pair it with the next one. */
static void
sgl_mark(struct quote_list *ql, struct scan *sc, const char *s, size_t n,
    size_t p, const struct mark *m)
{
	int r;
	struct quote *q;

	if (sc->depth > 0 || is_apostrophe(s, n, m))
		return;
	r = role(s, n, m, sc->hassgl || sc->sglopen);
	if (sc->sglopen) {
		/* `There is no ‘safe’ place`: a quote inside it */
		if (r == R_OPEN && m->hint != H_CLOSE)
			sc->sgldepth++;
		else if (r == R_CLOSE && m->hint != H_OPEN &&
		    sc->sgldepth > 0)
			sc->sgldepth--;
		else if (r == R_CLOSE && m->hint != H_OPEN) {
			q = &ql->q[sc->sgli];
			q->p1 = p;
			q->e = m->pos;
			q->ce = m->pos + m->len;
			sc->sglopen = 0;
		}
		return;
	}
	if (sc->hassgl && r == R_CLOSE && m->hint != H_OPEN) {
		if (single_ok(s, sc->sgl.pos + sc->sgl.len, m->pos)) {
			q = add(ql, p, &sc->sgl, QUOTE_SINGLE);
			q->e = m->pos;
			q->ce = m->pos + m->len;
		}
		sc->hassgl = 0;		/* `rock 'n' roll`: both go */
	} else if (r == R_OPEN && m->hint != H_CLOSE) {
		sc->sgl = *m;
		sc->hassgl = 1;
	}
}

/* Scan one segment from byte i on, in state sc. */
static void
scan_seg(struct quote_list *ql, struct scan *sc, const char *s, size_t n,
    size_t p, size_t i)
{
	struct mark m;

	for (; (i = next_lead(s, n, i)) < n; i++) {
		if (!mark_at(s, n, i, &m))
			continue;
		/* `author="..."`: markup, not a quotation. */
		if (s[i] == '"' && i > 0 && s[i - 1] == '=' && sc->depth == 0) {
			const char *e = memchr(s + i + 1, '"', n - i - 1);

			if (e != NULL) {
				i = (size_t)(e - s);
				continue;
			}
		}
		if (m.kind == M_DBL)
			dbl_mark(ql, sc, s, n, p, &m);
		else
			sgl_mark(ql, sc, s, n, p, &m);
		i += m.len - 1;
	}
}

/*
 * Does paragraph p go on with a quote that p - 1 broke off in mid-sentence
 * (`... participate personally` then `in caucuses and primaries."`)?  Its
 * first double mark closes one, with no mark to open one first.  Not a
 * line after a whole sentence, as a name with the mark after it (`Jo Kent,
 * Acme Institute."`).
 */
static int
closes_first(const struct qseg *seg, size_t p)
{
	const char *s = seg[p].text, *t = seg[p - 1].text;
	size_t n = seg[p].len, e = seg[p - 1].len, i, k;
	struct mark m;

	while ((k = space_ending(t, e)) != 0)
		e -= k;
	if (seg[p].head || seg[p - 1].head || (e > 0 &&
	    txt_in_set(".!?:;)", t[e - 1]) && !txt_islower(s[txt_skip_space(s,
	    n, 0)])))
		return 0;
	for (i = 0; (i = next_lead(s, n, i)) < n; i++)
		if (mark_at(s, n, i, &m) && m.kind == M_DBL)
			return m.hint != H_OPEN && role(s, n, &m, 1) == R_CLOSE;
	return 0;
}

/*
 * A paragraph's opening mark, where a quote open at the end of the one
 * before goes on, unless a transcript's label or note opens it instead.
 */
static size_t
reopen(const struct qseg *seg, size_t p, int single)
{
	size_t from;

	if (seg[p].head || seg[p - 1].head ||
	    (from = quote_reopen(seg[p].text, seg[p].len, single)) == 0 ||
	    speaker_label(seg[p].text, seg[p].len, from) ||
	    note(seg[p].text, seg[p].len, from))
		return 0;
	return from;
}

/*
 * `She told fans: 'We won.` with no closing mark and nothing after it in
 * its paragraph p, sg: a quote to the paragraph's end, when the mark opens
 * the paragraph or follows a colon, and three words or more follow it.
 */
static void
sgl_unclosed(struct quote_list *ql, const struct scan *sc,
    const struct qseg *sg, size_t p)
{
	const char *s = sg->text;
	size_t i = sc->sgl.pos, k, words = 0;
	struct quote *q;

	while ((k = space_ending(s, i)) != 0)
		i -= k;
	if (i > 0 && s[i - 1] != ':')
		return;
	for (k = sc->sgl.pos + sc->sgl.len; k < sg->len && words < 3; k++)
		if (s[k] == ' ' && k + 1 < sg->len && s[k + 1] != ' ')
			words++;
	if (words < 3)
		return;
	q = add(ql, p, &sc->sgl, QUOTE_SINGLE | QUOTE_OPEN);
	q->e = q->ce = sg->len;
}

/*
 * `He said: 'We won.` ends paragraph p - 1 with a single quote open: it
 * goes on in p when p opens with a single mark, as a double quote does;
 * else it ends with p - 1, or, opened there, is no quote.  Returns where
 * to scan p from.
 */
static size_t
sgl_runs_on(struct quote_list *ql, struct scan *sc, const struct qseg *seg,
    size_t nseg, size_t p)
{
	const struct qseg *prev = &seg[p - 1];
	struct quote *q;
	size_t from;

	if (!sc->sglopen && !(sc->hassgl && single_ok(prev->text,
	    sc->sgl.pos + sc->sgl.len, prev->len)))
		return 0;
	from = p < nseg ? reopen(seg, p, 1) : 0;
	if (!sc->sglopen) {
		if (from == 0) {
			sgl_unclosed(ql, sc, prev, p - 1);
			return 0;
		}
		(void)add(ql, p - 1, &sc->sgl, QUOTE_SINGLE);
		sc->sgli = ql->n - 1;
		sc->sglopen = 1;
	}
	sc->sgldepth = 0;
	q = &ql->q[sc->sgli];
	q->p1 = p - 1;
	q->e = q->ce = prev->len;
	if (from == 0) {
		q->flags |= QUOTE_OPEN;
		sc->sglopen = 0;
	}
	return from;
}

/*
 * `« Nous gagnerons »`: the words of a quote start and end inside the
 * spaces, no-break ones too, that some set inside the marks.
 */
static void
trim(const struct qseg *seg, struct quote *q)
{
	const char *s0 = seg[q->p0].text, *s1 = seg[q->p1].text;
	size_t k, e0 = q->p0 == q->p1 ? q->e : seg[q->p0].len;

	q->s = txt_skip_space(s0, e0, q->s);
	while ((k = space_ending(s1, q->e)) != 0 &&
	    (q->p0 < q->p1 || q->e >= q->s + k))
		q->e -= k;
}

/*
 * quote_scan: find the quotations of the n segments and append them to
 * ql, in text order; returns how many there are now.  A paragraph that
 * ends inside a quote goes on into the next when that opens with a mark.
 */
size_t
quote_scan(const struct qseg *seg, size_t nseg, struct quote_list *ql)
{
	struct scan sc;
	size_t p, from;

	memset(&sc, 0, sizeof(sc));
	for (p = 0; p < nseg; p++) {
		from = 0;
		if (p > 0 && sc.depth == 0)
			from = sgl_runs_on(ql, &sc, seg, nseg, p);
		if (sc.depth > 0) {
			struct quote *q = &ql->q[sc.curi];

			if ((from = reopen(seg, p, 0)) > 0)
				sc.depth = 1;
			else if (sc.depth == 1 && closes_first(seg, p))
				from = 0;
			else {
				/* Never closed: it ends with its paragraph. */
				q->p1 = p - 1;
				q->e = q->ce = seg[p - 1].len;
				q->flags |= QUOTE_OPEN;
				sc.depth = 0;
				from = 0;
			}
		}
		sc.hassgl = 0;
		scan_seg(ql, &sc, seg[p].text, seg[p].len, p, from);
	}
	if (nseg > 0 && sc.depth == 0)
		(void)sgl_runs_on(ql, &sc, seg, nseg, nseg);
	if (sc.depth > 0) {
		struct quote *q = &ql->q[sc.curi];

		q->p1 = nseg - 1;
		q->e = q->ce = seg[nseg - 1].len;
		q->flags |= QUOTE_OPEN;
	}
	for (p = 0; p < ql->n; p++)
		trim(seg, &ql->q[p]);
	return ql->n;
}

/* quote_speaker: the speaker of quote i, len bytes (not NUL-terminated). */
const char *
quote_speaker(const struct quote_list *ql, size_t i, size_t *len)
{
	*len = ql->q[i].spklen;
	return ql->buf == NULL ? "" : ql->buf + ql->q[i].spk;
}

/* quote_find: scan and attribute: every quote with its speaker. */
size_t
quote_find(const struct qseg *seg, size_t nseg, struct quote_list *ql)
{
	ql->n = ql->buflen = 0;
	quote_scan(seg, nseg, ql);
	quote_attribute(seg, nseg, ql);
	return ql->n;
}

void
quote_free(struct quote_list *ql)
{
	free(ql->q);
	free(ql->buf);
	memset(ql, 0, sizeof(*ql));
}
