/* rec.h -- the newsrec record format: read, split, escape, check. */
#ifndef REC_H
#define REC_H

#include <stddef.h>
#include <stdio.h>

/* A line split in place into fields; fields may hold NUL bytes, so use len. */
struct rec {
	char	**field;	/* field[i] points into the line */
	size_t	 *len;		/* byte length of field[i], escaped */
	size_t	  nfield;
	size_t	  cap;
};

#define REC_UNKNOWN	((size_t)-1)	/* rec_fields: first TAB not known */

/* Why a line is not a record; REC_OK when it is. */
enum rec_err {
	REC_OK = 0,
	REC_FEW,	/* fewer than three fields */
	REC_NOID,	/* ID empty or not ending in :N */
	REC_NOTYPE	/* TYPE empty or not a lowercase ASCII word */
};

/* A line reader with no length limit; line excludes the LF. */
struct reader {
	FILE		*fp;
	const char	*name;
	unsigned long	 lineno;
	char		*buf;
	size_t		 cap;
};

size_t		 rec_split(struct rec *, char *, size_t);
size_t		 rec_fields(struct rec *, char *, size_t, size_t);
void		 rec_unsplit(struct rec *);
enum rec_err	 rec_check(const struct rec *);
const char	*rec_strerror(enum rec_err);
void		 rec_free(struct rec *);

size_t		 rec_unescape(char *, const char *, size_t);
size_t		 rec_escape(char *, const char *, size_t);
size_t		 rec_escaped_len(const char *, size_t);

int		 rec_is_type(const struct rec *, const char *);
int		 rec_field_eq(const struct rec *, size_t, const char *);

void		 reader_init(struct reader *, FILE *, const char *);
long		 reader_line(struct reader *, char **);
void		 reader_free(struct reader *);

#endif
