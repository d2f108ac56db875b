/* date.c -- the date and time recogniser (stub until the grammar lands). */
#include <stdlib.h>

#include "date.h"

size_t
date_scan(const char *s, size_t n, const struct date_opts *opt,
    struct date_list *out)
{
	(void)s, (void)n, (void)opt;
	return out->n = 0;
}

void
date_list_free(struct date_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

int
date_parse_ref(const char *s, size_t n, struct date_ref *r)
{
	(void)s, (void)n, (void)r;
	return -1;
}
