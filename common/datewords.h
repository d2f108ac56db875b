/* datewords.h -- the words of the date grammar, looked up by ndate's scanner. */
#ifndef DATEWORDS_H
#define DATEWORDS_H

#include <stddef.h>

enum dw_class {
	DW_MONTH = 1,	/* val 1-12 */
	DW_WDAY,	/* val 1 (Monday) - 7 */
	DW_UNIT,	/* val enum dw_unit */
	DW_NUM,		/* val the count; -1 for an unknown count */
	DW_ORD,		/* val 1-21: first ... twenty-first */
	DW_PART,	/* val enum dw_part */
	DW_SEASON,	/* val enum dw_season */
	DW_REL,		/* val enum dw_rel */
	DW_DEIC,	/* val the day offset: yesterday -1 */
	DW_REF,		/* val enum dw_ref */
	DW_EML,		/* early, mid, late */
	DW_APPROX,	/* about, nearly, ... */
	DW_THE,
	DW_FISCAL,
	DW_SHIFT,	/* earlier, later */
	DW_CLOCK,	/* noon (12), midnight (24) */
	DW_SET,		/* daily ...: val enum dw_unit */
	DW_EVERY,	/* every, each */
	DW_DECADE,	/* twenties ... nineties: val 2-9 */
	DW_HALF,
	DW_AGO,
	DW_ABOUT,	/* about, around, almost: before a time or an ago */
	DW_CUE,		/* a tense cue, val enum dw_cue; starts no expression */
	DW_HOLIDAY	/* val enum dw_holiday */
};

enum dw_holiday { HO_CHRISTMAS = 1, HO_THANKSGIVING, HO_HALLOWEEN,
	HO_ELECTION, HO_LABOR, HO_MEMORIAL, HO_INDEPENDENCE };

enum dw_cue { CUE_NONE, CUE_FUT, CUE_PAST, CUE_SAY };

enum dw_unit { U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_WEEKEND, U_FORT,
	U_MONTH, U_QUARTER, U_YEAR, U_DECADE, U_CENT };
enum dw_part { PT_MO = 1, PT_MI, PT_AF, PT_EV, PT_NI };
enum dw_season { SE_SP = 1, SE_SU, SE_FA, SE_WI };
enum dw_rel { R_THIS = 1, R_LAST, R_NEXT, R_PAST, R_COMING, R_PREV,
	R_FOLLOW, R_CURRENT, R_RECENT, R_LATEST, R_THAT };
enum dw_ref { REF_PRESENT = 1, REF_PAST, REF_FUTURE };

/* Word flags. */
#define DW_CAP		1	/* must be written with a capital */
#define DW_ABBR		2	/* an abbreviation: may take a period */
#define DW_PLURAL	4	/* a plural unit */
#define DW_NAME		8	/* a month that is also a common word or name */

struct dateword {
	const char	*w;
	unsigned char	 len;
	unsigned char	 cls;
	signed char	 val;
	unsigned char	 flags;
};

/*
 * Bit n of dw_lenmask[a][b]: a word that begins with letters a b has n
 * letters; dw_startmask the same for the words that can start an
 * expression (not the tense cues).
 */
extern const unsigned short	 dw_lenmask[26][26];
extern const unsigned short	 dw_startmask[26][26];

const struct dateword	*dw_lookup(const char *, size_t);
int			 dw_check(void);

#endif
