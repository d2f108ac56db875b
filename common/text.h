/* text.h -- byte-level text scanning shared by the recognisers: UTF-8,
 * white space, ASCII case folding, words and sentences.  No locale. */
#ifndef TEXT_H
#define TEXT_H

#include <stddef.h>

/* Byte classes, ASCII only: safe for any byte value. */
#define txt_isdigit(c)	((unsigned)((unsigned char)(c) - '0') < 10u)
#define txt_isupper(c)	((unsigned)((unsigned char)(c) - 'A') < 26u)
#define txt_islower(c)	((unsigned)((unsigned char)(c) - 'a') < 26u)
#define txt_isalpha(c)	(txt_isupper(c) || txt_islower(c))
#define txt_isalnum(c)	(txt_isalpha(c) || txt_isdigit(c))
#define txt_tolower(c)	(txt_isupper(c) ? (c) - 'A' + 'a' : (c))

unsigned	 txt_utf8(const char *, size_t, size_t, size_t *);
unsigned	 txt_utf8_before(const char *, size_t, size_t *);
size_t		 txt_space_at(const char *, size_t, size_t);
size_t		 txt_skip_space(const char *, size_t, size_t);
int		 txt_isletter_at(const char *, size_t, size_t);
int		 txt_word_start_u8(const char *, size_t);
int		 txt_word_end_u8(const char *, size_t, size_t);
size_t		 txt_word_len(const char *, size_t, size_t);
size_t		 txt_next_upper(const char *, size_t, size_t);

int		 txt_ncaseeq(const char *, const char *, size_t);
int		 txt_word_is(const char *, size_t, size_t, const char *);

int		 txt_is_abbrev(const char *, size_t, size_t);
size_t		 txt_sentence_end(const char *, size_t, size_t);
size_t		 txt_sentence_start(const char *, size_t, size_t);
size_t		 txt_sentence_start_back(const char *, size_t);

/* txt_in_set: is the byte c one of those of set?  A NUL is in no set. */
static inline int
txt_in_set(const char *set, int c)
{
	for (; *set != '\0'; set++)
		if ((unsigned char)*set == (unsigned char)c)
			return 1;
	return 0;
}

/*
 * txt_word_start: no letter or digit ends just before s[i].
 * txt_word_end: no letter or digit starts at s[i] (n bytes in all).
 * Inline, since every recogniser asks at every word: ASCII is decided
 * here, UTF-8 letters in text.c.
 */
static inline int
txt_word_start(const char *s, size_t i)
{
	unsigned char b;

	if (i == 0)
		return 1;
	b = (unsigned char)s[i - 1];
	return b < 0x80 ? !txt_isalnum(b) : txt_word_start_u8(s, i);
}

static inline int
txt_word_end(const char *s, size_t n, size_t i)
{
	unsigned char b;

	if (i >= n)
		return 1;
	b = (unsigned char)s[i];
	return b < 0x80 ? !txt_isalnum(b) : txt_word_end_u8(s, n, i);
}

#endif
