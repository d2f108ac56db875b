/* fuzz_fig.c -- libFuzzer harness: the figure recogniser on any bytes. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "fig.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* The figures of fig_scan, to compare the batches of fig_scan_each with. */
struct whole {
	const struct fig_list	*all;
	size_t			 seen;
};

static int
same_str(const struct fig_list *a, size_t x, const struct fig_list *b,
    size_t y)
{
	return strcmp(fig_str(a, x), fig_str(b, y)) == 0;
}

static void
batch(const struct fig_list *l, void *arg)
{
	struct whole *w = arg;
	const struct fig *f, *g;
	size_t i;

	for (i = 0; i < l->n; i++, w->seen++) {
		if (w->seen >= w->all->n)
			__builtin_trap();
		f = &l->v[i];
		g = &w->all->v[w->seen];
		if (f->start != g->start || f->end != g->end ||
		    f->qual != g->qual ||
		    !same_str(l, f->value, w->all, g->value) ||
		    !same_str(l, f->unit, w->all, g->unit) ||
		    !same_str(l, f->hi, w->all, g->hi))
			__builtin_trap();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fig_list l, e;
	struct whole w;
	size_t i;

	memset(&l, 0, sizeof(l));
	fig_scan((const char *)data, size, &l);
	for (i = 0; i < l.n; i++) {
		/* every span lies in the text and every string ends */
		if (l.v[i].start > l.v[i].end || l.v[i].end > size ||
		    strlen(fig_str(&l, l.v[i].value)) == 0)
			__builtin_trap();
		(void)strlen(fig_str(&l, l.v[i].unit));
		(void)strlen(fig_str(&l, l.v[i].hi));
	}
	/* in batches, the same figures */
	memset(&e, 0, sizeof(e));
	w.all = &l;
	w.seen = 0;
	if (fig_scan_each((const char *)data, size, &e, batch, &w) != l.n ||
	    w.seen != l.n)
		__builtin_trap();
	fig_list_free(&e);
	fig_list_free(&l);
	return 0;
}
