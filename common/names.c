/*
 * names.c -- common first names in English-language news that are given
 * to men, and those given to women, for telling `he` from `she`.  Names
 * given to both (Kelly, Kim, Chris, Jordan, Lee) are in neither list.
 * And the names of places, which are never a person's.
 */
#include <stddef.h>

#include "names.h"
#include "wordlist.h"

static const char *const male_w[] = {
	"aaron", "abdul", "abraham", "adam", "adrian", "ahmed", "alan",
	"alastair",
	"albert", "alberto", "alejandro", "alex", "alexander",
	"alexei", "alfred", "ali", "allen", "alvin", "amir", "andre",
	"andreas", "andrei", "andres", "andrew", "andy", "angelo",
	"anthony", "antonio", "arnold", "arthur", "ashton", "austin",
	"barack", "barry", "ben", "benjamin", "bernard", "bernie",
	"bill", "billy", "blake", "bob", "bobby", "boris", "brad",
	"bradley", "brandon", "brendan", "brett", "brian", "bruce",
	"bryan", "bud", "burt", "byron", "calvin", "cameron", "carl",
	"carlos", "cecil", "cedric", "chad", "charles", "charlie",
	"chester", "chuck", "clarence", "claude", "clayton",
	"clifford", "clint", "cody", "colin", "conor", "corey",
	"craig", "curtis", "cyrus", "dale", "dallas", "damian", "dan",
	"daniel", "danny", "darrell", "darren", "dave", "david",
	"dean", "denis", "dennis", "derek", "dermot", "desmond", "devin",
	"dick",
	"diego", "dimitri", "dmitry", "dominic", "don", "donald",
	"doug", "douglas", "duane", "dustin", "dwayne", "dwight",
	"earl", "ed", "eddie", "edgar", "edmund", "eduardo", "edward",
	"edwin", "elijah", "elliot", "elmer", "emanuel", "emilio",
	"emmanuel", "enrique", "eric", "erik", "ernest", "ernesto",
	"ethan", "eugene", "evan", "felix", "fernando", "francesco",
	"francis", "francisco", "frank", "franklin", "fred", "freddie",
	"frederick", "gabriel", "gareth", "garrett", "gary", "gavin",
	"gene", "geoffrey", "george", "gerald", "gerard", "gerhard",
	"giovanni", "glen", "glenn", "gordon", "grant", "greg",
	"gregory", "gustavo", "guy", "hank", "hans", "harold",
	"harrison", "harry", "harvey", "hassan", "hector", "henry",
	"herbert", "herman", "howard", "hugh", "hugo", "hussein",
	"ian", "igor", "isaac", "ivan", "jack", "jacob", "jake",
	"jamal", "james", "jared", "jason", "javier", "jay", "jeb",
	"jeff", "jeffrey", "jeremy", "jerome", "jerry", "jesse", "jesus",
	"jim",
	"jimmy", "joaquin", "joe", "joel", "johan", "john", "johnny",
	"jon", "jonathan", "jorge", "jose", "joseph", "josh", "joshua",
	"juan", "julian", "julio", "justin", "kanye", "karl", "keanu",
	"keith", "ken", "kenneth", "kent", "kevin", "khalid", "kirk",
	"kurt", "kyle", "lamar", "lance", "larry", "lars", "lawrence",
	"leo", "leon", "leonard", "leonardo", "leroy", "lewis",
	"lloyd", "lorenzo", "louis", "lucas", "luigi", "luis", "luke",
	"malcolm", "manuel", "marc", "marcel", "marco", "marcus",
	"mario", "mark", "marshall", "martin", "marvin", "mathew",
	"matt", "matthew", "maurice", "max", "michael", "miguel",
	"mike", "miles", "mitch", "mitchell", "mitt", "mohammad",
	"mohammed", "muhammad", "nathan", "nathaniel", "neil",
	"nelson", "newt", "nicholas", "nick", "nigel", "noah",
	"norman", "oliver", "omar", "orrin", "oscar", "otto", "owen",
	"pablo", "patrick", "paul", "pedro", "percy", "peter", "phil",
	"philip", "philippe", "pierre", "piers", "preston", "rafael", "ralph",
	"ramon", "randall", "randy", "raul", "ray", "raymond",
	"reggie", "reince", "reuben", "ricardo", "richard", "rick",
	"ricky", "rob", "robert", "roberto", "rod", "rodney", "roger",
	"roland", "rolf", "roman", "ron", "ronald", "ronnie", "ross",
	"roy", "ruben", "rudolph", "rudy", "rupert", "russell", "ryan",
	"salvador", "sam", "samuel", "saul", "scott", "sean", "sergei",
	"sergio", "seth", "shane", "shaun", "sheldon", "sherrod",
	"sidney", "simon", "stanley", "stefan", "stephen", "steve",
	"steven", "stewart", "stuart", "ted", "terrence", "thad",
	"theodore", "thomas", "tim", "timothy", "tobias", "todd",
	"tom", "tommy", "tony", "travis", "trent", "trevor", "troy",
	"tyler", "ulysses", "vernon", "victor", "vincent", "vladimir",
	"wade", "walter", "warren", "wayne", "wesley", "wilbur",
	"will", "willard", "william", "willie", "wolfgang", "xavier",
	"yuri", "zachary"
};

