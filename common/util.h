/* util.h -- allocation, files and option helpers shared by every command. */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>
#include <stdio.h>

#define EXIT_TROUBLE	2
#define NEWSUTILS_VERSION	"0.1"

void	 xnomem(void);
void	*xmalloc(size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
void	*xmemdup(const void *, size_t);
void	 xgrow(void *, size_t *, size_t, size_t);

FILE	*xfopen(const char *, int *);
int	 xfclose(FILE *, const char *);

int	 std_options(int, char *[], const char *);

#endif
