/* count.c -- counting sentences, words and characters of a text. */
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "text.h"
#include "util.h"

/*
 * Sentences are cut where the recognisers cut them (txt_sentence_end), so
 * `Mr.`, `U.S.`, `3.5` and `a.m.` never end one.  A piece between two ends
 * counts only when it holds a letter or a digit: a stray `--` or `...`
 * standing alone is not a sentence.
 */
static int
has_word(const char *s, size_t n, size_t i, size_t e)
{
	for (; i < e; i++)
		if (txt_isalnum(s[i]) || ((unsigned char)s[i] >= 0xc0 &&
		    txt_isletter_at(s, n, i)))
			return 1;
	return 0;
}

/* count_sentences: the number of sentences in s[0..n). */
unsigned long
count_sentences(const char *s, size_t n)
{
	unsigned long c = 0;
	size_t i = txt_skip_space(s, n, 0), e;

	while (i < n) {
		e = txt_sentence_end(s, n, i);
		if (e <= i)		/* never stall, whatever the bytes */
			e = i + 1;
		if (has_word(s, n, i, e))
			c++;
		i = txt_skip_space(s, n, e);
	}
	return c;
}

/*
 * Words and characters in one pass, the hot loop of ncount.  White space
 * is what txt_space_at says: ASCII space, \t to \r, and U+00A0, U+2000 to
 * U+200A, U+202F, U+3000.  Each byte of an invalid sequence is a character.
 */
static void
words_chars(const char *s, size_t n, unsigned long *words,
    unsigned long *chars)
{
	unsigned long w = 0, c = 0;
	size_t i = 0, len;
	unsigned char b;
	unsigned cp;
	int space, inword = 0;

	while (i < n) {
		b = (unsigned char)s[i];
		if (b < 0x80) {
			space = b == ' ' || (b >= '\t' && b <= '\r');
			i++;
		} else {
			cp = txt_utf8(s, n, i, &len);
			space = cp == 0xa0 || (cp >= 0x2000 && cp <= 0x200a) ||
			    cp == 0x202f || cp == 0x3000;
			i += len;
		}
		c++;
		if (!space && !inword)
			w++;
		inword = !space;
	}
	*words = w;
	*chars = c;
}

/*
 * count_words: the number of runs of non-space in s[0..n), white space
 * being what txt_space_at says (no-break spaces included), as wc(1) does.
 */
unsigned long
count_words(const char *s, size_t n)
{
	unsigned long w, c;

	words_chars(s, n, &w, &c);
	return w;
}

/*
 * count_chars: the number of UTF-8 code points in s[0..n); each byte of
 * an invalid or truncated sequence counts as one character.
 */
unsigned long
count_chars(const char *s, size_t n)
{
	unsigned long w, c;

	words_chars(s, n, &w, &c);
	return c;
}

/* count_add: add the counts of s[0..n) to *c. */
void
count_add(struct count_text *c, const char *s, size_t n)
{
	unsigned long w, ch;

	words_chars(s, n, &w, &ch);
	c->sentences += count_sentences(s, n);
	c->words += w;
	c->chars += ch;
}

static size_t
hash_of(const char *s, size_t n)
{
	size_t h = 2166136261u, i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* The slot of name s in the hash table: its item's, or an empty one. */
static size_t *
slot(struct count_tally *t, const char *s, size_t n)
{
	size_t i = hash_of(s, n) & (t->hashcap - 1), *p;
	struct count_item *it;

	for (;; i = (i + 1) & (t->hashcap - 1)) {
		p = &t->hash[i];
		if (*p == 0)
			return p;
		it = &t->item[*p - 1];
		if (it->len == n && memcmp(t->names + it->off, s, n) == 0)
			return p;
	}
}

/* Keep the table at most half full, so a probe ends quickly. */
static void
rehash(struct count_tally *t)
{
	size_t i;

	if (t->hashcap > 2 * (t->nitem + 1))
		return;
	free(t->hash);
	t->hashcap = t->hashcap ? 2 * t->hashcap : 16;
	t->hash = xreallocarray(NULL, t->hashcap, sizeof(*t->hash));
	memset(t->hash, 0, t->hashcap * sizeof(*t->hash));
	for (i = 0; i < t->nitem; i++)
		*slot(t, t->names + t->item[i].off, t->item[i].len) = i + 1;
}

/*
 * count_tally_add: add v to the count named s[0..n), which is created
 * (after all the others) when it is new.  Adding 0 creates a name.
 */
void
count_tally_add(struct count_tally *t, const char *s, size_t n,
    unsigned long v)
{
	struct count_item *it;
	size_t *p;

	rehash(t);
	p = slot(t, s, n);
	if (*p != 0) {
		t->item[*p - 1].n += v;
		return;
	}
	xgrow(&t->item, &t->itemcap, t->nitem + 1, sizeof(*t->item));
	xgrow(&t->names, &t->namescap, t->nameslen + n + 1, 1);
	it = &t->item[t->nitem++];
	it->off = t->nameslen;
	it->len = n;
	it->n = v;
	memcpy(t->names + it->off, s, n);
	t->names[it->off + n] = '\0';
	t->nameslen += n + 1;
	*p = t->nitem;
}

/* count_tally_name: the name of item i, NUL-terminated, owned by t. */
const char *
count_tally_name(const struct count_tally *t, size_t i)
{
	return t->names + t->item[i].off;
}

/* count_tally_clear: forget every name, keeping the memory for reuse. */
void
count_tally_clear(struct count_tally *t)
{
	t->nitem = t->nameslen = 0;
	if (t->hash != NULL)
		memset(t->hash, 0, t->hashcap * sizeof(*t->hash));
}

void
count_tally_free(struct count_tally *t)
{
	free(t->item);
	free(t->names);
	free(t->hash);
	memset(t, 0, sizeof(*t));
}
