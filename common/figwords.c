/*
 * figwords.c -- the vocabulary of figures as tables, and the matchers that
 * look a phrase up at a position.  Matching is ASCII case-insensitive and
 * wants whole words: "km" does not match the start of "kmph".
 */
#include <string.h>

#include "fig.h"
#include "figwords.h"
#include "text.h"

const struct figword fw_small[] = {
	{ "one", NULL, 1 }, { "two", NULL, 2 },
	{ "three", NULL, 3 }, { "four", NULL, 4 }, { "five", NULL, 5 },
	{ "six", NULL, 6 }, { "seven", NULL, 7 }, { "eight", NULL, 8 },
	{ "nine", NULL, 9 }, { "ten", NULL, 10 }, { "eleven", NULL, 11 },
	{ "twelve", NULL, 12 }, { "thirteen", NULL, 13 },
	{ "fourteen", NULL, 14 }, { "fifteen", NULL, 15 },
	{ "sixteen", NULL, 16 }, { "seventeen", NULL, 17 },
	{ "eighteen", NULL, 18 }, { "nineteen", NULL, 19 },
	{ "twenty", NULL, 20 }, { "thirty", NULL, 30 }, { "forty", NULL, 40 },
	{ "fifty", NULL, 50 }, { "sixty", NULL, 60 }, { "seventy", NULL, 70 },
	{ "eighty", NULL, 80 }, { "ninety", NULL, 90 },
	{ NULL, NULL, 0 }
};

/* Scale words and their power of ten; "hundred" and "dozen" multiply. */
const struct figword fw_big[] = {
	{ "hundred", NULL, 2 }, { "thousand", NULL, 3 },
	{ "million", NULL, 6 }, { "millions", NULL, 6 }, { "mln", NULL, 6 },
	{ "mn", NULL, 6 }, { "billion", NULL, 9 }, { "billions", NULL, 9 },
	{ "bln", NULL, 9 }, { "bn", NULL, 9 }, { "trillion", NULL, 12 },
	{ "trln", NULL, 12 }, { "tn", NULL, 12 }, { "lakh", NULL, 5 },
	{ "lakhs", NULL, 5 }, { "lac", NULL, 5 }, { "lacs", NULL, 5 },
	{ "crore", NULL, 7 }, { "crores", NULL, 7 },
	{ NULL, NULL, 0 }
};

/* Scales glued to the digits: 3k, $5bn, 600m, 1.2tn. */
const struct figword fw_attscale[] = {
	{ "k", NULL, 3 }, { "m", NULL, 6 }, { "mn", NULL, 6 },
	{ "mln", NULL, 6 }, { "bn", NULL, 9 }, { "bln", NULL, 9 },
	{ "b", NULL, 9 }, { "tn", NULL, 12 }, { "trn", NULL, 12 },
	{ "t", NULL, 12 },
	{ NULL, NULL, 0 }
};

/* Denominators: val is q of 1/q. */
const struct figword fw_denom[] = {
	{ "half", NULL, 2 }, { "halves", NULL, 2 }, { "third", NULL, 3 },
	{ "thirds", NULL, 3 }, { "quarter", NULL, 4 }, { "quarters", NULL, 4 },
	{ "fourth", NULL, 4 }, { "fourths", NULL, 4 }, { "fifth", NULL, 5 },
	{ "fifths", NULL, 5 }, { "sixth", NULL, 6 }, { "sixths", NULL, 6 },
	{ "eighth", NULL, 8 }, { "eighths", NULL, 8 }, { "tenth", NULL, 10 },
	{ "tenths", NULL, 10 },
	{ NULL, NULL, 0 }
};

