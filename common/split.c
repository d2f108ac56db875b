/* split.c -- take one news article apart: layout, headers, paragraphs,
 * dateline and credit.  Plain functions on bytes, no I/O. */
#include <stdlib.h>
#include <string.h>

#include "split.h"
#include "text.h"
#include "util.h"

#define NOKEY		((size_t)-1)	/* hdr name is a literal, not in names */
#define TITLE_MAX	300	/* a longer first line is a paragraph */
#define SENTENCE_MIN	80	/* a first line ending a sentence is one */
#define CREDIT_LINE_MAX	48	/* a longer line is no credit line */

/*
 * A word of a list, with its length, so most are rejected by that.  The
 * lists are in lower case: a word is compared with them ignoring case.
 */
struct word {
	const char	*s;
	size_t		 n;
};
#define W(s)	{ s, sizeof(s) - 1 }

/* The agencies, the most frequent in wire copy first: a lookup stops there. */
static const struct word agencies[] = {
	W("reuter"), W("reuters"), W("afp"), W("ap"), W("bss"), W("unb"),
	W("ians"), W("pti"), W("upi"), W("xinhua"),
	W("bernama"), W("ani"), W("efe"), W("dpa"), W("ansa"),
	W("tass"), W("yonhap"), W("kyodo"), W("agencies"), { NULL, 0 }
};

/*
 * The months, full and short, found by their first three letters (which
 * tell them apart) rather than by a walk through a list: date_at runs on
 * every capitalised word at the start of a paragraph.
 */
static const struct word monthnames[] = {
	W("january"), W("february"), W("march"), W("april"), W("may"),
	W("june"), W("july"), W("august"), W("september"), W("october"),
	W("november"), W("december")
};

/* Words that open an agency credit in parentheses: "(Reporting by ...)". */
static const struct word creditwords[] = {
	W("reporting"), W("additional"), W("editing"), W("writing"),
	W("compiled"), W("research"), W("edited"), W("written"),
	W("produced"), { NULL, 0 }
};

/* ws_len: white space at s[i] as nsplit counts it: ASCII or U+00A0. */
static size_t
ws_len(const char *s, size_t n, size_t i)
{
	unsigned char c;

	if (i >= n)
		return 0;
	c = (unsigned char)s[i];
	if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' ||
	    c == '\f')
		return 1;
	if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] == 0xa0)
		return 2;
	return 0;
}

/*
 * skip_ws and trim_end run on the ends of many lines and paragraphs,
 * most of which begin and end with no white space: one test says so.
 */
static inline size_t
skip_ws(const char *s, size_t n, size_t i)
{
	size_t k;

	if (i < n && (unsigned char)s[i] > ' ' && (unsigned char)s[i] != 0xc2)
		return i;
	while ((k = ws_len(s, n, i)) != 0)
		i += k;
	return i;
}

/* trim_end: the end of s[0..e) less its trailing white space. */
static inline size_t
trim_end(const char *s, size_t e)
{
	unsigned char c;

	if (e > 0 && (unsigned char)s[e - 1] > ' ' &&
	    (unsigned char)s[e - 1] != 0xa0)
		return e;
	while (e > 0) {
		c = (unsigned char)s[e - 1];
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
		    c == '\v' || c == '\f')
			e--;
		else if (c == 0xa0 && e >= 2 && (unsigned char)s[e - 2] == 0xc2)
			e -= 2;
		else
			break;
	}
	return e;
}

/* split_blank: a line of nothing but space, tab, CR and no-break space. */
int
split_blank(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')
			i++;
		else if ((unsigned char)s[i] == 0xc2 && i + 1 < n &&
		    (unsigned char)s[i + 1] == 0xa0)
			i += 2;
		else
			return 0;
	}
	return 1;
}

static int
indented(const char *s, size_t n)
{
	return n > 0 && (s[0] == ' ' || s[0] == '\t' ||
	    ((unsigned char)s[0] == 0xc2 && n > 1 &&
	    (unsigned char)s[1] == 0xa0));
}

/* split_is_formfeed: the line that separates articles in a stream. */
int
split_is_formfeed(const char *s, size_t n)
{
	return (n == 1 || (n == 2 && s[1] == '\r')) && s[0] == '\f';
}

/* split_is_datemark: " date YYYY-MM-DD ...", which begins an article. */
int
split_is_datemark(const char *s, size_t n)
{
	static const char pat[] = "dddd-dd-dd";
	size_t i = 0, k;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (n - i < 5 || memcmp(s + i, "date", 4) != 0 ||
	    (s[i + 4] != ' ' && s[i + 4] != '\t'))
		return 0;
	i += 4;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (n - i < 10)
		return 0;
	for (k = 0; k < 10; k++)
		if (pat[k] == 'd' ? !txt_isdigit(s[i + k]) : s[i + k] != '-')
			return 0;
	return n - i == 10 || s[i + 10] == ' ' || s[i + 10] == '\t' ||
	    s[i + 10] == '\r';
}

