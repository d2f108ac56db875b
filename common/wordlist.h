/* wordlist.h -- fixed lists of lower-case words, looked up by hash. */
#ifndef WORDLIST_H
#define WORDLIST_H

#include <stddef.h>

#define WL_TAB	1024		/* slots of a list's hash table */

/* What a list learns of itself on its first look-up. */
struct wl_index {
	unsigned long	 lens[27];	/* by first letter c - 'a' (26 for
					   any other byte), bit l for each
					   length l of its words */
	size_t		 maxlen;
	unsigned short	 tab[WL_TAB];	/* 1 + index of a word, or 0 */
	int		 filled;
};

struct wordlist {
	const char *const	*w;
	size_t			 n;
	struct wl_index		*ix;
};

/*
 * WORDLIST(name): the list of the words in name_w[], in lower case, with
 * the index it fills on first use.  A list longer than half its table
 * fails the build.  WORDLIST_EXTERN(name) is the same list seen from
 * other files, which declare it `extern const struct wordlist name;`.
 */
#define WL_N(a)	(sizeof(a) / sizeof((a)[0]))
#define WL_INDEX(name)							\
	_Static_assert(WL_N(name##_w) < WL_TAB / 2, "list too long");	\
	static struct wl_index name##_ix
#define WL_LIST(name)	{ name##_w, WL_N(name##_w), &name##_ix }
#define WORDLIST(name)							\
	WL_INDEX(name);							\
	static const struct wordlist name = WL_LIST(name)
#define WORDLIST_EXTERN(name)						\
	WL_INDEX(name);							\
	const struct wordlist name = WL_LIST(name)

unsigned	 wl_hash(const char *, size_t);
int		 wl_has(const struct wordlist *, const char *, size_t);
int		 wl_has_hashed(const struct wordlist *, const char *, size_t,
		    unsigned *);

#endif