/* Vague plurals, read as at least this many (DESIGN.md). */
const struct figword fw_vague[] = {
	{ "dozens", NULL, 12 }, { "scores of", NULL, 20 },
	{ "hundreds", NULL, 100 }, { "thousands", NULL, 1000 },
	{ "tens of thousands", NULL, 10000 },
	{ "hundreds of thousands", NULL, 100000 },
	{ "millions", NULL, 1000000 }, { "tens of millions", NULL, 10000000 },
	{ "hundreds of millions", NULL, 100000000 },
	{ "billions", NULL, 1000000000 },
	{ NULL, NULL, 0 }
};

const struct figword fw_pct[] = {
	{ "%", "%", 0 }, { "percent", "%", 0 }, { "per cent", "%", 0 },
	{ "per-cent", "%", 0 }, { "pc", "%", 0 }, { "pct", "%", 0 },
	{ "percentage points", "pp", 0 }, { "percentage point", "pp", 0 },
	{ "percent points", "pp", 0 }, { "pct points", "pp", 0 },
	{ "pct point", "pp", 0 }, { "pp", "pp", 0 },
	{ "basis points", "basis points", 0 },
	{ "basis point", "basis points", 0 }, { "bps", "basis points", 0 },
	{ "bp", "basis points", 0 },
	{ "points", "points", 0 }, { "point", "points", 0 },
	{ "pts", "points", 0 },
	{ NULL, NULL, 0 }
};

const struct figword fw_cursuf[] = {
	{ "dollars", "USD", 0 }, { "dollar", "USD", 0 },
	{ "us dollars", "USD", 0 }, { "u.s. dollars", "USD", 0 },
	{ "dlrs", "USD", 0 }, { "dlr", "USD", 0 }, { "bucks", "USD", 0 },
	{ "euros", "EUR", 0 }, { "euro", "EUR", 0 },
	{ "pounds sterling", "GBP", 0 }, { "pounds", "GBP", 0 },
	{ "pound", "GBP", 0 }, { "sterling", "GBP", 0 }, { "stg", "GBP", 0 },
	{ "yen", "JPY", 0 }, { "yuan", "CNY", 0 }, { "renminbi", "CNY", 0 },
	{ "rupees", "INR", 0 }, { "rupee", "INR", 0 },
	{ "taka", "BDT", 0 }, { "takas", "BDT", 0 },
	{ "riyals", "SAR", 0 }, { "riyal", "SAR", 0 },
	{ "dirhams", "AED", 0 }, { "dirham", "AED", 0 },
	{ "crowns", "SEK", 0 }, { "kronor", "SEK", 0 }, { "krona", "SEK", 0 },
	{ "francs", "CHF", 0 }, { "swiss francs", "CHF", 0 },
	{ "rupiah", "IDR", 0 }, { "ringgit", "MYR", 0 }, { "baht", "THB", 0 },
	{ "pesos", "MXN", 0 }, { "roubles", "RUB", 0 }, { "rubles", "RUB", 0 },
	{ "lira", "TRY", 0 }, { "shekels", "ILS", 0 }, { "naira", "NGN", 0 },
	{ "hryvnias", "UAH", 0 }, { "rand", "ZAR", 0 },
	{ "cents", "cent", 0 }, { "cent", "cent", 0 }, { "cts", "cent", 0 },
	{ "pence", "pence", 0 },
	{ NULL, NULL, 0 }
};

/* Currencies whose name is a common word: only after a scale word. */
const struct figword fw_curscale[] = {
	{ "marks", "DEM", 0 }, { "won", "KRW", 0 }, { "rand", "ZAR", 0 },
	{ NULL, NULL, 0 }
};