/* first_in: the letter c, in either case, is one of the set (a bit mask). */
static int
first_in(char c, unsigned long set)
{
	unsigned k = (unsigned)((unsigned char)c | 0x20) - 'a';

	return k < 26 && (set >> k & 1);
}

#define L(c)		(1UL << ((c) - 'a'))
/* The first letters of the agencies and of the months. */
#define AGENCY_FIRST	(L('a') | L('b') | L('d') | L('e') | L('i') | L('k') | \
			    L('p') | L('r') | L('t') | L('u') | L('x') | L('y'))
#define MONTH_FIRST	(L('a') | L('d') | L('f') | L('j') | L('m') | L('n') | \
			    L('o') | L('s'))

/* is_month: s[0..n) is a month's name or its short form ("Sept" too). */
static int
is_month(const char *s, size_t n)
{
	const struct word *full;
	char p[3];
	size_t i, m;

	if (n < 3 || n > 9)
		return 0;
	for (i = 0; i < 3; i++)
		p[i] = (char)txt_tolower(s[i]);
	for (m = 0; m < 12; m++)
		if (memcmp(p, monthnames[m].s, 3) == 0)
			break;
	if (m == 12)
		return 0;
	full = &monthnames[m];
	if (n == 3)
		return 1;
	if (m == 8 && n == 4)
		return txt_tolower(s[3]) == 't';
	if (n != full->n)
		return 0;
	for (i = 3; i < n && txt_tolower(s[i]) == full->s[i]; i++)
		continue;
	return i == n;
}

/* word_in: the word s[0..n) is in list, ASCII case ignored. */
static int
word_in(const char *s, size_t n, const struct word *list)
{
	size_t i;
	char c;

	if (n == 0)
		return 0;
	c = (char)txt_tolower(s[0]);
	for (; list->s != NULL; list++) {
		if (list->n != n || list->s[0] != c)
			continue;
		/* compared here: a call to txt_ncaseeq cost more than this */
		for (i = 1; i < n && txt_tolower(s[i]) == list->s[i]; i++)
			continue;
		if (i == n)
			return 1;
	}
	return 0;
}

/* agency_end: an agency name ("AFP", "BSS/AFP") at s[i]; its end or i. */
static size_t
agency_end(const char *s, size_t n, size_t i)
{
	size_t j = i, k;

	for (;;) {
		k = j;
		while (k < n && txt_isalpha(s[k]))
			k++;
		if (k == j || !first_in(s[j], AGENCY_FIRST) ||
		    !word_in(s + j, k - j, agencies))
			return j == i ? i : j - 1;
		if (k < n && s[k] == '/' && k + 1 < n && txt_isalpha(s[k + 1]))
			j = k + 1;
		else
			return k;
	}
}

/*
 * credit_line: split_credit_line, and where the agency is: [*start, *end),
 * white space, dash, dots and "^M" left out.
 */
static int
credit_line(const char *s, size_t n, size_t *start, size_t *end)
{
	size_t i, e, k;

	if (n > CREDIT_LINE_MAX)
		return 0;
	i = skip_ws(s, n, 0);
	e = trim_end(s, n);
	if (i < e && s[i] == '-')
		i = skip_ws(s, e, i + 1);
	/* an agency's first letter first: most short lines have none */
	if (i >= e || e - i > 24 || !first_in(s[i], AGENCY_FIRST))
		return 0;
	while (e > i && s[e - 1] == '.')
		e--;
	if (e - i > 2 && s[e - 2] == '^' && s[e - 1] == 'M')
		e -= 2;
	/* an agency is letters and '/': a short line of words is not one */
	for (k = i; k < e; k++)
		if (!txt_isalpha(s[k]) && s[k] != '/')
			return 0;
	if (e <= i || agency_end(s, e, i) != e)
		return 0;
	*start = i;
	*end = e;
	return 1;
}

/*
 * split_credit_line: the line is an agency credit and nothing else:
 * " Reuter", "REUTER...", "   -AFP".  It always makes a paragraph alone.
 */
int
split_credit_line(const char *s, size_t n)
{
	size_t a, b;

	return credit_line(s, n, &a, &b);
}

/* dash_at: a dash at s[i] ("-", "--", en or em dash); its length or 0. */
static size_t
dash_at(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] == '-')
		return i + 1 < n && s[i + 1] == '-' ? 2 : 1;
	if (i + 2 < n && (unsigned char)s[i] == 0xe2 &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
		return 3;
	return 0;
}

