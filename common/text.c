/* text.c -- byte-level text scanning shared by the recognisers. */
#include <stdint.h>
#include <string.h>

#include "text.h"
#include "wordlist.h"

/*
 * txt_utf8: decode the code point at s[i] (n bytes in all) and set *len to
 * its byte length.  Invalid or truncated sequences give U+FFFD with length
 * 1, so a scanner always advances and never reads past n.
 */
unsigned
txt_utf8(const char *s, size_t n, size_t i, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s + i;
	size_t k, need;
	unsigned c, min;

	*len = 1;
	if (i >= n)
		return 0;
	if (u[0] < 0x80)
		return u[0];
	if ((u[0] & 0xe0) == 0xc0)
		need = 1, c = u[0] & 0x1f, min = 0x80;
	else if ((u[0] & 0xf0) == 0xe0)
		need = 2, c = u[0] & 0x0f, min = 0x800;
	else if ((u[0] & 0xf8) == 0xf0)
		need = 3, c = u[0] & 0x07, min = 0x10000;
	else
		return 0xfffd;
	if (n - i <= need)
		return 0xfffd;
	for (k = 1; k <= need; k++) {
		if ((u[k] & 0xc0) != 0x80)
			return 0xfffd;
		c = c << 6 | (u[k] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0xfffd;
	*len = need + 1;
	return c;
}

/* txt_utf8_before: the code point that ends just before s[i]; *len its size. */
unsigned
txt_utf8_before(const char *s, size_t i, size_t *len)
{
	size_t j = i, l;
	unsigned c;

	*len = 0;
	if (i == 0)
		return 0;
	while (j > 0 && i - j < 4 && ((unsigned char)s[j - 1] & 0xc0) == 0x80)
		j--;
	if (j > 0 && i - j < 4)
		j--;
	c = txt_utf8(s, i, j, &l);
	if (j + l != i) {
		*len = 1;
		return 0xfffd;
	}
	*len = l;
	return c;
}

/*
 * txt_space_at: the length of the white space at s[i], 0 if none: ASCII
 * space, tab, LF, CR, FF, VT, and U+00A0, U+2000-U+200A, U+202F, U+3000.
 */
size_t
txt_space_at(const char *s, size_t n, size_t i)
{
	unsigned char c;
	unsigned cp;
	size_t len;

	if (i >= n)
		return 0;
	c = (unsigned char)s[i];
	if (c == ' ' || (c >= '\t' && c <= '\r'))
		return 1;
	if (c < 0xc2)
		return 0;
	cp = txt_utf8(s, n, i, &len);
	if (cp == 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f ||
	    cp == 0x3000)
		return len;
	return 0;
}

size_t
txt_skip_space(const char *s, size_t n, size_t i)
{
	size_t k;

	while ((k = txt_space_at(s, n, i)) != 0)
		i += k;
	return i;
}

/* A letter: ASCII, or any non-ASCII code point that is not space or punctuation. */
static int
isletter(unsigned cp)
{
	if (cp < 0x80)
		return txt_isalpha(cp);
	if (cp == 0xfffd || cp == 0xa0 || (cp >= 0x2000 && cp <= 0x206f) ||
	    cp == 0xab || cp == 0xbb || cp == 0xb0 || cp == 0xa3 ||
	    cp == 0xa5 || cp == 0x20ac || cp == 0xd7 || cp == 0xf7 ||
	    cp == 0xa7 || cp == 0xb7 || cp == 0x3000)
		return 0;
	return cp >= 0xc0;
}

int
txt_isletter_at(const char *s, size_t n, size_t i)
{
	size_t len;

	return i < n && isletter(txt_utf8(s, n, i, &len));
}

static int
iswordch(const char *s, size_t n, size_t i)
{
	return i < n && (txt_isalnum(s[i]) || txt_isletter_at(s, n, i));
}

/* txt_word_start_u8: txt_word_start for any byte before s[i], UTF-8 included. */
int
txt_word_start_u8(const char *s, size_t i)
{
	size_t len;
	unsigned c;

	if (i == 0)
		return 1;
	c = txt_utf8_before(s, i, &len);
	return !(c < 0x80 ? txt_isalnum(c) : isletter(c));
}

/* txt_word_end_u8: txt_word_end for any byte at s[i], UTF-8 included. */
int
txt_word_end_u8(const char *s, size_t n, size_t i)
{
	return !iswordch(s, n, i);
}

/*
 * txt_next_upper: the offset of the first ASCII capital at or after s[i],
 * or n.  Eight bytes at a time: a capital is rare in running text.
 */
size_t
txt_next_upper(const char *s, size_t n, size_t i)
{
	const uint64_t ones = 0x0101010101010101u, high = ones * 0x80;
	uint64_t x, low;

	for (; i + 8 <= n; i += 8) {
		memcpy(&x, s + i, 8);
		/* a byte below 0x80 that is above 0x40 and below 0x5b */
		low = x & (ones * 0x7f);
		if (((ones * (0x7f + 0x5b) - low) & ~x &
		    (low + ones * (0x7f - 0x40)) & high) != 0)
			break;
	}
	for (; i < n && !txt_isupper(s[i]); i++)
		;
	return i;
}

/* txt_word_len: the length of the run of letters and digits at s[i]. */
size_t
txt_word_len(const char *s, size_t n, size_t i)
{
	size_t j = i, len;

	while (j < n) {
		if (txt_isalnum(s[j]))
			j++;
		else if ((unsigned char)s[j] >= 0x80 &&
		    isletter(txt_utf8(s, n, j, &len)))
			j += len;
		else
			break;
	}
	return j - i;
}

/* txt_ncaseeq: the first n bytes of a and b are equal, ASCII case folded. */
int
txt_ncaseeq(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (txt_tolower(a[i]) != txt_tolower(b[i]))
			return 0;
	return 1;
}

/* txt_word_is: s[i..] holds the word w (any case) as a whole word. */
int
txt_word_is(const char *s, size_t n, size_t i, const char *w)
{
	size_t k = strlen(w);

	return i + k <= n && txt_ncaseeq(s + i, w, k) &&
	    txt_word_start(s, i) && txt_word_end(s, n, i + k);
}

/*
 * Words after which a period does not end a sentence: titles, initials,
 * months and the like.  Lower case; compared ignoring case.
 */
static const char *const abbrevs_w[] = {
	"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "del", "gov",
	"gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "st",
	"mt", "ft", "rev", "hon", "pres", "supt", "insp", "jr", "sr",
	"co", "corp", "inc", "ltd", "bros", "vs", "v", "no", "nos",
	"vol", "pp", "approx", "est", "dept", "univ", "jan", "feb",
	"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
	"fri", "sat", "sun", "e.g", "i.e", "etc", "al", "fig", "ave",
	"blvd", "rd", "mln", "bln", "pct", "cf", "ca"
};
WORDLIST(abbrevs);

/*
 * Abbreviations that are also everyday words (`the answer was no.`, `he
 * sat.`): in lower case they are abbreviations only before a number
 * (`no. 5`); capitalised (`No. 5`, `Sat. Oct 10`, `Sen. Smith`) always.
 */
static const char *const everyday[] = {
	"no", "sat", "sun", "wed", "mar", "est", "fig", "rep", "gen", "col",
	"rev", "hon", "sen", "gov", "pres", NULL
};

static int
ambiguous(const char *s, size_t n, size_t j, size_t i)
{
	const char *const *w;
	size_t k;

	if (txt_isupper(s[j]))
		return 0;
	for (w = everyday; *w != NULL; w++)
		if (strlen(*w) == i - j && txt_ncaseeq(s + j, *w, i - j))
			break;
	if (*w == NULL)
		return 0;
	k = txt_skip_space(s, n, i + 1);
	return !(k < n && txt_isdigit(s[k]));
}

/*
 * txt_is_abbrev: the period at s[i] ends an abbreviation or an initial
 * (`Mr.`, `U.S.`, `a.m.`, `J.`) rather than a sentence.
 */
int
txt_is_abbrev(const char *s, size_t n, size_t i)
{
	size_t j = i;

	while (j > 0 && (txt_isalpha(s[j - 1]) || (s[j - 1] == '.' &&
	    j >= 2 && txt_isalpha(s[j - 2]))))
		j--;
	if (j == i || !txt_word_start(s, j))
		return 0;
	if (memchr(s + j, '.', i - j) != NULL)
		return 1;		/* U.S. a.m. e.g. */
	if (i - j == 1 && txt_isupper(s[j]))
		return 1;		/* an initial: J. */
	if (i - j <= 5 && wl_has(&abbrevs, s + j, i - j))
		return !ambiguous(s, n, j, i);
	return 0;
}

/* Closing marks that may follow a sentence's final punctuation. */
static size_t
closer_at(const char *s, size_t n, size_t i)
{
	size_t len;
	unsigned cp;

	if (i >= n)
		return 0;
	if (s[i] == '"' || s[i] == '\'' || s[i] == ')' || s[i] == ']')
		return 1;
	cp = txt_utf8(s, n, i, &len);
	return cp == 0x201d || cp == 0x2019 || cp == 0xbb ? len : 0;
}

static int
is_term(char c)
{
	return c == '.' || c == '!' || c == '?';
}

/*
 * The . ! ? at s[i] and those after it, with any closing quotes or
 * brackets: where they stop when they end a sentence, else 0.  They do
 * before white space or the end of s, unless a lone period ends an
 * abbreviation.
 */
static size_t
end_at(const char *s, size_t n, size_t i)
{
	size_t j = i + 1, k;

	while (j < n && is_term(s[j]))
		j++;
	while ((k = closer_at(s, n, j)) != 0)
		j += k;
	if (j < n && txt_space_at(s, n, j) == 0)
		return 0;
	if (s[i] == '.' && j == i + 1 && txt_is_abbrev(s, n, i))
		return 0;
	return j;
}

/*
 * txt_sentence_end: the end of the sentence that holds s[i]: just past its
 * final . ! or ? and any closing quotes or brackets, or n.  A period ends
 * a sentence only before white space and not after an abbreviation;
 * `3.5`, `U.S.` and `a.m.` do not end one.  An abbreviation followed by
 * space and a capital is read as not ending, a choice that favours names.
 */
size_t
txt_sentence_end(const char *s, size_t n, size_t i)
{
	size_t j;

	for (; i < n; i++)
		if (is_term(s[i]) && (j = end_at(s, n, i)) != 0)
			return j;
	return n;
}

/*
 * txt_sentence_start_back: the start of the last sentence of s[0..n),
 * found from its end: the ends are those of txt_sentence_end, and the
 * first one looked at is the last before s[n], so a caller with a long
 * window and a late position does not read every sentence from the start.
 */
size_t
txt_sentence_start_back(const char *s, size_t n)
{
	size_t t = n, r, j;

	while (t > 0) {
		if (!is_term(s[--t]))
			continue;
		for (r = t; r > 0 && is_term(s[r - 1]); r--)
			;
		t = r;
		if ((j = end_at(s, n, r)) != 0 && j < n)
			return txt_skip_space(s, n, j);
	}
	return txt_skip_space(s, n, 0);
}

/* txt_sentence_start: the start of the sentence that holds s[i]. */
size_t
txt_sentence_start(const char *s, size_t n, size_t i)
{
	size_t start = txt_skip_space(s, n, 0), e;

	while (start < i) {
		e = txt_sentence_end(s, n, start);
		if (e > i || e >= n)
			break;
		e = txt_skip_space(s, n, e);
		if (e > i)
			break;
		start = e;
	}
	return start;
}