/* Codes and abbreviations written before the number, a space optional. */
const struct figword fw_curpre[] = {
	{ "tk.", "BDT", 0 }, { "tk", "BDT", 0 }, { "rs.", "INR", 0 },
	{ "rs", "INR", 0 }, { "rp", "IDR", 0 }, { "usd", "USD", 0 },
	{ "eur", "EUR", 0 }, { "gbp", "GBP", 0 }, { "jpy", "JPY", 0 },
	{ "cny", "CNY", 0 }, { "rmb", "CNY", 0 }, { "inr", "INR", 0 },
	{ "bdt", "BDT", 0 }, { "pkr", "PKR", 0 }, { "lkr", "LKR", 0 },
	{ "npr", "NPR", 0 }, { "aud", "AUD", 0 }, { "cad", "CAD", 0 },
	{ "chf", "CHF", 0 }, { "sek", "SEK", 0 }, { "nok", "NOK", 0 },
	{ "dkk", "DKK", 0 }, { "hkd", "HKD", 0 }, { "sgd", "SGD", 0 },
	{ "nzd", "NZD", 0 }, { "zar", "ZAR", 0 }, { "brl", "BRL", 0 },
	{ "rub", "RUB", 0 }, { "krw", "KRW", 0 }, { "myr", "MYR", 0 },
	{ "idr", "IDR", 0 }, { "aed", "AED", 0 }, { "sar", "SAR", 0 },
	{ "ngn", "NGN", 0 }, { "egp", "EGP", 0 }, { "mxn", "MXN", 0 },
	{ NULL, NULL, 0 }
};

/* Symbols, longest first where one ends another. */
const struct figword fw_cursym[] = {
	{ "us$", "USD", 0 }, { "hk$", "HKD", 0 }, { "nz$", "NZD", 0 },
	{ "s$", "SGD", 0 }, { "a$", "AUD", 0 }, { "c$", "CAD", 0 },
	{ "r$", "BRL", 0 }, { "$", "USD", 0 }, { "\xc2\xa3", "GBP", 0 },
	{ "\xe2\x82\xac", "EUR", 0 }, { "\xc2\xa5", "JPY", 0 },
	{ "\xe2\x82\xb9", "INR", 0 }, { "\xe0\xa7\xb3", "BDT", 0 },
	{ "\xe2\x82\xbd", "RUB", 0 }, { "\xe2\x82\xa9", "KRW", 0 },
	{ NULL, NULL, 0 }
};