/* credit_dash: "...text   -AFP" at the end of s[0..n); sets the agency. */
static int
credit_dash(const char *s, size_t n, size_t *start, size_t *end)
{
	size_t w = n, d;

	while (w > 0 && (txt_isalpha(s[w - 1]) || s[w - 1] == '/'))
		w--;
	if (w == n)
		return 0;
	/* the dash first: most paragraphs end in a word that follows none */
	d = w;
	if (d > 0 && s[d - 1] == ' ')
		d--;
	if (d > 0 && s[d - 1] == '-')
		d--;
	else if (d >= 3 && dash_at(s, n, d - 3) == 3)
		d -= 3;
	else
		return 0;
	if ((d > 0 && trim_end(s, d) == d) || agency_end(s, n, w) != n)
		return 0;
	*start = w;
	*end = n;
	return 1;
}

/*
 * credit_paren: "(Reporting by ...; Editing by ...)" at the end of
 * s[0..n), perhaps followed by other parentheses ("($1=0.7 euros)").
 */
static int
credit_paren(const char *s, size_t n, size_t *start, size_t *end)
{
	size_t e = n, o, w, k;
	int group;

	for (group = 0; group < 3 && e > 0 && s[e - 1] == ')'; group++) {
		for (o = e - 1; o > 0 && s[o - 1] != '(' && n - o < 600; o--)
			continue;
		if (o == 0 || s[o - 1] != '(')
			return 0;
		w = skip_ws(s, e, o);
		for (k = w; k < e && txt_isalpha(s[k]); k++)
			continue;
		if (word_in(s + w, k - w, creditwords)) {
			*start = w;
			*end = trim_end(s, e - 1);
			return *end > *start;
		}
		e = trim_end(s, o - 1);
	}
	return 0;
}

/*
 * split_credit: find the agency credit in a paragraph: a credit line, a
 * final "-AFP", or a final "(Reporting by ...)".  Sets [*start, *end) to
 * the credit's value and returns 1, or returns 0.
 */
int
split_credit(const char *s, size_t n, size_t *start, size_t *end)
{
	size_t e;

	if (credit_line(s, n, start, end))
		return 1;
	e = trim_end(s, n);
	return credit_paren(s, e, start, end) || credit_dash(s, e, start, end);
}

/* date_at: "Month[.] D[, YYYY]" at s[i]; returns its end, or 0. */
static size_t
date_at(const char *s, size_t n, size_t i)
{
	size_t j = i, k, m;

	/* most words are rejected by their first letter */
	if (i >= n || !first_in(s[i], MONTH_FIRST))
		return 0;
	while (j < n && j - i < 10 && txt_isalpha(s[j]))
		j++;		/* ten letters are too many for a month */
	m = j;
	if (j < n && s[j] == '.')
		j++;
	/* a word, a space and a digit first: most words end there */
	if (j + 1 >= n || s[j] != ' ' || !txt_isdigit(s[j + 1]) ||
	    !is_month(s + i, m - i))
		return 0;
	for (k = ++j; k < n && txt_isdigit(s[k]) && k - j < 3; k++)
		continue;
	if (k == j || k - j > 2)
		return 0;
	if (k + 6 <= n && s[k] == ',' && s[k + 1] == ' ' &&
	    txt_isdigit(s[k + 2]) && txt_isdigit(s[k + 3]) &&
	    txt_isdigit(s[k + 4]) && txt_isdigit(s[k + 5]) &&
	    (k + 6 == n || !txt_isdigit(s[k + 6])))
		k += 6;
	return k;
}

/*
 * What a byte is to token_end, looked up rather than tested: it runs
 * over every capitalised word at the start of a first paragraph.
 * TOK_IN: A-Z . ' - / &; TOK_LOWER: a-z; TOK_HIGH: a byte of UTF-8.
 */
enum { TOK_END, TOK_IN, TOK_LOWER, TOK_HIGH };
static const unsigned char tokclass[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
};

/* token_end: a place name word at s[i] (a capital first); its end or i. */
static size_t
token_end(const char *s, size_t n, size_t i, int *caps)
{
	size_t j = i, len;
	unsigned char c;

	if (i >= n || !(txt_isupper(s[i]) || ((unsigned char)s[i] >= 0x80 &&
	    txt_isletter_at(s, n, i))))
		return i;
	while (j < n) {
		c = (unsigned char)s[j];
		if (tokclass[c] == TOK_IN) {
			j++;
			continue;
		}
		if (tokclass[c] == TOK_LOWER) {
			*caps = 0;
			j++;
			continue;
		}
		if (tokclass[c] == TOK_END || !txt_isletter_at(s, n, j))
			break;
		txt_utf8(s, n, j, &len);
		j += len;
	}
	return j;
}

/* Small words inside a place name: "GRONINGEN, the Netherlands". */
#define PLACEWORD_MAX	4	/* the longest of them */
static const struct word placewords[] = {
	W("the"), W("de"), W("del"), W("da"), W("do"), W("dos"), W("of"),
	W("la"), W("le"), W("el"), W("city"), { NULL, 0 }
};

/*
 * date_next: a word that ends at s[k] can be a date's month only when a
 * space and a digit follow it ("Oct 9", "Sept. 30"): most words are
 * rejected by that, with no look at their letters.
 */
