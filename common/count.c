/* count.c -- counting sentences, words and characters of a text. */
#include "count.h"
#include "text.h"

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
 * count_words: the number of runs of non-space in s[0..n), white space
 * being what txt_space_at says (no-break spaces included), as wc(1) does.
 */
unsigned long
count_words(const char *s, size_t n)
{
	unsigned long c = 0;
	size_t i = 0, k;
	int inword = 0;

	while (i < n) {
		if ((k = txt_space_at(s, n, i)) != 0) {
			inword = 0;
			i += k;
			continue;
		}
		if (!inword)
			c++;
		inword = 1;
		i++;
	}
	return c;
}

/*
 * count_chars: the number of UTF-8 code points in s[0..n); each byte of
 * an invalid or truncated sequence counts as one character.
 */
unsigned long
count_chars(const char *s, size_t n)
{
	unsigned long c = 0;
	size_t i = 0, len;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80)
			len = 1;
		else
			(void)txt_utf8(s, n, i, &len);
		i += len;
		c++;
	}
	return c;
}

/* count_add: add the counts of s[0..n) to *c. */
void
count_add(struct count_text *c, const char *s, size_t n)
{
	c->sentences += count_sentences(s, n);
	c->words += count_words(s, n);
	c->chars += count_chars(s, n);
}