/* Units of measure, in the canonical spelling nfig writes. */
const struct figword fw_measure[] = {
	{ "km/h", "km/h", 0 }, { "kph", "km/h", 0 }, { "kmph", "km/h", 0 },
	{ "kilometres per hour", "km/h", 0 },
	{ "kilometers per hour", "km/h", 0 }, { "km per hour", "km/h", 0 },
	{ "km an hour", "km/h", 0 }, { "mph", "mph", 0 },
	{ "miles per hour", "mph", 0 }, { "miles an hour", "mph", 0 },
	{ "km", "km", 0 }, { "kms", "km", 0 }, { "kilometre", "km", 0 },
	{ "kilometres", "km", 0 }, { "kilometer", "km", 0 },
	{ "kilometers", "km", 0 },
	{ "sq km", "km\xc2\xb2", 0 }, { "km2", "km\xc2\xb2", 0 },
	{ "km\xc2\xb2", "km\xc2\xb2", 0 },
	{ "square kilometres", "km\xc2\xb2", 0 },
	{ "square kilometers", "km\xc2\xb2", 0 },
	{ "square metres", "m\xc2\xb2", 0 }, { "square meters", "m\xc2\xb2", 0 },
	{ "sq m", "m\xc2\xb2", 0 }, { "m\xc2\xb2", "m\xc2\xb2", 0 },
	{ "square feet", "sq ft", 0 }, { "sq ft", "sq ft", 0 },
	{ "cubic metres", "cubic metres", 0 },
	{ "cubic meters", "cubic metres", 0 },
	{ "m\xc2\xb3", "cubic metres", 0 },
	{ "metre", "m", 0 }, { "metres", "m", 0 }, { "meter", "m", 0 },
	{ "meters", "m", 0 }, { "cm", "cm", 0 }, { "centimetres", "cm", 0 },
	{ "centimeters", "cm", 0 }, { "mm", "mm", 0 },
	{ "millimetres", "mm", 0 }, { "millimeters", "mm", 0 },
	{ "mile", "mi", 0 }, { "miles", "mi", 0 }, { "ft", "ft", 0 },
	{ "foot", "ft", 0 }, { "feet", "ft", 0 }, { "inch", "in", 0 },
	{ "inches", "in", 0 }, { "yards", "yd", 0 },
	{ "kg", "kg", 0 }, { "kgs", "kg", 0 }, { "kilo", "kg", 0 },
	{ "kilos", "kg", 0 }, { "kilogram", "kg", 0 }, { "kilograms", "kg", 0 },
	{ "kilogrammes", "kg", 0 }, { "grams", "g", 0 }, { "grammes", "g", 0 },
	{ "mg", "mg", 0 }, { "milligrams", "mg", 0 }, { "lb", "lb", 0 },
	{ "lbs", "lb", 0 }, { "oz", "oz", 0 }, { "ounce", "oz", 0 },
	{ "ounces", "oz", 0 },
	{ "tonne", "tonnes", 0 }, { "tonnes", "tonnes", 0 },
	{ "metric tons", "tonnes", 0 }, { "metric tonnes", "tonnes", 0 },
	{ "ton", "tons", 0 }, { "tons", "tons", 0 },
	{ "litre", "l", 0 }, { "litres", "l", 0 }, { "liter", "l", 0 },
	{ "liters", "l", 0 }, { "ml", "ml", 0 }, { "millilitres", "ml", 0 },
	{ "gallons", "gallons", 0 }, { "barrels", "barrels", 0 },
	{ "barrel", "barrels", 0 }, { "bpd", "bpd", 0 },
	{ "\xc2\xb0" "c", "\xc2\xb0" "C", 0 },
	{ "\xc2\xb0 c", "\xc2\xb0" "C", 0 },
	{ "degrees celsius", "\xc2\xb0" "C", 0 },
	{ "degree celsius", "\xc2\xb0" "C", 0 },
	{ "degrees centigrade", "\xc2\xb0" "C", 0 },
	{ "degrees c", "\xc2\xb0" "C", 0 },
	{ "\xc2\xb0" "f", "\xc2\xb0" "F", 0 },
	{ "degrees fahrenheit", "\xc2\xb0" "F", 0 },
	{ "degrees f", "\xc2\xb0" "F", 0 },
	{ "degrees", "\xc2\xb0", 0 }, { "\xc2\xb0", "\xc2\xb0", 0 },
	{ "gw", "GW", 0 }, { "gigawatts", "GW", 0 }, { "mw", "MW", 0 },
	{ "megawatts", "MW", 0 }, { "kw", "kW", 0 }, { "kilowatts", "kW", 0 },
	{ "kwh", "kWh", 0 }, { "mwh", "MWh", 0 }, { "gwh", "GWh", 0 },
	{ "twh", "TWh", 0 },
	{ "hectares", "ha", 0 }, { "hectare", "ha", 0 }, { "ha", "ha", 0 },
	{ "acres", "acres", 0 }, { "acre", "acres", 0 },
	{ "gb", "GB", 0 }, { "mb", "MB", 0 }, { "tb", "TB", 0 },
	{ "gigabytes", "GB", 0 }, { "megabytes", "MB", 0 },
	{ "terabytes", "TB", 0 },
	/* durations are figures too: "three-day", "nearly 200 years" */
	{ "seconds", "seconds", 0 }, { "second", "seconds", 0 },
	{ "minutes", "minutes", 0 }, { "minute", "minutes", 0 },
	{ "hours", "hours", 0 }, { "hour", "hours", 0 },
	{ "days", "days", 0 }, { "day", "days", 0 },
	{ "weeks", "weeks", 0 }, { "week", "weeks", 0 },
	{ "months", "months", 0 }, { "month", "months", 0 },
	{ "years", "years", 0 }, { "year", "years", 0 },
	{ "decades", "decades", 0 }, { "decade", "decades", 0 },
	{ "centuries", "centuries", 0 }, { "century", "centuries", 0 },
	{ NULL, NULL, 0 }
};

