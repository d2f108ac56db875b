/* split.h -- take one news article apart: layout, headers, paragraphs,
 * dateline and credit.  Plain functions on bytes, no I/O. */
#ifndef SPLIT_H
#define SPLIT_H

#include <stddef.h>

/* The header layouts nsplit knows (see nsplit(1)). */
enum split_layout {
	SPLIT_PLAIN,	/* title line, blank line, body */
	SPLIT_SEED,	/* " date YYYY-MM-DD Section", title, subtitle, Published */
	SPLIT_WIRE,	/* "-- " header lines */
	SPLIT_FRONT,	/* "---" front matter of "key: value" lines */
	SPLIT_KEYS,	/* "Key: value" lines ended by a blank line */
	SPLIT_BARE	/* a blank first line: no headers at all */
};

/* How the body's lines make paragraphs. */
enum split_mode {
	SPLIT_LINES,	/* one paragraph a line */
	SPLIT_BLOCKS,	/* blank-line separated */
	SPLIT_INDENT	/* hard-wrapped: an indented line starts a paragraph */
};

/* A header: name (NUL-terminated, [a-z][a-z0-9_]*) and value (in the text). */
struct split_hdr {
	const char	*name;
	size_t		 nameoff;	/* in names, while they may move */
	const char	*val;
	size_t		 vallen;
};

/* A paragraph: text[start..start+len) of the article. */
struct split_para {
	size_t	 start;
	size_t	 len;
};

/* A line of the article: text[start..start+len), and what it is. */
struct split_line {
	size_t	 start;
	size_t	 len;
	int	 blank;		/* only white space */
	int	 indent;	/* begins with white space */
};

/* The result of split_article; reuse it from one article to the next. */
struct split {
	enum split_layout	 layout;
	enum split_mode		 mode;
	struct split_hdr	*hdr;
	size_t			 nhdr, hdrcap;
	struct split_para	*para;
	size_t			 npara, paracap;
	struct split_line	*line;
	size_t			 nline, linecap;
	char			*names;		/* key names, normalised */
	size_t			 nameslen, namescap;
};

void	split_article(struct split *, const char *, size_t);
int	split_add_line(struct split *, const char *, size_t, size_t);
void	split_grow_lines(struct split *);
void	split_indexed(struct split *, const char *);
void	split_free(struct split *);

int	split_dateline(const char *, size_t, size_t *, size_t *);
int	split_credit(const char *, size_t, size_t *, size_t *);
int	split_credit_line(const char *, size_t);

int	split_blank(const char *, size_t);
int	split_is_formfeed(const char *, size_t);
int	split_is_datemark(const char *, size_t);

/* split_put: index the line text[start..start+len), blank or indented. */
static inline int
split_put(struct split *s, size_t start, size_t len, int blank, int indent)
{
	struct split_line *l;

	if (s->nline == s->linecap)
		split_grow_lines(s);
	l = &s->line[s->nline++];
	l->start = start;
	l->len = len;
	l->blank = blank;
	l->indent = indent;
	return blank;
}

/*
 * split_add_plain: split_add_line for a line the caller has looked at:
 * empty (blank), or not blank, indented or not.  Inline, as a reader
 * calls it for nearly every line it reads.  Returns whether the line is
 * blank.
 */
static inline int
split_add_plain(struct split *s, size_t start, size_t len, int indent)
{
	return split_put(s, start, len, len == 0, indent);
}

#endif
