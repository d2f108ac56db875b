/* datewords.c -- the word table of the date grammar, indexed by first letter. */
#include <stdint.h>

#include "datewords.h"
#include "text.h"

#define E(w, c, v, f)	{ w, sizeof(w) - 1, c, v, f }
#define END		{ NULL, 0, 0, 0, 0 }

static const struct dateword w_a[] = {
	E("a", DW_NUM, 1, 0), E("an", DW_NUM, 1, 0),
	E("april", DW_MONTH, 4, DW_NAME), E("apr", DW_MONTH, 4, DW_CAP | DW_ABBR),
	E("august", DW_MONTH, 8, DW_NAME), E("aug", DW_MONTH, 8, DW_CAP | DW_ABBR),
	E("afternoon", DW_PART, PT_AF, 0), E("afternoons", DW_PART, PT_AF, DW_PLURAL),
	E("autumn", DW_SEASON, SE_FA, 0), E("ago", DW_AGO, 0, 0),
	E("annually", DW_SET, U_YEAR, 0), E("about", DW_ABOUT, 0, 0),
	E("around", DW_ABOUT, 0, 0), E("almost", DW_ABOUT, 0, 0),
	E("approximately", DW_ABOUT, 0, 0), END
};
static const struct dateword w_c[] = {
	E("century", DW_UNIT, U_CENT, 0), E("centuries", DW_UNIT, U_CENT, DW_PLURAL),
	E("coming", DW_REL, R_COMING, 0), E("current", DW_REL, R_CURRENT, 0),
	E("currently", DW_REF, REF_PRESENT, 0), END
};
static const struct dateword w_d[] = {
	E("day", DW_UNIT, U_DAY, 0), E("days", DW_UNIT, U_DAY, DW_PLURAL),
	E("decade", DW_UNIT, U_DECADE, 0), E("decades", DW_UNIT, U_DECADE, DW_PLURAL),
	E("december", DW_MONTH, 12, 0), E("dec", DW_MONTH, 12, DW_CAP | DW_ABBR),
	E("daily", DW_SET, U_DAY, 0), END
};
static const struct dateword w_e[] = {
	E("early", DW_EML, 0, 0), E("earlier", DW_SHIFT, -1, 0),
	E("evening", DW_PART, PT_EV, 0), E("evenings", DW_PART, PT_EV, DW_PLURAL),
	E("eight", DW_NUM, 8, 0), E("eighteen", DW_NUM, 18, 0),
	E("eighty", DW_NUM, 80, 0), E("eleven", DW_NUM, 11, 0),
	E("eighth", DW_ORD, 8, 0), E("eleventh", DW_ORD, 11, 0),
	E("eighteenth", DW_ORD, 18, 0), E("eighties", DW_DECADE, 8, 0),
	E("every", DW_EVERY, 0, 0), E("each", DW_EVERY, 0, 0), END
};
static const struct dateword w_f[] = {
	E("february", DW_MONTH, 2, 0), E("feb", DW_MONTH, 2, DW_CAP | DW_ABBR),
	E("friday", DW_WDAY, 5, 0), E("fri", DW_WDAY, 5, DW_CAP | DW_ABBR),
	E("fridays", DW_WDAY, 5, DW_PLURAL),
	E("few", DW_NUM, -1, 0), E("five", DW_NUM, 5, 0), E("four", DW_NUM, 4, 0),
	E("fifteen", DW_NUM, 15, 0), E("fourteen", DW_NUM, 14, 0),
	E("fifty", DW_NUM, 50, 0), E("forty", DW_NUM, 40, 0),
	E("first", DW_ORD, 1, 0), E("fourth", DW_ORD, 4, 0),
	E("fifth", DW_ORD, 5, 0), E("fifteenth", DW_ORD, 15, 0),
	E("fourteenth", DW_ORD, 14, 0), E("fiscal", DW_FISCAL, 0, 0),
	E("following", DW_REL, R_FOLLOW, 0), E("fortnight", DW_UNIT, U_FORT, 0),
	E("fall", DW_SEASON, SE_FA, DW_NAME), E("fifties", DW_DECADE, 5, 0),
	E("forties", DW_DECADE, 4, 0), END
};
static const struct dateword w_h[] = {
	E("hour", DW_UNIT, U_HOUR, 0), E("hours", DW_UNIT, U_HOUR, DW_PLURAL),
	E("half", DW_HALF, 0, 0), E("hourly", DW_SET, U_HOUR, 0), END
};
static const struct dateword w_j[] = {
	E("january", DW_MONTH, 1, 0), E("jan", DW_MONTH, 1, DW_CAP | DW_ABBR),
	E("july", DW_MONTH, 7, 0), E("jul", DW_MONTH, 7, DW_CAP | DW_ABBR),
	E("june", DW_MONTH, 6, DW_NAME), E("jun", DW_MONTH, 6, DW_CAP | DW_ABBR),
	END
};
static const struct dateword w_l[] = {
	E("last", DW_REL, R_LAST, 0), E("late", DW_EML, 0, 0),
	E("later", DW_SHIFT, 1, 0), E("latest", DW_REL, R_LATEST, 0), END
};
static const struct dateword w_m[] = {
	E("march", DW_MONTH, 3, DW_NAME), E("mar", DW_MONTH, 3, DW_CAP | DW_ABBR),
	E("may", DW_MONTH, 5, DW_NAME), E("monday", DW_WDAY, 1, 0),
	E("mon", DW_WDAY, 1, DW_CAP | DW_ABBR), E("mondays", DW_WDAY, 1, DW_PLURAL),
	E("minute", DW_UNIT, U_MIN, 0), E("minutes", DW_UNIT, U_MIN, DW_PLURAL),
	E("month", DW_UNIT, U_MONTH, 0), E("months", DW_UNIT, U_MONTH, DW_PLURAL),
	E("morning", DW_PART, PT_MO, 0), E("mornings", DW_PART, PT_MO, DW_PLURAL),
	E("mid", DW_EML, 0, 0), E("midnight", DW_CLOCK, 24, 0),
	E("monthly", DW_SET, U_MONTH, 0), E("many", DW_NUM, -1, 0), END
};
static const struct dateword w_n[] = {
	E("november", DW_MONTH, 11, 0), E("nov", DW_MONTH, 11, DW_CAP | DW_ABBR),
	E("next", DW_REL, R_NEXT, 0), E("now", DW_REF, REF_PRESENT, 0),
	E("nearly", DW_APPROX, 0, 0), E("nine", DW_NUM, 9, 0),
	E("nineteen", DW_NUM, 19, 0), E("ninety", DW_NUM, 90, 0),
	E("ninth", DW_ORD, 9, 0), E("nineteenth", DW_ORD, 19, 0),
	E("night", DW_PART, PT_NI, 0), E("nights", DW_PART, PT_NI, DW_PLURAL),
	E("noon", DW_CLOCK, 12, 0), E("nineties", DW_DECADE, 9, 0), END
};
static const struct dateword w_o[] = {
	E("october", DW_MONTH, 10, 0), E("oct", DW_MONTH, 10, DW_CAP | DW_ABBR),
	E("one", DW_NUM, 1, 0), E("overnight", DW_PART, PT_NI, 0),
	E("over", DW_APPROX, 0, 0), END
};
static const struct dateword w_p[] = {
	E("past", DW_REL, R_PAST, 0), E("previous", DW_REL, R_PREV, 0), END
};
static const struct dateword w_q[] = {
	E("quarter", DW_UNIT, U_QUARTER, 0), E("quarters", DW_UNIT, U_QUARTER, DW_PLURAL),
	END
};
static const struct dateword w_r[] = {
	E("recently", DW_REF, REF_PAST, 0), E("recent", DW_REL, R_RECENT, 0),
	E("roughly", DW_ABOUT, 0, 0), END
};
static const struct dateword w_s[] = {
	E("september", DW_MONTH, 9, 0), E("sep", DW_MONTH, 9, DW_CAP | DW_ABBR),
	E("sept", DW_MONTH, 9, DW_CAP | DW_ABBR),
	E("saturday", DW_WDAY, 6, 0), E("sat", DW_WDAY, 6, DW_CAP | DW_ABBR),
	E("saturdays", DW_WDAY, 6, DW_PLURAL),
	E("sunday", DW_WDAY, 7, 0), E("sun", DW_WDAY, 7, DW_CAP | DW_ABBR),
	E("sundays", DW_WDAY, 7, DW_PLURAL),
	E("second", DW_UNIT, U_SEC, 0), E("seconds", DW_UNIT, U_SEC, DW_PLURAL),
	E("several", DW_NUM, -1, 0), E("six", DW_NUM, 6, 0),
	E("seven", DW_NUM, 7, 0), E("sixteen", DW_NUM, 16, 0),
	E("seventeen", DW_NUM, 17, 0), E("sixty", DW_NUM, 60, 0),
	E("seventy", DW_NUM, 70, 0), E("sixth", DW_ORD, 6, 0),
	E("seventh", DW_ORD, 7, 0), E("sixteenth", DW_ORD, 16, 0),
	E("seventeenth", DW_ORD, 17, 0), E("spring", DW_SEASON, SE_SP, 0),
	E("summer", DW_SEASON, SE_SU, 0), E("sixties", DW_DECADE, 6, 0),
	E("seventies", DW_DECADE, 7, 0), END
};
static const struct dateword w_t[] = {
	E("today", DW_DEIC, 0, 0), E("tomorrow", DW_DEIC, 1, 0),
	E("tonight", DW_DEIC, 0, 0), E("this", DW_REL, R_THIS, 0),
	E("the", DW_THE, 0, 0), E("tuesday", DW_WDAY, 2, 0),
	E("tue", DW_WDAY, 2, DW_CAP | DW_ABBR), E("tues", DW_WDAY, 2, DW_CAP | DW_ABBR),
	E("tuesdays", DW_WDAY, 2, DW_PLURAL),
	E("thursday", DW_WDAY, 4, 0), E("thu", DW_WDAY, 4, DW_CAP | DW_ABBR),
	E("thur", DW_WDAY, 4, DW_CAP | DW_ABBR), E("thurs", DW_WDAY, 4, DW_CAP | DW_ABBR),
	E("thursdays", DW_WDAY, 4, DW_PLURAL),
	E("two", DW_NUM, 2, 0), E("three", DW_NUM, 3, 0), E("ten", DW_NUM, 10, 0),
	E("twelve", DW_NUM, 12, 0), E("thirteen", DW_NUM, 13, 0),
	E("twenty", DW_NUM, 20, 0), E("thirty", DW_NUM, 30, 0),
	E("third", DW_ORD, 3, 0), E("tenth", DW_ORD, 10, 0),
	E("twelfth", DW_ORD, 12, 0), E("thirteenth", DW_ORD, 13, 0),
	E("twentieth", DW_ORD, 20, 0), E("twenties", DW_DECADE, 2, 0),
	E("thirties", DW_DECADE, 3, 0), END
};
static const struct dateword w_w[] = {
	E("wednesday", DW_WDAY, 3, 0), E("wed", DW_WDAY, 3, DW_CAP | DW_ABBR),
	E("wednesdays", DW_WDAY, 3, DW_PLURAL),
	E("week", DW_UNIT, U_WEEK, 0), E("weeks", DW_UNIT, U_WEEK, DW_PLURAL),
	E("weekend", DW_UNIT, U_WEEKEND, 0), E("weekends", DW_UNIT, U_WEEKEND, DW_PLURAL),
	E("winter", DW_SEASON, SE_WI, 0), E("weekly", DW_SET, U_WEEK, 0), END
};
static const struct dateword w_y[] = {
	E("year", DW_UNIT, U_YEAR, 0), E("years", DW_UNIT, U_YEAR, DW_PLURAL),
	E("yesterday", DW_DEIC, -1, 0), E("yearly", DW_SET, U_YEAR, 0), END
};
static const struct dateword w_none[] = { END };

