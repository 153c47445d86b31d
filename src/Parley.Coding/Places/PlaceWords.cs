using System.Collections.Frozen;

namespace Parley.Coding.Places;

/// <summary>
/// The small word lists <see cref="PlaceFinder"/> and <see cref="EventPlaceSelector"/> rely on. All comparisons
/// ignore case.
/// </summary>
/// <remarks>
/// The stop list holds gazetteer names (GeoNames cities of more than 15,000 people) that news text uses far more
/// often as something else: common words ("Split", "Mobile", "Reading", "Deal"), given names ("Florence",
/// "Victoria") and surnames ("Castro", "Santos", "Bush"). It was drawn up once, by hand, from three surveys of the
/// single-word gazetteer names in the news corpora of the shared data (Reuters-21578, BBC News, conflict news):
/// names seen mostly in lower case; names seen capitalised at least 8 times but after a locative preposition less
/// than 12% of the time (minus countries, capitals, cities of 500,000 people or more and names checked to be
/// mostly places, like "Boston" or "Norwich"); and politicians' surnames of Parley's leader dictionary. Only the
/// words are kept. A listed name still counts right after a locative preposition ("in Nice", "near Split", "to
/// Santos"); the never list below does not.
/// </remarks>
internal static class PlaceWords
{
    private static readonly FrozenSet<string> StopNames = Set(
        "acre", "adam", "adrian", "alegre", "ali", "alice", "alicia", "allen", "alliance", "along", "alot",
        "alvarado", "americus", "ami", "anand", "anderson", "anew", "ann", "anna", "anthem", "apex", "arnold",
        "austin", "avila", "awash", "azul", "baldwin", "banda", "bank", "banning", "bar", "barking", "barnes",
        "barry", "bartlett", "bay", "bear", "begun", "bell", "bend", "best", "beverly", "billings", "boom", "borne",
        "bow", "bradley", "brandon", "brick", "brits", "bryan", "burke", "bury", "bush", "buy", "campbell", "can",
        "canning", "cardenas", "carey", "carney", "carson", "castro", "central", "charlotte", "chester", "cicero",
        "clay", "clinton", "clive", "cocoa", "coin", "come", "concepcion", "coronel", "crystal", "cueto", "date",
        "david", "davis", "deal", "defiance", "delgado", "derby", "dig", "dinar", "dire", "dixon", "dole", "dolores",
        "donna", "douglas", "downtown", "drama", "duarte", "duncan", "dura", "dyer", "eagle", "easton", "edison",
        "elizabeth", "enterprise", "erode", "espinosa", "este", "eugene", "evans", "ferguson", "fleet",
        "florence", "flores", "foley", "forest", "franklin", "frederick", "fuso", "gap", "garcia", "gardner",
        "garner", "gary", "gay", "george", "gil", "gilbert", "gloria", "god", "goes", "golden", "graham", "green",
        "greenwood", "grove", "groves", "hale", "hamilton", "harper", "harrison", "harvey", "hassan", "henderson",
        "herve", "hillside", "hire", "hit", "ho", "holden", "holiday", "hook", "hopkins", "howard", "huaral",
        "hudson", "humble", "hun", "hurricane", "ico", "ifo", "independence", "irving", "isa", "ito", "jackson",
        "jam", "johnston", "jupiter", "kamal", "kato", "kim", "kong", "kuroda", "kyle", "lamont", "lanka", "lara",
        "lawrence", "lend", "lens", "leo", "leon", "leslie", "libertad", "liberty", "lincoln", "linda", "lindsay",
        "lira", "logan", "lopez", "lourdes", "lucas", "lynn", "madison", "maldonado", "male", "man", "manage",
        "marco", "mariana", "mariano", "marin", "marino", "marion", "marks", "marshall", "martin", "martinez", "mary",
        "masai", "mason", "medina", "mena", "mendoza", "mentor", "meridian", "midway", "mile", "milton", "mine",
        "mission", "mitchell", "mobile", "molina", "montagu", "montero", "moore", "mora", "morales", "moreno", "mori",
        "morsi", "morton", "most", "much", "munoz", "murphy", "murray", "nancy", "negara", "nelson", "newton", "nice",
        "nigel", "normal", "norman", "norton", "obama", "officer", "oi", "opportunity", "oral", "orange", "orchards",
        "orion", "orlando", "orleans", "osorio", "overland", "pace", "palmer", "panorama", "para", "paradise",
        "paramount", "pare", "parker", "parole", "patti", "pearl", "peer", "pen", "pereira", "perez", "perry",
        "pilar", "pinto", "plantation", "plum", "plunge", "police", "ponce", "pop", "prado", "prescott", "prosper",
        "pullman", "punch", "queens", "quintero", "radcliffe", "rama", "ramon", "ramos", "reading", "redford", "rees",
        "regina", "reservoir", "retreat", "rich", "richardson", "rivas", "rivera", "riverbank", "riverside",
        "robertson", "rodriguez", "rogers", "roman", "ron", "rosario", "rosenberg", "roy", "rubio", "rugby", "rye",
        "saga", "saito", "sake", "sale", "salinas", "salt", "samba", "same", "sandy", "santana", "santos", "savage",
        "save", "say", "schroeder", "se", "seaside", "sebastian", "sedan", "semi", "shaping", "shaw", "sheridan",
        "shirley", "shone", "sidney", "silla", "sim", "sparks", "split", "spring", "springs", "stanley", "staunton",
        "sterling", "stoke", "stuart", "suarez", "sue", "sulphur", "summit", "sunset", "superior", "sur", "surprise",
        "taft", "tank", "tara", "taylor", "temple", "teresa", "time", "tire", "torres", "tours", "troy", "tucker",
        "turbo", "tyler", "un", "una", "upland", "valenzuela", "van", "velez", "vera", "victoria", "villanueva",
        "vincent", "vista", "vladimir", "vulcan", "walker", "warren", "wayne", "wedding", "weir", "wheeling",
        "whitney", "wil", "wilson", "woodrow", "worms", "wright", "young", "zachary", "zamora");