static int
date_next(const char *s, size_t n, size_t k)
{
	return k + 1 < n && s[k] == ' ' && txt_isdigit(s[k + 1]);
}

/* Where place_end last looked for a date, and the date's end there or 0. */
struct datepos {
	size_t	 at;
	size_t	 end;
};

/*
 * place_end: up to eight place words ("FORT LAUDERDALE, Fla.").  caps[0]
 * says whether the first is in capitals, as a dateline's place is,
 * caps[1] whether all are, and caps[2] whether one is in lower case.
 * A date ends the place; dp tells the caller what was found at the last
 * word tried, so that it need not look again.
 */
static size_t
place_end(const char *s, size_t n, size_t i, int caps[3], struct datepos *dp)
{
	size_t end = i, j = i, k, m;
	int ntok, sp, c;

	dp->at = (size_t)-1;
	for (ntok = 0; ntok < 8; ntok++) {
		dp->at = j;
		c = caps[ntok > 0];
		if ((k = token_end(s, n, j, &c)) > j) {
			/* a capital first: token_end went over any month */
			dp->end = date_next(s, n, k) ? date_at(s, n, j) : 0;
			if (dp->end != 0)
				break;
			caps[ntok > 0] = c;
		} else {
			/* "peoria, april 7 -": only a date makes it one */
			for (k = j; k < n && txt_islower(s[k]); k++)
				continue;
			/* the month may go on in capitals ("aPR 7") */
			dp->end = date_next(s, n, k) || (k < n &&
			    (s[k] == '.' || txt_isupper(s[k]))) ?
			    date_at(s, n, j) : 0;
			if (dp->end != 0 || k == j)
				break;
			if (k - j > PLACEWORD_MAX ||
			    !word_in(s + j, k - j, placewords)) {
				if (ntok > 0 && !caps[2])
					break;	/* "New cabinet to ..." */
				caps[2] = 1;
			}
			caps[ntok > 0] = 0;
		}
		dp->end = 0;
		end = k;
		m = k;
		if (m < n && s[m] == ',')
			m++;
		for (sp = 0; m < n && s[m] == ' ' && sp < 2; sp++)
			m++;
		if (sp == 0)
			break;
		j = m;
		dp->at = (size_t)-1;	/* not looked at yet */
	}
	caps[1] = caps[0] && caps[1];
	return end;
}

/* paren_agency: "(Reuters)" or "(BSS/AFP)" at s[i]; its end or i. */
static size_t
paren_agency(const char *s, size_t n, size_t i)
{
	size_t j;
	int letters = 0;

	if (i >= n || s[i] != '(')
		return i;
	for (j = i + 1; j < n && j - i < 40; j++) {
		if (s[j] == ')')
			return letters ? j + 1 : i;
		if (txt_isalpha(s[j]))
			letters++;
		else if (s[j] != '/' && s[j] != ',' && s[j] != ' ' &&
		    s[j] != '.' && s[j] != '-')
			return i;
	}
	return i;
}

/*
 * sep_ok: the dateline's separator at s[i]: ':' or a dash, then white
 * space.  After a known agency a dash may touch the text ("-U.S.") and
 * the separator may be missing ("(Reuters) In less than a year").
 */
static int
sep_ok(const char *s, size_t n, size_t i, int known, int *colon)
{
	size_t k, at = i;

	for (k = 0; k < 4 && ws_len(s, n, i) != 0 && s[i] != '\n'; k++)
		i += ws_len(s, n, i);
	*colon = i < n && s[i] == ':';
	if (*colon)
		i += i + 1 < n && s[i + 1] == ':' ? 2 : 1;
	else if ((k = dash_at(s, n, i)) != 0)
		return known || i + k == n || ws_len(s, n, i + k) != 0;
	else
		return known && i > at && i < n && txt_isupper(s[i]);
	return i == n || ws_len(s, n, i) != 0;
}

/* known_agency: "(Reuters)", "(BSS/AFP)" in s[i..e), parentheses included. */
static int
known_agency(const char *s, size_t i, size_t e)
{
	return e - i > 2 && agency_end(s, e - 1, i + 1) == e - 1;
}

/*
 * A place with neither date nor agency has at most this many words before
 * its first comma ("POINT PLEASANT BEACH, N.J."); more, in capitals, are
 * the heading of a wire table or a headline ("BANK OF FRANCE BUYS DOLLARS").
 */
#define PLACE_WORDS	3

/* The words of s[i..e) before its first comma. */
static size_t
place_words(const char *s, size_t i, size_t e)
{
	size_t w = 0;
	int in = 0;

	for (; i < e && s[i] != ','; i++) {
		if (s[i] == ' ')
			in = 0;
		else if (!in) {
			in = 1;
			w++;
		}
	}
	return w;
}

/* The bytes a dateline's separator needs, for sep_byte_in. */
static const unsigned char sepbyte[256] = {
	[':'] = 1, ['-'] = 1, ['('] = 1, [0xe2] = 1
};

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>