static const struct dateword *const bylet[26] = {
	w_a, w_none, w_c, w_d, w_e, w_f, w_none, w_h, w_none, w_j, w_none,
	w_l, w_m, w_n, w_o, w_p, w_q, w_r, w_s, w_t, w_none, w_none, w_w,
	w_none, w_y, w_none
};

/*
 * A hash of the words above, written by tests/mkdatehash.py: one probe
 * and a compare or two per word.  Before it, dw_lenmask turns most words
 * of a text away: bit n of [a][b] is set when some word beginning with
 * the letters a b has n letters.  dw_check (run by the unit tests) fails
 * when either is stale.
 */
/* BEGIN hash */
#define DW_HASHMUL	4u
#define DW_HASHSIZE	1024
static const struct dateword *const dw_hash[DW_HASHSIZE][2] = {
	[27] = { &w_a[9] },
	[28] = { &w_e[9] },
	[36] = { &w_d[4], &w_n[2] },
	[43] = { &w_t[8] },
	[45] = { &w_n[5] },
	[47] = { &w_n[0] },
	[55] = { &w_d[5] },
	[61] = { &w_d[0] },
	[63] = { &w_w[5] },
	[66] = { &w_a[3], &w_s[11] },
	[74] = { &w_s[19] },
	[75] = { &w_a[5] },
	[80] = { &w_p[0] },
	[84] = { &w_a[4] },
	[86] = { &w_f[1] },
	[97] = { &w_a[0] },
	[107] = { &w_f[5] },
	[116] = { &w_a[13] },
	[121] = { &w_f[2] },
	[122] = { &w_f[18] },
	[123] = { &w_s[17] },
	[129] = { &w_c[0] },
	[131] = { &w_m[13] },
	[138] = { &w_y[2] },
	[139] = { &w_t[23] },
	[145] = { &w_f[3] },
	[146] = { &w_j[1] },
	[149] = { &w_m[7] },
	[154] = { &w_n[12] },
	[159] = { &w_t[1] },
	[161] = { &w_w[2] },
	[174] = { &w_w[4] },
	[185] = { &w_s[6] },
	[197] = { &w_n[10] },
	[198] = { &w_m[1] },
	[204] = { &w_w[0] },
	[205] = { &w_m[2] },
	[215] = { &w_t[2] },
	[216] = { &w_m[12] },
	[217] = { &w_f[14] },
	[224] = { &w_j[3] },
	[226] = { &w_j[5] },
	[232] = { &w_f[10] },
	[240] = { &w_o[1] },
	[248] = { &w_d[6] },
	[250] = { &w_c[4], &w_m[4] },
	[269] = { &w_o[2] },
	[273] = { &w_e[5] },
	[274] = { &w_n[1], &w_s[23] },
	[275] = { &w_n[3] },
	[285] = { &w_n[7] },
	[294] = { &w_o[4] },
	[296] = { &w_s[4] },
	[299] = { &w_s[22] },
	[308] = { &w_s[1] },
	[313] = { &w_t[17] },
	[317] = { &w_p[1] },
	[318] = { &w_e[2] },
	[320] = { &w_s[14] },
	[322] = { &w_t[16] },
	[324] = { &w_e[13], &w_s[2] },
	[325] = { &w_t[4] },
	[328] = { &w_t[13] },
	[330] = { &w_h[1] },
	[332] = { &w_s[12] },
	[333] = { &w_s[0] },
	[341] = { &w_t[10] },
	[345] = { &w_n[8] },
	[358] = { &w_m[11] },
	[359] = { &w_d[1] },
	[360] = { &w_w[1] },
	[362] = { &w_e[3] },
	[365] = { &w_t[19] },
	[367] = { &w_w[6] },
	[370] = { &w_s[7] },
	[377] = { &w_t[6] },
	[389] = { &w_s[24] },
	[390] = { &w_e[1] },
	[391] = { &w_l[2] },
	[395] = { &w_t[14] },
	[397] = { &w_h[3] },
	[407] = { &w_t[3] },
	[412] = { &w_f[13] },
	[416] = { &w_r[0] },
	[417] = { &w_f[12] },
	[419] = { &w_s[13] },
	[428] = { &w_f[20] },
	[449] = { &w_d[2] },
	[450] = { &w_w[7] },
	[454] = { &w_t[11] },
	[466] = { &w_f[19] },
	[468] = { &w_e[11] },
	[473] = { &w_m[8] },
	[480] = { &w_s[21] },
	[484] = { &w_f[17] },
	[494] = { &w_o[3], &w_t[5] },
	[498] = { &w_a[1] },
	[503] = { &w_s[3] },
	[513] = { &w_m[6] },
	[527] = { &w_w[3] },
	[538] = { &w_n[6] },
	[550] = { &w_h[2] },
	[561] = { &w_a[2] },
	[568] = { &w_r[1] },
	[573] = { &w_m[10] },
	[585] = { &w_f[15] },
	[589] = { &w_f[6] },
	[590] = { &w_s[5] },
	[597] = { &w_m[0] },
	[599] = { &w_t[7] },
	[601] = { &w_t[22] },
	[619] = { &w_a[10] },
	[630] = { &w_f[4], &w_s[20] },
	[633] = { &w_s[15] },
	[646] = { &w_y[0] },
	[648] = { &w_e[0] },
	[650] = { &w_y[1] },
	[653] = { &w_n[4], &w_y[3] },
	[660] = { &w_l[3] },
	[678] = { &w_e[7] },
	[694] = { &w_f[7], &w_t[9] },
	[697] = { &w_a[11], &w_m[3] },
	[700] = { &w_s[25] },
	[701] = { &w_t[21] },
	[706] = { &w_a[14] },
	[708] = { &w_a[7] },
	[712] = { &w_s[9] },
	[724] = { &w_q[0] },
	[735] = { &w_n[13] },
	[747] = { &w_c[2] },
	[749] = { &w_c[3] },
	[761] = { &w_s[18] },
	[771] = { &w_f[16] },
	[776] = { &w_s[16] },
	[784] = { &w_e[12] },
	[791] = { &w_f[9] },
	[792] = { &w_t[15] },
	[793] = { &w_t[18] },
	[796] = { &w_c[1] },
	[797] = { &w_w[8] },
	[808] = { &w_a[12], &w_f[11] },
	[822] = { &w_h[0] },
	[835] = { &w_f[8] },
	[837] = { &w_l[1] },
	[848] = { &w_l[0] },
	[871] = { &w_e[10] },
	[884] = { &w_s[8] },
	[885] = { &w_m[5] },
	[886] = { &w_a[8] },
	[891] = { &w_r[2] },
	[892] = { &w_e[8] },
	[896] = { &w_j[0] },
	[897] = { &w_m[15] },
	[902] = { &w_f[21], &w_f[22] },
	[903] = { &w_n[11] },
	[906] = { &w_t[12] },
	[909] = { &w_e[6] },
	[919] = { &w_d[3] },
	[925] = { &w_a[6] },
	[941] = { &w_t[20] },
	[945] = { &w_s[10] },
	[955] = { &w_m[14] },
	[960] = { &w_q[1] },
	[965] = { &w_e[4] },
	[978] = { &w_f[0], &w_n[9] },
	[983] = { &w_m[9] },
	[986] = { &w_t[26] },
	[988] = { &w_t[27] },
	[1005] = { &w_j[4] },
	[1007] = { &w_t[24] },
	[1012] = { &w_o[0] },
	[1017] = { &w_j[2] },
	[1020] = { &w_t[0], &w_t[25] },
};
const unsigned short dw_lenmask[26][26] = {
	[0][1] = 0x0020, [0][5] = 0x0600, [0][6] = 0x0008,
	[0][11] = 0x0040, [0][13] = 0x0104, [0][15] = 0x2028,
	[0][17] = 0x0040, [0][20] = 0x0048, [2][4] = 0x0280,
	[2][14] = 0x0040, [2][20] = 0x0280, [3][0] = 0x0038,
	[3][4] = 0x01c8, [4][0] = 0x00b0, [4][8] = 0x0560,
	[4][11] = 0x0140, [4][21] = 0x01a0, [5][0] = 0x0010,
	[5][4] = 0x0108, [5][8] = 0x02f0, [5][14] = 0x07f0,
	[5][17] = 0x00c8, [7][0] = 0x0010, [7][14] = 0x0070,
	[9][0] = 0x0088, [9][20] = 0x0018, [11][0] = 0x0070,
	[12][0] = 0x0038, [12][8] = 0x01c8, [12][14] = 0x01e8,
	[13][4] = 0x0050, [13][8] = 0x0570, [13][14] = 0x0118,
	[14][2] = 0x0088, [14][13] = 0x0008, [14][21] = 0x0210,
	[15][0] = 0x0010, [15][17] = 0x0100, [16][20] = 0x0180,
	[17][4] = 0x0140, [17][14] = 0x0080, [18][0] = 0x0308,
	[18][4] = 0x0af8, [18][8] = 0x02a8, [18][15] = 0x0040,
	[18][20] = 0x00c8, [19][4] = 0x0028, [19][7] = 0x0778,
	[19][14] = 0x01a0, [19][20] = 0x0198, [19][22] = 0x03c8,
	[22][4] = 0x07f8, [22][8] = 0x0040, [24][4] = 0x0270
};
/* END hash */

