/* count.h -- counting sentences, words and characters of a text. */
#ifndef COUNT_H
#define COUNT_H

#include <stddef.h>

/* What ncount reports for a piece of text. */
struct count_text {
	unsigned long	 sentences;
	unsigned long	 words;
	unsigned long	 chars;
};

unsigned long	 count_sentences(const char *, size_t);
unsigned long	 count_words(const char *, size_t);
unsigned long	 count_chars(const char *, size_t);
void		 count_add(struct count_text *, const char *, size_t);

#endif
