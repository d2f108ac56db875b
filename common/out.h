/* out.h -- the record writer: buffered, whole lines only, errors once. */
#ifndef OUT_H
#define OUT_H

#include <stddef.h>

struct out {
	int		 fd;
	const char	*name;		/* for messages: "stdout" */
	char		*buf;
	size_t		 len;		/* bytes in buf */
	size_t		 cap;
	size_t		 whole;		/* buf[0..whole) holds whole lines */
	size_t		 nfield;	/* fields in the record being built */
	int		 failed;	/* a write failed; output is dropped */
};

void	out_init(struct out *, int, const char *);
void	out_field(struct out *, const char *, size_t);
void	out_str(struct out *, const char *);
void	out_num(struct out *, unsigned long);
void	out_rawfield(struct out *, const char *, size_t);
int	out_end(struct out *);
void	out_line(struct out *, const char *, size_t);
int	out_flush(struct out *);
int	out_close(struct out *);

void	out_catch_signals(void);
int	out_interrupted(void);

#endif