    // Names that are never places in news text, not even after a preposition: months ("in March"), regions and
    // states that share a town's name ("in Florida" is not the Cuban town, "in Asia" not the Philippine one),
    // institutions and companies ("University", "Toyota"), and function words.
    private static readonly FrozenSet<string> NeverNames = Set(
        "andes", "asahi", "asia", "caledonia", "carolina", "centro", "cheshire", "columbia", "cornwall", "delaware",
        "delta", "dome", "essex", "federal", "florida", "fuji", "gillette", "goodyear", "hitachi", "honda",
        "imperial", "kent", "komatsu", "labrador", "liberal", "march", "mercedes", "metro", "midlothian", "monsanto",
        "montana", "munster", "nokia", "of", "olympic", "ontario", "oregon", "pa", "puma", "republic", "republica",
        "somerset", "surrey", "tata", "than", "thomson", "to", "toyota", "union", "universidad", "university",
        "virginia", "wyoming");

    // Prepositions after which a stop-listed name is read as a place: where something is, or where to or from.
    private static readonly FrozenSet<string> Locatives = Set(
        "in", "at", "near", "outside", "from", "to", "inside", "into", "toward", "towards", "across", "throughout",
        "around", "within", "via");

    // Case markers that make an oblique the place of its head's event ("in", "at", "near", "outside" and kin).
    private static readonly FrozenSet<string> AttachingCases = Set(
        "in", "at", "near", "outside", "inside", "within", "across", "throughout", "around");

    // Case markers of obliques that set an event in time, circumstance or topic ("after talks in Paris", "called for
    // talks in Geneva"): a place inside such an oblique is not where the governing event happened.
    private static readonly FrozenSet<string> DetachingCases = Set(
        "after", "before", "during", "since", "until", "till", "despite", "following", "amid", "amidst", "ahead",
        "prior", "about", "over", "regarding", "concerning", "for", "than", "like", "unlike", "without");

    // Capitalised words that may stand right before a place name without making it part of a longer proper name.
    private static readonly FrozenSet<string> MayPrecede = Set(
        "the", "in", "at", "near", "outside", "from", "to", "inside", "into", "toward", "towards", "across",
        "throughout", "around", "within", "via", "and", "but", "or", "north", "south", "east", "west", "northern",
        "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "northeast", "northwest", "southeast", "southwest", "downtown", "greater", "both", "neither", "while", "when");

    // Capitalised words that may follow a place name: what kind of place it is, or AP-style days ("in Paris Tuesday").
    private static readonly FrozenSet<string> MayFollow = Set(
        "province", "governorate", "oblast", "region", "district", "city", "county", "prefecture", "municipality",
        "state", "strip", "valley", "airport", "area", "suburbs", "outskirts", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday");

    // Nouns a place name may modify ("Aleppo province") or name ("the city of Aleppo") while still naming the place.
    private static readonly FrozenSet<string> Designators = Set(
        "province", "governorate", "oblast", "region", "district", "city", "town", "village", "county", "prefecture",
        "municipality", "state", "strip", "valley", "area", "capital", "suburb", "suburbs", "outskirts", "port",
        "neighbourhood", "neighborhood", "camp");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopNameLookup = StopNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverLookup = NeverNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LocativeLookup = Locatives.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AttachingLookup = AttachingCases.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DetachingLookup = DetachingCases.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrecedeLookup = MayPrecede.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FollowLookup = MayFollow.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DesignatorLookup = Designators.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is a name on the stop list.</summary>
    public static bool IsStopName(ReadOnlySpan<char> word) => StopNameLookup.Contains(word);

    /// <summary>True when <paramref name="word"/> is never read as a place name.</summary>
    public static bool IsNeverName(ReadOnlySpan<char> word) => NeverLookup.Contains(word);

    /// <summary>True for a preposition after which a stop-listed name is read as a place.</summary>
    public static bool IsLocative(ReadOnlySpan<char> word) => LocativeLookup.Contains(word);

    /// <summary>True for a case marker that makes an oblique the location of the event it attaches to.</summary>
    public static bool IsAttachingCase(ReadOnlySpan<char> word) => AttachingLookup.Contains(word);

    /// <summary>True for a case marker of an oblique about time, circumstance or topic rather than place.</summary>
    public static bool IsDetachingCase(ReadOnlySpan<char> word) => DetachingLookup.Contains(word);

    /// <summary>True for a capitalised word that may stand right before a place name.</summary>
    public static bool MayPrecedeName(ReadOnlySpan<char> word) => PrecedeLookup.Contains(word);

    /// <summary>True for a capitalised word that may follow a place name.</summary>
    public static bool MayFollowName(ReadOnlySpan<char> word) => FollowLookup.Contains(word);

    /// <summary>True for a noun that a place name may modify or name while still naming the place.</summary>
    public static bool IsDesignator(ReadOnlySpan<char> word) => DesignatorLookup.Contains(word);

    /// <summary>The words the stop list holds, lower case (for documentation and tests).</summary>
    public static IReadOnlyCollection<string> StopList => StopNames;

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
