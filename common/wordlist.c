/*
 * wordlist.c -- fixed lists of lower-case words, looked up in any case.
 * A list fills a hash table on its first look-up, and notes the lengths
 * of its words by their first letter: most words are turned away by
 * those, and the rest are found with a probe or two.
 */
#include <string.h>

#include "text.h"
#include "wordlist.h"

/* wl_hash: the hash of the l bytes at w in lower case; never 0. */
unsigned
wl_hash(const char *w, size_t l)
{
	unsigned h = 2166136261u;
	size_t k;

	for (k = 0; k < l; k++)
		h = (h ^ (unsigned char)txt_tolower(w[k])) * 16777619u;
	return h | 1;
}

/* Is w (l bytes, any case) the lower-case word e? */
static int
same_word(const char *w, size_t l, const char *e)
{
	size_t k;

	for (k = 0; k < l; k++)
		if (e[k] == '\0' || (char)txt_tolower(w[k]) != e[k])
			return 0;
	return e[l] == '\0';
}

/* Fill the index of a list, on its first use. */
static void
wl_fill(const struct wordlist *list)
{
	struct wl_index *ix = list->ix;
	size_t i, h, l, c;

	for (i = 0; i < list->n; i++) {
		l = strlen(list->w[i]);
		c = (unsigned char)list->w[i][0] - 'a';
		ix->lens[c < 26 ? c : 26] |= 1ul << (l < 63 ? l : 63);
		if (l > ix->maxlen)
			ix->maxlen = l;
		for (h = wl_hash(list->w[i], l); ix->tab[h % WL_TAB] != 0; h++)
			;
		ix->tab[h % WL_TAB] = (unsigned short)(i + 1);
	}
	ix->filled = 1;
}

/*
 * wl_has_hashed: is w (l bytes, any case) a word of the list?  *h is
 * w's hash, or 0 for this to compute and keep it: a caller that looks
 * one word up in many lists hashes it once.
 */
int
wl_has_hashed(const struct wordlist *list, const char *w, size_t l,
    unsigned *h)
{
	const struct wl_index *ix = list->ix;
	size_t c, k;
	unsigned e;

	if (!ix->filled)
		wl_fill(list);
	if (l == 0 || l > ix->maxlen)
		return 0;
	c = (unsigned char)txt_tolower(w[0]) - 'a';
	if (!(ix->lens[c < 26 ? c : 26] >> l & 1))
		return 0;
	if (*h == 0)
		*h = wl_hash(w, l);
	for (k = *h; (e = ix->tab[k % WL_TAB]) != 0; k++)
		if (same_word(w, l, list->w[e - 1]))
			return 1;
	return 0;
}

/* wl_has: is w (l bytes, any case) a word of the list? */
int
wl_has(const struct wordlist *list, const char *w, size_t l)
{
	unsigned h = 0;

	return wl_has_hashed(list, w, l, &h);
}
