/* json.h -- JSON text for any bytes, and records as JSON objects. */
#ifndef JSON_H
#define JSON_H

#include <stddef.h>

#include "art.h"

/* A growing output buffer; the caller frees buf (jbuf_free). */
struct jbuf {
	char	*buf;
	size_t	 len;
	size_t	 cap;
};

void	json_raw(struct jbuf *, const char *, size_t);
void	json_str(struct jbuf *, const char *, size_t);
void	json_num(struct jbuf *, unsigned long);
int	json_is_number(const char *, size_t);
void	json_value(struct jbuf *, const char *, size_t);
void	jbuf_free(struct jbuf *);

void	json_article(struct jbuf *, const struct article *);
void	json_record(struct jbuf *, const struct article *, size_t);

#endif