static const char *const female_w[] = {
	"abby", "abigail", "ada", "adriana", "agnes", "aileen",
	"alexandra", "alexis", "alice", "alicia", "alison", "allison",
	"alma", "amanda", "amber", "amelia", "amy", "ana", "anastasia",
	"andrea", "angela", "angelina", "angelique", "anita", "ann",
	"anna", "anne", "annette", "antoinette", "april", "ariana",
	"arlene", "audrey", "barbara", "beatrice", "becky", "belinda",
	"bernadette", "beth", "bethany", "betsy", "betty", "beverly",
	"bonnie", "brenda", "bridget", "britney", "brittany", "brooke",
	"camila", "candace", "carla", "carly", "carmen", "carol",
	"carole", "caroline", "carolyn", "cassandra", "catherine",
	"cathy", "cecilia", "celia", "charlene", "charlotte", "cheryl",
	"chloe", "chrissy", "christina", "christine", "cindy",
	"claire", "clara", "claudia", "coleen", "colleen", "connie",
	"constance",
	"cristina", "crystal", "cynthia", "daisy", "darlene", "dawn",
	"debbie", "deborah", "debra", "delia", "demi", "denise",
	"diana", "diane", "dianne", "dolores", "donna", "dora",
	"doris", "dorothy", "edith", "eileen", "elaine", "eleanor",
	"elena", "elisabeth", "elise", "eliza", "elizabeth", "ella",
	"ellen", "eloise", "elsa", "emily", "emma", "erica", "erika",
	"erin", "esther", "ethel", "eugenia", "eva", "evelyn", "faith",
	"fatima", "felicia", "fiona", "florence", "frances",
	"francesca", "gabriela", "gabrielle", "gail", "georgia",
	"geraldine", "gina", "ginger", "gladys", "gloria", "grace",
	"gretchen", "gwen", "gwendolyn", "gwyneth", "hannah",
	"harriet", "hazel", "heather", "heidi", "helen", "helena",
	"hilary", "hillary", "holly", "ida", "ileana", "ilhan",
	"irene", "iris", "isabel", "isabella", "ivanka", "jacqueline",
	"jan", "jane", "janet", "janice", "jasmine", "jeanette",
	"jeanne", "jennifer", "jenny", "jessica", "jill", "joan",
	"joann", "joanna", "joanne", "jocelyn", "josephine", "joy",
	"joyce", "juanita", "judith", "judy", "julia", "julie",
	"juliet", "june", "justine", "karen", "karin", "katarina",
	"kate", "katharine", "katherine", "kathleen", "kathryn",
	"kathy", "katie", "katrina", "kayla", "kelley", "kellyanne",
	"khloe", "kirsten", "kourtney", "kristen", "kristin",
	"kristina", "kylie", "laura", "lauren", "laurie", "leah",
	"leila", "lena", "lillian", "lily", "linda", "lindsey", "lisa",
	"liz",
	"lois", "loretta", "lori", "lorraine", "louise", "lucia",
	"lucy", "lydia", "lynn", "maddie", "madeleine", "madison",
	"maggie",
	"mara", "marcia", "margaret", "margarita", "maria", "marian",
	"marianne", "marie", "marilyn", "marina", "marion", "marisa",
	"marjorie", "marsha", "martha", "mary", "maureen", "maxine",
	"megan", "meghan", "melania", "melanie", "melinda", "melissa",
	"mercedes", "meredith", "mia", "michele", "michelle",
	"mildred", "miley", "miriam", "molly", "monica", "nadia",
	"nancy", "naomi", "natalia", "natalie", "natasha", "nicola",
	"nicole",
	"nikki", "nina", "nora", "norma", "olga", "olivia", "paige",
	"pamela", "patricia", "patty", "paula", "pauline", "peggy",
	"penelope", "penny", "phoebe", "phyllis", "priscilla",
	"rachel", "ramona", "rebecca", "reese", "regina", "renee",
	"rhonda", "rita", "roberta", "robyn", "rosa", "rosalind",
	"rosalyn", "rose", "rosemary", "roxanne", "ruby", "ruth",
	"sabrina", "sally", "samantha", "sandra", "sara", "sarah",
	"selena", "sharon", "sheila", "shelley", "sherry", "shirley",
	"sofia", "sonia", "sophia", "sophie", "stacey", "stephanie",
	"sue", "susan", "susana", "suzanne", "sylvia", "tamara",
	"tammy", "tanya", "teresa", "theresa", "tiffany", "tina",
	"tracey", "tulsi", "valerie", "vanessa", "vera", "veronica",
	"vicki", "victoria", "violet", "virginia", "vivian", "wanda",
	"wendy", "whitney", "yolanda", "yvonne", "zoe"
};