/* Bound words before the number.  canon "in" keeps them in the span. */
const struct figword fw_before[] = {
	{ "up to a maximum of", "in", FIG_LE }, { "a maximum of", "in", FIG_LE },
	{ "a minimum of", "in", FIG_GE }, { "more than", "in", FIG_GT },
	{ "just over", "in", FIG_GT }, { "well over", "in", FIG_GT },
	{ "over", "in", FIG_GT }, { "above", "in", FIG_GT },
	{ "in excess of", "in", FIG_GT }, { "upwards of", "in", FIG_GT },
	{ "greater than", "in", FIG_GT }, { "higher than", "in", FIG_GT },
	{ "at least", "in", FIG_GE }, { "no fewer than", "in", FIG_GE },
	{ "no less than", "in", FIG_GE }, { "not less than", "in", FIG_GE },
	{ "less than", "in", FIG_LT }, { "fewer than", "in", FIG_LT },
	{ "just under", "in", FIG_LT }, { "under", "in", FIG_LT },
	{ "below", "in", FIG_LT }, { "nearly", "in", FIG_LT },
	{ "almost", "in", FIG_LT }, { "lower than", "in", FIG_LT },
	{ "up to", "in", FIG_LE }, { "as many as", "in", FIG_LE },
	{ "as much as", "in", FIG_LE }, { "as high as", "in", FIG_LE },
	{ "at most", "in", FIG_LE }, { "no more than", "in", FIG_LE },
	{ "not more than", "in", FIG_LE }, { "within", "in", FIG_LE },
	{ "about", "out", FIG_APPROX }, { "around", "out", FIG_APPROX },
	{ "some", "out", FIG_APPROX }, { "roughly", "out", FIG_APPROX },
	{ "approximately", "out", FIG_APPROX },
	{ "an estimated", "out", FIG_APPROX },
	{ "estimated", "out", FIG_APPROX }, { "circa", "out", FIG_APPROX },
	{ "close to", "out", FIG_APPROX }, { "approx.", "out", FIG_APPROX },
	{ "~", "out", FIG_APPROX },
	{ NULL, NULL, 0 }
};

const struct figword fw_after[] = {
	{ "or more", NULL, FIG_GE }, { "or above", NULL, FIG_GE },
	{ "or over", NULL, FIG_GE }, { "or higher", NULL, FIG_GE },
	{ "-plus", NULL, FIG_GE }, { "plus", NULL, FIG_GE },
	{ "or less", NULL, FIG_LE }, { "or fewer", NULL, FIG_LE },
	{ "or below", NULL, FIG_LE }, { "or under", NULL, FIG_LE },
	{ NULL, NULL, 0 }
};

const char *const fw_stop[] = {
	"a", "an", "the", "of", "and", "or", "but", "nor", "in", "on", "at",
	"to", "from", "for", "by", "with", "without", "into", "onto", "as",
	"than", "that", "which", "who", "whom", "whose", "this", "these",
	"those", "were", "was", "are", "is", "be", "been", "being", "had",
	"have", "has", "will", "would", "can", "could", "may", "might",
	"shall", "should", "do", "does", "did", "said", "says", "say", "per",
	"each", "every", "its", "it", "their", "his", "her", "our", "your",
	"my", "they", "them", "he", "she", "we", "you", "i", "not", "no",
	"so", "if", "then", "also", "only", "just", "about", "around", "some",
	"over", "under", "up", "down", "out", "off", "after", "before",
	"since", "ago", "while", "when", "where", "during", "between",
	"among", "against", "across", "through", "including", "toward",
	"towards", "until", "till", "whether", "both", "either", "neither",
	"yet", "still", "even", "more", "less", "most", "least", "all",
	"other", "another", "such", "there", "here", "what", "how", "why",
	"am", "pm", "gmt", "local", "last", "next", "old", "earlier",
	"later", "apiece", "respectively",
	NULL
};

