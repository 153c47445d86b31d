using System.Globalization;
using Parley.Coding.Ontology;

namespace Parley.Tools.SyntheticStore;

/// <summary>
/// The event codes of the synthetic store: every code of the CAMEO ontology, drawn so the roots keep the shares that
/// news event data sets show (statements and consultations common, mass violence rare). Within a root, the root code
/// itself takes 40% (coders often stop at the root) and its sub-codes share the rest by a Zipf law in code order.
/// </summary>
internal sealed class SyntheticCodes
{
    /// <summary>The share of each root "01"…"20", roughly as in ICEWS and Phoenix.</summary>
    private static readonly double[] RootShares =
    [
        0.20, 0.07, 0.07, 0.17, 0.09, 0.02, 0.03, 0.03, 0.01, 0.02,
        0.07, 0.03, 0.02, 0.02, 0.005, 0.01, 0.04, 0.03, 0.05, 0.002,
    ];

    private readonly WeightedTable<SyntheticCode> _table;

    /// <summary>Builds the table from <paramref name="ontology"/>.</summary>
    public SyntheticCodes(CameoOntology ontology)
    {
        var codes = new List<SyntheticCode>();
        var weights = new List<double>();
        for (int r = 0; r < RootShares.Length; r++)
        {
            string root = (r + 1).ToString("00", CultureInfo.InvariantCulture);
            List<CameoCode> members = ontology.Codes.Where(c => c.Root == root).ToList();
            List<CameoCode> subCodes = members.Where(c => !c.IsRoot).ToList();
            double[] zipf = WeightedTable<int>.Zipf(subCodes.Count, 1.0);
            double zipfTotal = zipf.Sum();
            foreach (CameoCode code in members)
            {
                double share = code.IsRoot || subCodes.Count == 0
                    ? (subCodes.Count == 0 ? 1.0 : 0.4)
                    : 0.6 * zipf[subCodes.IndexOf(code)] / zipfTotal;
                codes.Add(new SyntheticCode(code, code.Name.ToLowerInvariant(), $"synthetic.verbs.txt:{codes.Count + 1} {code.Code}"));
                weights.Add(RootShares[r] * share);
            }
        }
        _table = new WeightedTable<SyntheticCode>(codes, weights);
    }

    /// <summary>Every code that can be drawn.</summary>
    public IReadOnlyList<SyntheticCode> All => _table.Items;

    /// <summary>Draws one code.</summary>
    public SyntheticCode Draw(ref SplitMix64 random) => _table.Draw(ref random);
}
