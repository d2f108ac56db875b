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

/* A named tally, names kept in the order first added. */
struct count_item {
	size_t		 off;		/* name in names[] */
	size_t		 len;
	unsigned long	 n;
};

struct count_tally {
	struct count_item *item;
	size_t		 nitem;
	size_t		 itemcap;
	char		*names;
	size_t		 nameslen;
	size_t		 namescap;
	size_t		*hash;		/* item index + 1, 0 for empty */
	size_t		 hashcap;	/* a power of two, or 0 */
};

unsigned long	 count_sentences(const char *, size_t);
unsigned long	 count_words(const char *, size_t);
unsigned long	 count_chars(const char *, size_t);
void		 count_add(struct count_text *, const char *, size_t);

void		 count_tally_add(struct count_tally *, const char *, size_t,
		    unsigned long);
const char	*count_tally_name(const struct count_tally *, size_t);
void		 count_tally_clear(struct count_tally *);
void		 count_tally_free(struct count_tally *);

#endif
