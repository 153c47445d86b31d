using Parley.Coding.Dictionaries;
using Parley.Coding.Lexicon;
using Parley.Coding.Ontology;
using Parley.Testing;
using Parley.Text;

namespace Parley.Coding.Tests.Dictionaries;

/// <summary>
/// Checks Parley's own coding dictionaries in data/dictionaries (verbs.txt, nouns.verbs.txt, agents.txt): they read
/// strictly, use only CAMEO codes, cover every CAMEO code, keep their examples, and code the key verbs and agents as
/// the CAMEO conventions ask.
/// </summary>
public class ParleyVerbDictionaryTests
{
    private static readonly Lazy<VerbDictionary> VerbsFile = new(() => VerbDictionaryReader.Read(PathOf("verbs.txt"), DictionaryReadMode.Strict));
    private static readonly Lazy<VerbDictionary> NounsFile = new(() => VerbDictionaryReader.Read(PathOf("nouns.verbs.txt"), DictionaryReadMode.Strict));
    private static readonly Lazy<AgentDictionary> AgentsFile = new(() => AgentDictionaryReader.Read(PathOf("agents.txt"), DictionaryReadMode.Strict));

    /// <summary>The agent codes Parley's agents file may use (CAMEO roles; NGO as a prefix, GOVMED for state media).</summary>
    private static readonly HashSet<string> AgentCodes = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "COP", "REB", "OPP", "PTY", "JUD", "LEG", "CVL", "REF", "MED", "GOVMED", "BUS", "NGO", "HRI",
        "ENV", "EDU", "HLH", "LAB", "AGR", "REL", "SPY", "CRM", "UAF", "RAD",
    };

    private static VerbDictionary Verbs => VerbsFile.Value;

    private static VerbDictionary Nouns => NounsFile.Value;

    private static AgentDictionary Agents => AgentsFile.Value;

    private static string PathOf(string name)
    {
        string? directory = TestPaths.DictionaryDirectory;
        Assert.True(directory is not null, "data/dictionaries was not found above the test assembly");
        return Path.Combine(directory, name);
    }

    [Fact]
    public void VerbFilesReadStrictlyWithoutWarnings()
    {
        Assert.Empty(Verbs.Warnings);
        Assert.Empty(Verbs.Transformations);
        Assert.True(Verbs.Blocks.Count >= 130, $"verbs.txt has {Verbs.Blocks.Count} blocks");
        Assert.True(Verbs.Entries.Count >= 650, $"verbs.txt has {Verbs.Entries.Count} verbs");
        Assert.True(Verbs.PatternCount >= 900, $"verbs.txt has {Verbs.PatternCount} patterns");
        Assert.True(Verbs.Sets.Count >= 80, $"verbs.txt has {Verbs.Sets.Count} synonym sets");

        Assert.Empty(Nouns.Warnings);
        Assert.True(Nouns.Blocks.Count >= 80, $"nouns.verbs.txt has {Nouns.Blocks.Count} blocks");
        Assert.True(Nouns.Entries.Count >= 200, $"nouns.verbs.txt has {Nouns.Entries.Count} nouns");
    }

    [Fact]
    public void AgentsFileReadsStrictlyWithoutWarnings()
    {
        Assert.Empty(Agents.Warnings);
        Assert.True(Agents.Entries.Count >= 300, $"agents.txt has {Agents.Entries.Count} entries");
    }

    [Fact]
    public void TheDictionariesCompileForTheCoder()
    {
        var dictionaries = new CodingDictionaries([], [Agents], [Nouns, Verbs], []);
        Assert.Empty(dictionaries.Warnings);
        Assert.True(dictionaries.Verbs.PatternCount >= Verbs.PatternCount);
        Assert.True(dictionaries.Agents.NameCount > Agents.Entries.Count, "regular plurals are generated for exact agent names");
    }

    [Fact]
    public void EveryCodeIsACameoCodeOrNull()
    {
        CameoOntology ontology = CameoOntology.Default;
        var bad = new List<string>();
        foreach (VerbDictionary dictionary in (VerbDictionary[])[Verbs, Nouns])
        {
            foreach ((string code, string where) in CodesOf(dictionary))
            {
                if (code != VerbCode.Null && !ontology.IsKnown(code))
                {
                    bad.Add($"{where}: [{code}]");
                }
            }
        }
        Assert.True(bad.Count == 0, "codes not in CAMEO: " + string.Join("; ", bad));
    }

    [Fact]
    public void EveryCameoCodeIsUsed()
    {
        var used = new HashSet<string>(CodesOf(Verbs).Concat(CodesOf(Nouns)).Select(c => c.Code), StringComparer.Ordinal);
        string[] missing = CameoOntology.Default.Codes.Select(c => c.Code).Where(c => !used.Contains(c)).ToArray();
        Assert.True(missing.Length == 0, $"{missing.Length} CAMEO codes unused: {string.Join(' ', missing)}");
        Assert.Equal(311, CameoOntology.Default.Codes.Count(c => used.Contains(c.Code)));
    }

    [Fact]
    public void VerbsAloneCoverEveryCameoCode()
    {
        // The engine codes verbs only (nominal events come later), so verbs.txt on its own reaches every code.
        var used = new HashSet<string>(CodesOf(Verbs).Select(c => c.Code), StringComparer.Ordinal);
        string[] missing = CameoOntology.Default.Codes.Select(c => c.Code).Where(c => !used.Contains(c)).ToArray();
        Assert.True(missing.Length == 0, $"codes not used by verbs.txt: {string.Join(' ', missing)}");
    }

    [Fact]
    public void EveryBlockHeadAndPatternCarriesAnExample()
    {
        var bad = new List<string>();
        foreach (string name in (string[])["verbs.txt", "nouns.verbs.txt"])
        {
            string[] lines = File.ReadAllLines(PathOf(name));
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (!line.StartsWith("---", StringComparison.Ordinal) && !line.StartsWith("- ", StringComparison.Ordinal))
                {
                    continue;
                }
                int hash = line.IndexOf('#', StringComparison.Ordinal);
                string example = hash < 0 ? "" : line[(hash + 1)..].Trim();
                if (example.Length < 12 || !char.IsAsciiLetterUpper(example[0]) || !example.Contains('.', StringComparison.Ordinal)
                    || example.Count(c => c == ' ') < 2)
                {
                    bad.Add($"{name}:{i + 1}");
                }
            }
        }
        Assert.True(bad.Count == 0, "block heads or patterns without an example sentence: " + string.Join(", ", bad));
    }

    [Fact]
    public void NoVerbIsListedTwice()
    {
        foreach (VerbDictionary dictionary in (VerbDictionary[])[Verbs, Nouns])
        {
            string[] duplicates = dictionary.Entries
                .GroupBy(e => string.Join('_', e.Words.Skip(e.VerbIndex)), StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .Select(g => $"{g.Key} ({string.Join(", ", g.Select(e => $"{Path.GetFileName(e.File)}:{e.Line}"))})")
                .ToArray();
            Assert.True(duplicates.Length == 0, "listed twice (the later entry would never win): " + string.Join("; ", duplicates));
        }
    }

    [Fact]
    public void EverySynonymSetIsUsedAndFilled()
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (VerbBlock block in Verbs.Blocks)
        {
            foreach (VerbPattern pattern in block.Patterns)
            {
                CollectSetReferences(pattern.Tokens, referenced);
            }
        }
        foreach (SynonymSet set in Verbs.Sets)
        {
            foreach (SetMember member in set.Members)
            {
                CollectSetReferences(member.Tokens, referenced);
            }
        }
        foreach (SynonymSet set in Verbs.Sets)
        {
            Assert.True(set.Members.Count > 0, $"&{set.Name} is empty");
            Assert.True(referenced.Contains(set.Name), $"&{set.Name} (line {set.Line}) is never used");
        }
        Assert.Equal(Verbs.Sets.Count, Verbs.Sets.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void NounsSpeltLikeVerbsTakeTheVerbsDefaultCode()
    {
        // Until the engine codes nominal events it reads nouns.verbs.txt as verbs, before verbs.txt: a noun that is
        // also a word of a verb must then carry that verb's default code, or loading the file would change verbs.
        var verbCodes = new Dictionary<string, (string Code, VerbEntry Entry)>(StringComparer.OrdinalIgnoreCase);
        foreach (VerbBlock block in Verbs.Blocks)
        {
            foreach (VerbEntry entry in block.Verbs.Where(e => e.Words.Count == 1))
            {
                string code = (entry.Code ?? block.Code)?.ToString() ?? "";
                foreach (string word in VerbWords(entry))
                {
                    verbCodes.TryAdd(word, (code, entry));
                }
            }
        }
        var bad = new List<string>();
        foreach (VerbBlock block in Nouns.Blocks)
        {
            foreach (VerbEntry noun in block.Verbs.Where(e => e.Words.Count == 1))
            {
                string code = (noun.Code ?? block.Code)?.ToString() ?? "";
                foreach (string word in noun.Forms.Select(f => f.Trim('_')).Prepend(noun.Lemma))
                {
                    if (verbCodes.TryGetValue(word, out var verb) && verb.Code != code)
                    {
                        bad.Add($"{word}: noun {code} (line {noun.Line}) but verb {verb.Entry.Text} {verb.Code} (line {verb.Entry.Line})");
                    }
                }
            }
        }
        Assert.True(bad.Count == 0, string.Join("; ", bad));
    }

    [Theory]
    [InlineData("VETO", "[129]")]
    [InlineData("CONDEMN", "[111]")]
    [InlineData("DENOUNCE", "[111]")]
    [InlineData("CRITICIZE", "[111]")]
    [InlineData("ACCUSE", "[112]")]
    [InlineData("BLAME", "[112]")]
    [InlineData("PRAISE", "[051]")]
    [InlineData("WELCOME", "[051]")]
    [InlineData("HAIL", "[051]")]
    [InlineData("APOLOGIZE", "[055]")]
    [InlineData("FORGIVE", "[056]")]
    [InlineData("RATIFY", "[057]")]
    [InlineData("MEET", "[040]")]
    [InlineData("PHONE", "[041]")]
    [InlineData("VISIT", "[042:043]")]
    [InlineData("HOST", "[043:042]")]
    [InlineData("MEDIATE", "[045]")]
    [InlineData("NEGOTIATE", "[046]")]
    [InlineData("URGE", "[020]")]
    [InlineData("APPEAL", "[02]")]
    [InlineData("DEMAND", "[10]")]
    [InlineData("WARN", "[130]")]
    [InlineData("THREATEN", "[13]")]
    [InlineData("REJECT", "[12]")]
    [InlineData("REFUSE", "[120]")]
    [InlineData("INVESTIGATE", "[09]")]
    [InlineData("PROBE", "[090]")]
    [InlineData("PROTEST", "[14]")]
    [InlineData("DEMONSTRATE", "[141]")]
    [InlineData("RIOT", "[145]")]
    [InlineData("DEPLOY", "[154]")]
    [InlineData("SANCTION", "[163]")]
    [InlineData("EXPEL", "[166]")]
    [InlineData("DEPORT", "[174]")]
    [InlineData("ARREST", "[173]")]
    [InlineData("DETAIN", "[173]")]
    [InlineData("SUE", "[115]")]
    [InlineData("CONVICT", "[116]")]
    [InlineData("RELEASE", "[084]")]
    [InlineData("FREE", "[0841]")]
    [InlineData("RESIGN", "[0831]")]
    [InlineData("RETREAT", "[0874]")]
    [InlineData("WITHDRAW", "[0874]")]
    [InlineData("KIDNAP", "[181]")]
    [InlineData("TORTURE", "[1822]")]
    [InlineData("ASSASSINATE", "[186]")]
    [InlineData("ATTACK", "[190]")]
    [InlineData("KILL", "[190]")]
    [InlineData("FIGHT", "[19]")]
    [InlineData("BESIEGE", "[191]")]
    [InlineData("CAPTURE", "[192]")]
    [InlineData("SHOOT", "[193]")]
    [InlineData("SHELL", "[194]")]
    [InlineData("BOMB", "[195]")]
    [InlineData("MASSACRE", "[202]")]
    [InlineData("HOLD", "[---]")]
    [InlineData("IMPOSE", "[---]")]
    [InlineData("LAUNCH", "[---]")]
    [InlineData("SIGN", "[---]")]
    [InlineData("OFFER", "[---]")]
    [InlineData("GIVE", "[---]")]
    public void KeyVerbsHaveTheirCameoCode(string verb, string code)
    {
        (VerbEntry entry, VerbBlock block) = SingleVerb(verb, []);
        Assert.Equal(code, (entry.Code ?? block.Code)?.ToString());
    }

    [Theory]
    [InlineData("CALL", "FOR", "[020]")]
    [InlineData("CALL", "ON", "[020]")]
    [InlineData("PULL", "OUT", "[0874]")]
    [InlineData("STEP", "DOWN", "[0831]")]
    [InlineData("CRACK", "DOWN", "[175]")]
    [InlineData("BACK", "DOWN", "[080]")]
    [InlineData("CARRY", "OUT", "[---]")]
    [InlineData("SET", "FIRE", "[1712]")]
    [InlineData("FORCE", "OUT", "[166]")]
    public void PhrasalVerbsHaveTheirCameoCode(string verb, string particle, string code)
    {
        (VerbEntry entry, VerbBlock block) = SingleVerb(verb, [particle]);
        Assert.Equal(code, (entry.Code ?? block.Code)?.ToString());
    }

    [Theory]
    [InlineData("IMPOSE", "* &SANCTIONS", "[163]")]
    [InlineData("IMPOSE", "* &CURFEW", "[1723]")]
    [InlineData("OFFER", "* (TO MEDIATE)", "[039]")]
    [InlineData("AGREE", "* (TO &CEASEFIRE)", "[0356]")]
    [InlineData("HOLD", "* &TALKS", "[046]")]
    [InlineData("HOLD", "* HOSTAGE", "[181]")]
    [InlineData("SIGN", "* &TREATY", "[057]")]
    [InlineData("EXPEL", "* &ENVOY", "[161]")]
    [InlineData("EXPEL", "* &PEACEKEEPERS", "[1661]")]
    [InlineData("RELEASE", "* &PRISONERS", "[0841]")]
    [InlineData("PROVIDE", "* &HUMAID", "[073]")]
    [InlineData("SEND", "* &MILAID", "[072]")]
    [InlineData("GRANT", "* ASYLUM", "[075]")]
    [InlineData("LAUNCH", "* &AIRSTRIKE", "[195]")]
    [InlineData("FIRE", "* &ROCKETS", "[194]")]
    [InlineData("URGE", "* &CEASEFIRE", "[0256]")]
    [InlineData("DEMAND", "* &CEASEFIRE", "[107]")]
    [InlineData("DEMAND", "* &WITHDRAWAL", "[106]")]
    [InlineData("REJECT", "* &TALKS", "[125]")]
    [InlineData("DECLINE", "* COMMENT", "[011]")]
    [InlineData("THREATEN", "* &SANCTIONS", "[1312]")]
    [InlineData("ACCUSE", "* &WARCRIMES", "[1124]")]
    [InlineData("INVESTIGATE", "* &WARCRIMES", "[094]")]
    [InlineData("LIFT", "* &SANCTIONS", "[085]")]
    [InlineData("SEND", "* &INSPECTORS (TO +)", "[090:0862]")]
    [InlineData("CONTRIBUTE", "* &TROOPS (TO &PEACEKEEPERS)", "[074]")]
    public void KeyPatternsHaveTheirCameoCode(string verb, string pattern, string code)
    {
        (_, VerbBlock block) = SingleVerb(verb, []);
        VerbPattern? found = block.Patterns.FirstOrDefault(p => p.ToString() == pattern);
        Assert.True(found is not null, $"{verb}: no pattern {pattern} in block {block.Name}");
        Assert.Equal(code, found.Code.ToString());
    }

    [Fact]
    public void AgentsUseCameoRoleCodesAndListEachNameOnce()
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (AgentEntry entry in Agents.Entries)
        {
            Assert.True(AgentCodes.Contains(entry.Code), $"agents.txt:{entry.Line}: unexpected code {entry.Code}");
            Assert.True(entry.Position == AgentPosition.Suffix || entry.Code == "NGO", $"agents.txt:{entry.Line}: only NGO is a prefix agent");
            foreach (string name in entry.Names)
            {
                string key = name.Trim('_');
                Assert.False(seen.TryGetValue(key, out int first), $"agents.txt:{entry.Line}: {name} is listed again (first at line {first})");
                seen[key] = entry.Line;
            }
        }
    }

    [Theory]
    [InlineData("foreign minister", "GOV")]
    [InlineData("foreign ministers", "GOV")]
    [InlineData("defence ministry", "GOV")]
    [InlineData("defense secretary", "GOV")]
    [InlineData("prime minister", "GOV")]
    [InlineData("ambassadors", "GOV")]
    [InlineData("embassy", "GOV")]
    [InlineData("regime", "GOV")]
    [InlineData("state media", "GOVMED")]
    [InlineData("troops", "MIL")]
    [InlineData("armies", "MIL")]
    [InlineData("air force", "MIL")]
    [InlineData("warplanes", "MIL")]
    [InlineData("government forces", "MIL")]
    [InlineData("police", "COP")]
    [InlineData("policemen", "COP")]
    [InlineData("security forces", "COP")]
    [InlineData("rebels", "REB")]
    [InlineData("insurgents", "REB")]
    [InlineData("opposition fighters", "REB")]
    [InlineData("guerrillas", "REB")]
    [InlineData("gunmen", "UAF")]
    [InlineData("opposition", "OPP")]
    [InlineData("protesters", "OPP")]
    [InlineData("judges", "JUD")]
    [InlineData("court", "JUD")]
    [InlineData("lawmakers", "LEG")]
    [InlineData("MPs", "LEG")]
    [InlineData("civilians", "CVL")]
    [InlineData("children", "CVL")]
    [InlineData("refugees", "REF")]
    [InlineData("displaced people", "REF")]
    [InlineData("journalists", "MED")]
    [InlineData("companies", "BUS")]
    [InlineData("aid workers", "NGO")]
    [InlineData("charities", "NGO")]
    [InlineData("rights groups", "HRI")]
    [InlineData("students", "EDU")]
    [InlineData("doctors", "HLH")]
    [InlineData("workers", "LAB")]
    [InlineData("trade unions", "LAB")]
    [InlineData("farmers", "AGR")]
    [InlineData("fishermen", "AGR")]
    [InlineData("clerics", "REL")]
    [InlineData("spies", "SPY")]
    [InlineData("intelligence agency", "SPY")]
    [InlineData("drug traffickers", "CRM")]
    [InlineData("gangs", "CRM")]
    [InlineData("fundamentalists", "RAD")]
    [InlineData("youths", "CVL")]
    [InlineData("prisoners", "CVL")]
    [InlineData("Islamists", "RAD")]
    public void AgentPhrasesMatchWithTheirCodes(string phrase, string code)
    {
        var lexicon = new AgentLexicon([Agents]);
        Document document = DocumentFactory.Create("agent", phrase, new Tokenizer(), new SentenceSplitter());
        int end = lexicon.Match(document, 0, document.TokenCount, out AgentSense? sense);
        Assert.Equal(document.TokenCount, end);
        Assert.Equal(code, sense!.Code);
    }

    [Theory]
    [InlineData("armed")]
    [InlineData("courtesy")]
    [InlineData("forced")]
    [InlineData("party")]
    [InlineData("general")]
    [InlineData("officer")]
    public void StemsDoNotOverMatch(string word)
    {
        var lexicon = new AgentLexicon([Agents]);
        Document document = DocumentFactory.Create("agent", word, new Tokenizer(), new SentenceSplitter());
        Assert.Equal(-1, lexicon.Match(document, 0, document.TokenCount, out _));
    }

    private static (VerbEntry Entry, VerbBlock Block) SingleVerb(string lemma, string[] particles)
    {
        (VerbEntry Entry, VerbBlock Block)[] found = Verbs.Blocks
            .SelectMany(b => b.Verbs.Select(e => (Entry: e, Block: b)))
            .Where(x => x.Entry.Lemma == lemma && x.Entry.Words.Skip(x.Entry.VerbIndex + 1).SequenceEqual(particles))
            .ToArray();
        Assert.True(found.Length == 1, $"{lemma} {string.Join(' ', particles)} is listed {found.Length} times in verbs.txt");
        return found[0];
    }

    /// <summary>Every code of blocks, verbs and patterns (both sides of a pair), with where it is written.</summary>
    private static IEnumerable<(string Code, string Where)> CodesOf(VerbDictionary dictionary)
    {
        string file = Path.GetFileName(dictionary.File);
        foreach (VerbBlock block in dictionary.Blocks)
        {
            foreach (string code in Split(block.Code))
            {
                yield return (code, $"{file}:{block.Line}");
            }
            foreach (VerbEntry entry in block.Verbs)
            {
                foreach (string code in Split(entry.Code))
                {
                    yield return (code, $"{file}:{entry.Line}");
                }
            }
            foreach (VerbPattern pattern in block.Patterns)
            {
                foreach (string code in Split(pattern.Code))
                {
                    yield return (code, $"{file}:{pattern.Line}");
                }
            }
        }
    }

    private static IEnumerable<string> Split(VerbCode? code)
    {
        if (code?.Code is { } main)
        {
            yield return main;
        }
        if (code?.PairedCode is { } paired)
        {
            yield return paired;
        }
    }

    private static void CollectSetReferences(IEnumerable<PatternToken> tokens, HashSet<string> names)
    {
        foreach (PatternToken token in tokens)
        {
            if (token.Kind == PatternTokenKind.SetReference)
            {
                names.Add(token.Text);
            }
            CollectSetReferences(token.Children, names);
        }
    }

    /// <summary>
    /// The words a verb answers to when the engine looks up a token tagged as a verb: its lemma, its listed forms and
    /// the regular inflections (the -s, -ed and -ing forms that a noun can share, "talks", "meeting", "shelling").
    /// </summary>
    private static IEnumerable<string> VerbWords(VerbEntry entry)
    {
        string lemma = entry.Lemma.ToUpperInvariant();
        yield return lemma;
        foreach (string form in entry.Forms)
        {
            yield return form.Trim('_');
        }
        bool endsInE = lemma.EndsWith('E');
        bool sibilant = lemma.EndsWith('S') || lemma.EndsWith('X') || lemma.EndsWith("SH", StringComparison.Ordinal)
            || lemma.EndsWith("CH", StringComparison.Ordinal);
        yield return sibilant ? lemma + "ES" : lemma + "S";
        yield return endsInE ? lemma + "D" : lemma + "ED";
        yield return (endsInE ? lemma[..^1] : lemma) + "ING";
        if (lemma.Length > 2 && !"AEIOU".Contains(lemma[^1], StringComparison.Ordinal)
            && "AEIOU".Contains(lemma[^2], StringComparison.Ordinal))
        {
            yield return lemma + lemma[^1] + "ING";
            yield return lemma + lemma[^1] + "ED";
        }
    }
}