/* sep_byte16: s[0..16) holds one of the bytes of sepbyte. */
static inline int
sep_byte16(const char *s)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);

	return _mm_movemask_epi8(_mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))),
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('(')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xe2))))) != 0;
}
#endif

/*
 * sep_byte_in: s[0..n) holds a byte that a dateline needs for its
 * separator: the ':', the '-' or the 0xe2 of an en or em dash, or the
 * '(' of an agency that may stand without one (see sep_ok).  Most
 * titles have none, and are told so here for a tenth of what parsing
 * their capitalised words as places costs.
 */
static int
sep_byte_in(const char *s, size_t n)
{
	size_t i = 0;

#if defined(__SSE2__) && defined(__GNUC__)
	if (n >= 16) {
		for (; i + 16 < n; i += 16)
			if (sep_byte16(s + i))
				return 1;
		return sep_byte16(s + n - 16);	/* overlaps the last */
	}
#endif
	for (; i < n; i++)
		if (sepbyte[(unsigned char)s[i]])
			return 1;
	return 0;
}

/*
 * split_dateline: find the dateline at the start of a paragraph: "Baku,
 * Oct 9:", "DHAKA, Feb 15, 2026 (BSS) -", "    SALVADOR, Feb 26 - ",
 * "NEW YORK  (Reuters) - ", "MADRID -- ".  Sets [*start, *end) to it,
 * without the separator, and returns 1; returns 0 when there is none.
 */
int
split_dateline(const char *s, size_t n, size_t *start, size_t *end)
{
	size_t i, e, j, d, k;
	int caps[3] = { 1, 1, 0 }, dated = 0, agency = 0, colon;
	struct datepos dp;

	if (n > 4096)
		n = 4096;	/* a dateline is near the start */
	if (!sep_byte_in(s, n))
		return 0;	/* no separator, no dateline */
	i = skip_ws(s, n, 0);
	e = place_end(s, n, i, caps, &dp);
	j = e;
	/* ", Feb 26" or "  Nov 2" after the place */
	k = j < n && s[j] == ',' ? j + 1 : j;
	for (d = k; d < n && d - k < 2 && s[d] == ' '; d++)
		continue;
	if (e > i && d > k &&
	    (d = d == dp.at ? dp.end : date_at(s, n, d)) != 0) {
		dated = 1;
		j = d;
		if (j + 2 < n && s[j] == ',' && s[j + 1] == ' ' &&
		    (k = agency_end(s, n, j + 2)) > j + 2)
			agency = 1, j = k;
	}
	for (k = j; k < n && k - j < 2 && s[k] == ' '; k++)
		continue;
	/* an unknown "(MPC)" after "One member of the ..." is no agency */
	if ((e > i || k == i) && (d = paren_agency(s, n, k)) > k &&
	    (known_agency(s, k, d) || caps[0] || dated)) {
		agency = 1 + known_agency(s, k, d);
		j = d;
	}
	if (j == i || !sep_ok(s, n, j, agency == 2, &colon))
		return 0;
	if (!dated && !agency && (!caps[1] || e - i < (colon ? 4u : 3u) ||
	    place_words(s, i, e) > PLACE_WORDS))
		return 0;
	if (caps[2] && !dated)
		return 0;
	*start = i;
	*end = j;
	return 1;
}

static void
add_hdr(struct split *s, const char *name, size_t nameoff, const char *v,
    size_t n)
{
	struct split_hdr *h;
	size_t i = skip_ws(v, n, 0), e = trim_end(v, n);

	if (e <= i)
		return;
	if (s->nhdr == s->hdrcap)	/* a call an article spared */
		xgrow(&s->hdr, &s->hdrcap, s->nhdr + 1, sizeof(*s->hdr));
	h = &s->hdr[s->nhdr++];
	h->name = name;
	h->nameoff = nameoff;
	h->val = v + i;
	h->vallen = e - i;
}

/*
 * add_key: a header named by its key, lower-cased, other bytes as '_'.
 * A key "dateline" or "credit" gets a final '_': those names are for what
 * nsplit finds in the body, which ntext does not write back.
 */
static size_t
add_key(struct split *s, const char *k, size_t n)
{
	size_t off = s->nameslen, i;
	char *p;

	xgrow(&s->names, &s->namescap, s->nameslen + n + 2, 1);
	p = s->names + off;
	for (i = 0; i < n; i++)
		p[i] = txt_isalnum(k[i]) ? (char)txt_tolower(k[i]) : '_';
	if ((n == 8 && memcmp(p, "dateline", 8) == 0) ||
	    (n == 6 && memcmp(p, "credit", 6) == 0))
		p[n++] = '_';
	p[n] = '\0';
	s->nameslen += n + 1;
	return off;
}