const char *const fw_change[] = {
	"rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall",
	"falls", "falling", "increased", "increase", "increases", "increasing",
	"decreased", "decrease", "decreases", "jumped", "jump", "climbed",
	"dropped", "drop", "declined", "decline", "grew", "grown", "growing",
	"slipped", "slid", "eased", "cut", "raised", "raising", "lowered",
	"reduced", "up", "down", "surged", "soared", "plunged", "tumbled",
	"narrowed", "widened", "revised", "changed", "moved", "improved",
	"boosted", "expanded", "shrank", "shrunk", "slumped", "accelerated",
	"slowed", "edged", "gained", "lost", "went", "increasing",
	NULL
};

const char *const fw_notone[] = {
	"the", "no", "any", "every", "each", "this", "that", "which",
	"only", "someone", "anyone", "everyone", "last", "little", "big",
	"new", "old", "other", "right", "wrong", "same", "another",
	NULL
};

/*
 * Compare word w of the tables with s[i..n): letters fold case, a space in
 * w matches one or more white-space bytes.  The length matched, or 0.
 */
static size_t
wmatch(const char *s, size_t n, size_t i, const char *w)
{
	size_t j = i, k;

	for (; *w != '\0'; w++) {
		if (*w == ' ') {
			if ((k = txt_space_at(s, n, j)) == 0)
				return 0;
			j = txt_skip_space(s, n, j + k);
			continue;
		}
		if (j >= n || txt_tolower(s[j]) != *w)
			return 0;
		j++;
	}
	return j - i;
}

/*
 * fw_match: the longest entry of t spelled at s[i] and ending a word; its
 * length (0 if none) and the entry in *hit.  An entry ending in a
 * non-letter ("%", "rs.") needs no word end after it.
 */
size_t
fw_match(const char *s, size_t n, size_t i, const struct figword *t,
    const struct figword **hit)
{
	size_t best = 0, k, wl;
	char c;

	*hit = NULL;
	if (i >= n)
		return 0;
	c = txt_tolower(s[i]);
	for (; t->w != NULL; t++) {
		if (t->w[0] != c || (k = wmatch(s, n, i, t->w)) <= best)
			continue;
		wl = strlen(t->w);
		if (txt_isalnum(t->w[wl - 1]) && !txt_word_end(s, n, i + k))
			continue;
		best = k;
		*hit = t;
	}
	return best;
}

/*
 * fw_match_before: the longest entry of t that ends at s[end] (white space
 * between it and end allowed) and starts a word; its start, or end if none.
 */
size_t
fw_match_before(const char *s, size_t end, const struct figword *t,
    const struct figword **hit)
{
	size_t best = end, j, wl, st;
	char c;

	*hit = NULL;
	j = end;
	while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t' ||
	    s[j - 1] == '\n'))
		j--;
	if (j == 0)
		return end;
	c = txt_tolower(s[j - 1]);
	for (; t->w != NULL; t++) {
		wl = strlen(t->w);
		if (wl > j || t->w[wl - 1] != c)
			continue;
		st = j - wl;
		if (wmatch(s, j, st, t->w) != wl || !txt_word_start(s, st))
			continue;
		if (st < best) {
			best = st;
			*hit = t;
		}
	}
	return best;
}

/* fw_in: s[0..len) is one of the words of the list (ASCII case folded). */
int
fw_in(const char *s, size_t len, const char *const *list)
{
	char c;

	if (len == 0)
		return 0;
	c = txt_tolower(s[0]);
	for (; *list != NULL; list++)
		if ((*list)[0] == c && strlen(*list) == len &&
		    txt_ncaseeq(s, *list, len))
			return 1;
	return 0;
}
