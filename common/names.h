/* names.h -- what a first name says of the person: a man or a woman;
 * and the names of places, which are no one's. */
#ifndef NAMES_H
#define NAMES_H

#include <stddef.h>

enum { G_NONE, G_MALE, G_FEMALE };

int			 firstname_sex(const char *, size_t);
const char *const	*firstname_list(int, size_t *);
int			 place_name(const char *, size_t);

#endif