/* key_line: "Key: value"; sets the key's length and the value's start. */
static int
key_line(const char *s, size_t n, size_t *klen, size_t *vstart)
{
	size_t i;

	if (n == 0 || !txt_isalpha(s[0]))
		return 0;
	for (i = 1; i < n && i < 64 && (txt_isalnum(s[i]) || s[i] == '_' ||
	    s[i] == '-'); i++)
		continue;
	if (i >= n || s[i] != ':' ||
	    (i + 1 < n && s[i + 1] != ' ' && s[i + 1] != '\t'))
		return 0;
	*klen = i;
	*vstart = i + 1;
	return 1;
}

static int
lower_key(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!txt_islower(s[i]) && !txt_isdigit(s[i]) && s[i] != '_')
			return 0;
	return 1;
}

#define LP(s, i)	((s)->text + (s)->line[i].start)
#define LN(s, i)	((s)->line[i].len)

/* The article being split, with its lines. */
struct work {
	struct split	*sp;
	const char	*text;
	struct split_line *line;
	size_t		 n;
	/*
	 * The last paragraph that is a credit line, as its index + 1 (0:
	 * none), and its agency, from the paragraph's start: paragraphs
	 * finds it so, and find_credit need not look again.
	 */
	size_t		 credpara, credstart, credend;
};

static size_t
next_nonblank(const struct work *w, size_t i)
{
	while (i < w->n && w->line[i].blank)
		i++;
	return i;
}

static void
hdr_line(struct work *w, const char *name, size_t i, size_t from)
{
	add_hdr(w->sp, name, NOKEY, LP(w, i) + from, LN(w, i) - from);
}

static int
published_line(const char *s, size_t n)
{
	size_t i = skip_ws(s, n, 0);

	if (n - i < 9 || !txt_ncaseeq(s + i, "published", 9))
		return 0;
	i = skip_ws(s, n, i + 9);
	return i < n && s[i] == ':';
}

/* "Published : Saturday, 10 October, 2020 at 12:00 AM  Count : 25" */
static void
published(struct work *w, size_t li)
{
	const char *s = LP(w, li);
	size_t n = LN(w, li), i, c, k;

	i = skip_ws(s, n, 0) + 9;
	i = skip_ws(s, n, i) + 1;
	for (c = i; c + 5 <= n; c++) {
		if (!txt_ncaseeq(s + c, "count", 5) || (c > i &&
		    ws_len(s, n, c - 1) == 0 && (unsigned char)s[c - 1] != 0xa0))
			continue;
		k = skip_ws(s, n, c + 5);
		if (k < n && s[k] == ':') {
			add_hdr(w->sp, "published", NOKEY, s + i, c - i);
			add_hdr(w->sp, "views", NOKEY, s + k + 1, n - k - 1);
			return;
		}
	}
	add_hdr(w->sp, "published", NOKEY, s + i, n - i);
}

/* The seed layout; returns the first body line. */
static size_t
layout_seed(struct work *w)
{
	const char *s = LP(w, 0);
	size_t n = LN(w, 0), i, j, k;

	i = skip_ws(s, n, 0) + 4;
	i = skip_ws(s, n, i);
	add_hdr(w->sp, "date", NOKEY, s + i, 10);
	add_hdr(w->sp, "section", NOKEY, s + i + 10, n - i - 10);
	if ((i = next_nonblank(w, 1)) >= w->n)
		return i;
	hdr_line(w, "title", i, 0);
	j = next_nonblank(w, i + 1);
	if (j < w->n && published_line(LP(w, j), LN(w, j))) {
		published(w, j);
		return j + 1;
	}
	k = next_nonblank(w, j + 1);
	if (k < w->n && published_line(LP(w, k), LN(w, k))) {
		hdr_line(w, "subtitle", j, 0);
		published(w, k);
		return k + 1;
	}
	return i + 1;
}

static int
dashes(const char *s, size_t n)
{
	return n >= 2 && s[0] == '-' && s[1] == '-' &&
	    (n == 2 || s[2] == ' ' || s[2] == '\t' || s[2] == '\r');
}

/* The wire layout: "-- " title, byline, published, url. */
static size_t
layout_wire(struct work *w)
{
	static const char *const names[] = {
		"title", "byline", "published", "url"
	};
	const char *s;
	size_t i, n, v;

	for (i = 0; i < w->n && i < 4 && dashes(LP(w, i), LN(w, i)); i++) {
		s = LP(w, i);
		n = LN(w, i);
		v = skip_ws(s, n, 2);
		if (i == 1 && n - v > 3 && txt_ncaseeq(s + v, "by", 2) &&
		    ws_len(s, n, v + 2) != 0)
			v += 2;
		add_hdr(w->sp, names[i], NOKEY, s + v, n - v);
	}
	return i;
}

static int
rule_line(const char *s, size_t n)
{
	return trim_end(s, n) == 3 && memcmp(s, "---", 3) == 0;
}