/* The hash of the n letters at s, ASCII case folded. */
static unsigned
dw_hashof(const char *s, size_t n)
{
	uint32_t x = 0;
	size_t i;

	for (i = 0; i < n; i++)
		x = x * DW_HASHMUL + ((unsigned char)s[i] | 0x20);
	return (x ^ (x >> 15)) % DW_HASHSIZE;
}

/*
 * dw_lookup: the entry for the n letters at s (any case), or NULL.  The
 * caller checks the DW_CAP flag against the case as written.
 */
const struct dateword *
dw_lookup(const char *s, size_t n)
{
	const struct dateword *d;
	unsigned h, k;

	if (n == 0 || n > 13)
		return NULL;
	if (n > 1) {
		k = (unsigned)txt_tolower(s[0]) - 'a';
		h = (unsigned)txt_tolower(s[1]) - 'a';
		if (k >= 26 || h >= 26 || !(dw_lenmask[k][h] >> n & 1))
			return NULL;
	}
	h = dw_hashof(s, n);
	for (k = 0; k < 2 && (d = dw_hash[h][k]) != NULL; k++)
		if (d->len == n && txt_ncaseeq(s, d->w, n))
			return d;
	return NULL;
}

/* dw_check: 0 when the length masks agree with the tables (for the tests). */
int
dw_check(void)
{
	const struct dateword *d;
	int c;

	for (c = 0; c < 26; c++)
		for (d = bylet[c]; d->w != NULL; d++)
			if (d->w[0] - 'a' != c || dw_lookup(d->w, d->len) != d)
				return -1;
	return 0;
}