WORDLIST(male);
WORDLIST(female);

/*
 * Places that a sentence may open with as its subject (`Florida voted`),
 * never the person `he` or `she` stands for: states, their abbreviations
 * (without the last period), countries and large cities.
 */
static const char *const places_w[] = {
	"afghanistan", "africa", "ala", "alabama", "alaska",
	"albuquerque", "america", "anchorage", "ariz", "arizona", "ark",
	"arkansas", "asia", "atlanta", "austin", "australia", "baghdad",
	"baltimore", "bangladesh", "beijing", "belgium", "berlin",
	"boston", "brazil", "britain", "brooklyn", "brussels",
	"buffalo", "burma", "cairo", "calif", "california", "canada",
	"charleston", "chicago", "china", "cincinnati", "cleveland",
	"colo", "colombia", "colorado", "columbia", "concord", "conn",
	"connecticut", "cuba", "dallas", "damascus", "del", "delaware",
	"denver", "des moines", "detroit", "egypt", "el paso",
	"england", "eritrea", "ethiopia", "europe", "fla", "florida",
	"france", "ga", "gaza", "germany", "greece", "haiti", "hawaii",
	"honolulu", "houston", "idaho", "ill", "illinois", "ind",
	"india", "indiana", "indianapolis", "indonesia", "iowa", "iran",
	"iraq", "ireland", "israel", "italy", "jacksonville", "japan",
	"jerusalem", "kabul", "kan", "kansas", "kansas city",
	"kentucky", "kenya", "korea", "kosovo", "ky", "la", "las vegas",
	"lebanon", "libya", "london", "los angeles", "louisiana",
	"louisville", "maine", "manchester", "manhattan", "maryland",
	"mass", "massachusetts", "md", "memphis", "mexico", "miami",
	"mich", "michigan", "milwaukee", "minn", "minneapolis",
	"minnesota", "miss", "mississippi", "missouri", "mo", "mont",
	"montana", "moscow", "n.c", "n.d", "n.h", "n.j", "n.m", "n.y",
	"nashville", "neb", "nebraska", "nev", "nevada",
	"new hampshire", "new jersey", "new mexico", "new orleans",
	"new york", "newark", "nigeria", "north carolina",
	"north dakota", "north korea", "oakland", "ohio", "okla",
	"oklahoma", "omaha", "orange county", "ore", "oregon",
	"orlando", "pa", "pakistan", "paris", "pennsylvania",
	"philadelphia", "phoenix", "pittsburgh", "poland", "portland",
	"qatar", "r.i", "raleigh", "rhode island", "russia", "s.c",
	"s.d", "sacramento", "salt lake city", "san antonio",
	"san diego", "san francisco", "saudi arabia", "scotland",
	"seattle", "somalia", "south carolina", "south dakota",
	"south korea", "spain", "sudan", "sweden", "syria", "taiwan",
	"tampa", "tehran", "tenn", "tennessee", "tex", "texas", "tokyo",
	"tucson", "turkey", "u.k", "u.s", "uk", "ukraine", "us", "usa",
	"utah", "va", "venezuela", "vermont", "vietnam", "vt", "w.va",
	"wash", "west virginia", "wis", "wisconsin", "wyo", "wyoming",
	"yemen"
};
WORDLIST(places);

/* place_name: is w (n bytes, any case) the name of a place? */
int
place_name(const char *w, size_t n)
{
	return wl_has(&places, w, n);
}

/* firstname_sex: G_MALE, G_FEMALE or G_NONE for the first name w. */
int
firstname_sex(const char *w, size_t n)
{
	if (wl_has(&male, w, n))
		return G_MALE;
	if (wl_has(&female, w, n))
		return G_FEMALE;
	return G_NONE;
}

/* firstname_list: the list of names of sex g, for tests; *n its length. */
const char *const *
firstname_list(int g, size_t *n)
{
	*n = g == G_MALE ? male.n : female.n;
	return g == G_MALE ? male_w : female_w;
}