/* One "key: value" line; a line that is not one goes under the last key. */
static size_t
key_hdr(struct work *w, size_t i, size_t lastkey)
{
	const char *s = LP(w, i);
	size_t klen, v, off;

	if (key_line(s, LN(w, i), &klen, &v)) {
		off = add_key(w->sp, s, klen);
		add_hdr(w->sp, NULL, off, s + v, LN(w, i) - v);
		return off;
	}
	if (lastkey == NOKEY)
		lastkey = add_key(w->sp, "front", 5);
	add_hdr(w->sp, NULL, lastkey, s, LN(w, i));
	return lastkey;
}

/* Front matter between "---" lines. */
static size_t
layout_front(struct work *w)
{
	size_t i, last = NOKEY;

	for (i = 1; i < w->n && !rule_line(LP(w, i), LN(w, i)); i++)
		last = key_hdr(w, i, last);
	return i < w->n ? i + 1 : i;
}

/* The lines before the first blank one, when all are "Key: value". */
static size_t
keys_block(const struct work *w)
{
	size_t i, klen, v;

	for (i = 0; i < w->n && !w->line[i].blank; i++)
		if (!key_line(LP(w, i), LN(w, i), &klen, &v))
			return 0;
	if (i == 1 && !lower_key(LP(w, 0), klen))
		return 0;	/* "Profile: David Miliband" is a title */
	return i;
}

/* A first line that reads as a paragraph rather than a title. */
static int
para_like(const char *s, size_t n)
{
	size_t e = trim_end(s, n), a, b;

	if (e > TITLE_MAX || split_dateline(s, e, &a, &b))
		return 1;
	while (e > 0 && (s[e - 1] == '"' || s[e - 1] == '\'' ||
	    s[e - 1] == ')'))
		e--;
	if (e >= 3 && (unsigned char)s[e - 3] == 0xe2 &&
	    (unsigned char)s[e - 2] == 0x80 &&
	    ((unsigned char)s[e - 1] == 0x9d || (unsigned char)s[e - 1] == 0x99))
		e -= 3;
	if (e == 0 || (s[e - 1] != '.' && s[e - 1] != '!' && s[e - 1] != '?'))
		return 0;
	if (e >= 2 && s[e - 2] == '.')
		return 0;	/* an ellipsis: a cut-off title */
	return e > SENTENCE_MIN;
}

/* The plain layout: a title line if it looks like one. */
static size_t
layout_plain(struct work *w)
{
	const char *s = LP(w, 0);
	size_t n = LN(w, 0), j;
	int wire;

	j = next_nonblank(w, 1);
	wire = j < w->n && w->line[j].indent && !w->line[0].indent;
	if (w->n > 1 && !w->line[1].blank &&
	    !(wire && j == 1))
		return 0;
	if (!wire && para_like(s, n))
		return 0;
	hdr_line(w, "title", 0, 0);
	return 1;
}

static size_t
layout(struct work *w)
{
	const char *s = LP(w, 0);
	size_t n = LN(w, 0), b;

	if (split_is_datemark(s, n)) {
		w->sp->layout = SPLIT_SEED;
		return layout_seed(w);
	}
	if (rule_line(s, n)) {
		w->sp->layout = SPLIT_FRONT;
		return layout_front(w);
	}
	if (dashes(s, n)) {
		w->sp->layout = SPLIT_WIRE;
		return layout_wire(w);
	}
	if ((b = keys_block(w)) > 0) {
		w->sp->layout = SPLIT_KEYS;
		for (n = 0; n < b; n++)
			key_hdr(w, n, NOKEY);
		return b;
	}
	if (split_blank(s, n)) {
		w->sp->layout = SPLIT_BARE;
		return 0;
	}
	w->sp->layout = SPLIT_PLAIN;
	return layout_plain(w);
}

/*
 * The body's paragraph mode.  Wire copy is hard-wrapped with indented
 * first lines; otherwise blank lines separate paragraphs when there are
 * any, and a single block is one paragraph a line.  An indented line
 * right after another line means wire copy, and nsplit never makes a
 * paragraph with one inside, so its own output (ntext) splits the same.
 */
static enum split_mode
body_mode(const struct work *w, size_t b)
{
	size_t i, runs = 0;
	int prev = 0, blank;

	for (i = b; i < w->n; i++) {
		blank = w->line[i].blank;
		if (!blank && prev && w->line[i].indent)
			return SPLIT_INDENT;
		if (!blank && !prev)
			runs++;
		prev = !blank;
	}
	if (runs > 1 || w->sp->layout == SPLIT_KEYS ||
	    w->sp->layout == SPLIT_BARE)
		return SPLIT_BLOCKS;
	return SPLIT_LINES;
}

static inline void
add_para(struct split *s, const struct work *w, size_t first, size_t last)
{
	struct split_para *p;

	if (s->npara == s->paracap)
		xgrow(&s->para, &s->paracap, s->npara + 1, sizeof(*s->para));
	p = &s->para[s->npara++];
	p->start = w->line[first].start;
	p->len = w->line[last].start + w->line[last].len - p->start;
}

static void
paragraphs(struct split *s, struct work *w, size_t b)
{
	size_t i, first = 0, a, e;
	int open = 0, credit, prevcredit = 0;

	s->mode = body_mode(w, b);
	for (i = b; i < w->n; i++) {
		if (w->line[i].blank) {
			if (open)
				add_para(s, w, first, i - 1);
			open = prevcredit = 0;
			continue;
		}
		/* the length first: most lines are far too long for one */
		credit = LN(w, i) <= CREDIT_LINE_MAX &&
		    credit_line(LP(w, i), LN(w, i), &a, &e);
		if (open && (s->mode == SPLIT_LINES || credit || prevcredit ||
		    (s->mode == SPLIT_INDENT && w->line[i].indent))) {
			add_para(s, w, first, i - 1);
			open = 0;
		}
		if (!open)
			first = i, open = 1;
		if (credit) {	/* it makes paragraph npara, alone */
			w->credpara = s->npara + 1;
			w->credstart = a;
			w->credend = e;
		}
		prevcredit = credit;
	}
	if (open)
		add_para(s, w, first, w->n - 1);
}

/*
 * The dateline of paragraph 1, or of 2 when 1 is short and has none (an
 * editor's note "(Adds details)", a byline).
 */
static void
find_dateline(struct split *s, const char *text)
{
	const struct split_para *p = s->para;
	size_t a, b;

	if (s->npara == 0)
		return;
	if (!split_dateline(text + p->start, p->len, &a, &b)) {
		if (s->npara < 2 || p->len > TITLE_MAX)
			return;
		p++;
		if (!split_dateline(text + p->start, p->len, &a, &b))
			return;
	}
	add_hdr(s, "dateline", NOKEY, text + p->start + a, b - a);
}

static void
find_credit(struct split *s, const struct work *w, const char *text)
{
	const struct split_para *p;
	size_t k, a, b;
	int found;

	for (k = s->npara; k > 0 && s->npara - k < 3; k--) {
		p = &s->para[k - 1];
		/* a credit line was found as such by paragraphs */
		if ((found = k == w->credpara) != 0) {
			a = w->credstart;
			b = w->credend;
		} else
			found = split_credit(text + p->start, p->len, &a, &b);
		if (found) {
			add_hdr(s, "credit", NOKEY, text + p->start + a, b - a);
			return;
		}
	}
}

/* split_grow_lines: room for one more line in the index. */
void
split_grow_lines(struct split *s)
{
	xgrow(&s->line, &s->linecap, s->nline + 1, sizeof(*s->line));
}

/*
 * split_add_line: note that text[start..start+len) is the next line of the
 * article (without its LF), and whether it is blank or indented.  A
 * reader that cuts its input into lines anyway builds the index with this
 * and calls split_indexed, sparing split_article a second pass.  Returns
 * whether the line is blank.
 */
int
split_add_line(struct split *s, const char *text, size_t start, size_t len)
{
	int blank;

	if (len > 0 && txt_isalnum(text[start]))
		return split_put(s, start, len, 0, 0);	/* most lines */
	blank = split_blank(text + start, len);
	return split_put(s, start, len, blank,
	    !blank && indented(text + start, len));
}

/* Cut the text into lines, noting which are blank and which indented. */
static void
index_lines(struct split *s, const char *text, size_t len)
{
	const char *p = text, *end = text + len, *nl;

	s->nline = 0;
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		split_add_line(s, text, (size_t)(p - text),
		    (size_t)((nl ? nl : end) - p));
		p = nl ? nl + 1 : end;
	}
}

/*
 * split_article: take apart text[0..len), one article whose lines end in
 * LF (CR already removed).  Header values and paragraphs point into text;
 * header names live in s.  s is reused: call split_free when done.
 */
void
split_article(struct split *s, const char *text, size_t len)
{
	index_lines(s, text, len);
	split_indexed(s, text);
}

/*
 * split_indexed: split_article for an article whose lines were given
 * with split_add_line; the index is emptied for the next article.
 */
void
split_indexed(struct split *s, const char *text)
{
	struct work w;
	size_t i, b;

	s->nhdr = s->npara = s->nameslen = 0;
	s->layout = SPLIT_PLAIN;
	s->mode = SPLIT_LINES;
	w.sp = s;
	w.text = text;
	w.line = s->line;
	w.n = s->nline;
	w.credpara = 0;
	s->nline = 0;
	if (w.n == 0)
		return;
	b = layout(&w);
	paragraphs(s, &w, b);
	find_dateline(s, text);
	find_credit(s, &w, text);
	for (i = 0; i < s->nhdr; i++)
		if (s->hdr[i].nameoff != NOKEY)
			s->hdr[i].name = s->names + s->hdr[i].nameoff;
}

void
split_free(struct split *s)
{
	free(s->hdr);
	free(s->para);
	free(s->line);
	free(s->names);
	memset(s, 0, sizeof(*s));
}
