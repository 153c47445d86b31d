using Parley.Syntax.Learning;

namespace Parley.Syntax.Tests;

/// <summary>
/// The compiled model's lookup layouts (weights inside the slot for up to four classes; sparse and dense rows
/// beside the slots for more) must all give exactly the integer sums of the stored weights, scaled once.
/// </summary>
public sealed class LinearModelTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(51)]
    [InlineData(108)]
    public void ScoresEqualTheStoredWeightsSummedBitForBit(int classCount)
    {
        var random = new Random(classCount);
        var perceptron = new AveragedPerceptron(classCount);
        var known = new List<ulong>();
        for (int f = 0; f < 3000; f++)
        {
            ulong feature = NextKey(random);
            known.Add(feature);
            // Some features get weights for a few classes (sparse rows), some for most classes (dense rows).
            int updates = f % 7 == 0 ? classCount : 1 + random.Next(3);
            for (int u = 0; u < updates; u++)
            {
                perceptron.Update([feature], f % 7 == 0 ? u : random.Next(classCount), (float)(random.NextDouble() * 2 - 1));
                perceptron.Tick();
            }
        }
        LinearModel model = perceptron.Compile(0f);
        Dictionary<ulong, List<(int Class, short Weight)>> stored = StoredWeights(model);
        if (classCount >= 8)
        {
            Assert.Contains(stored.Values, row => row.Count >= 8);
        }
        for (int trial = 0; trial < 500; trial++)
        {
            // Known and unknown features (unknown ones probe empty slots and must add nothing).
            var features = new ulong[1 + random.Next(120)];
            for (int i = 0; i < features.Length; i++)
            {
                features[i] = random.Next(4) == 0 ? NextKey(random) : known[random.Next(known.Count)];
            }
            var expected = new long[classCount];
            foreach (ulong feature in features)
            {
                foreach ((int cls, short weight) in stored.GetValueOrDefault(feature) ?? [])
                {
                    expected[cls] += weight;
                }
            }
            var scores = new float[classCount];
            model.AddScores(features, scores);
            for (int c = 0; c < classCount; c++)
            {
                Assert.Equal(expected[c] * model.Scale, scores[c]);
            }
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(51)]
    public void FeaturesCrowdedIntoOneBucketAreAllFoundAndUnknownOnesAddNothing(int classCount)
    {
        // Keys share their lower 32 bits, so they all have the last bucket as home: they fill it, overflow and wrap
        // around to the first buckets, and a lookup must follow the chain both to find them and to give up on others.
        var random = new Random(7);
        var perceptron = new AveragedPerceptron(classCount);
        var crowded = new List<ulong>();
        for (int f = 0; f < 60; f++)
        {
            ulong feature = ((ulong)random.Next(1, int.MaxValue) << 32) | 0xFFFF_FFFFUL;
            crowded.Add(feature);
            perceptron.Update([feature], f % classCount, 1f + f);
            perceptron.Tick();
        }
        LinearModel model = perceptron.Compile(0f);
        Dictionary<ulong, List<(int Class, short Weight)>> stored = StoredWeights(model);
        Assert.Equal(crowded.Count, stored.Count);
        foreach (ulong feature in crowded)
        {
            var scores = new float[classCount];
            model.AddScores([feature], scores);
            (int cls, short weight) = Assert.Single(stored[feature]);
            Assert.Equal(weight * model.Scale, scores[cls]);
            var unknown = new float[classCount];
            model.AddScores([(feature ^ (0x5555UL << 33)) | 0xFFFF_FFFFUL], unknown);
            Assert.All(unknown, score => Assert.Equal(0f, score));
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(51)]
    public void MissesGiveNothingWhateverTheirPassBitAndHitsBeyondTheirHomeAreFound(int classCount)
    {
        // A few keys more than one bucket holds share a home: the last ones are stored beyond it, and the home's pass mask
        // carries only their bits. Unknown keys with that home and each of the 32 values of the top five bits (which pick
        // the pass bit) either stop at the home bucket or follow the chain, and must add nothing either way.
        var perceptron = new AveragedPerceptron(classCount);
        var crowded = new List<ulong>();
        for (int f = 0; f < 10; f++)
        {
            ulong feature = ((ulong)(0x0123_4567 + 0x0800_0000 * (f % 3) + 2 * f) << 32) | 0x8000_0000UL;
            crowded.Add(feature);
            perceptron.Update([feature], f % classCount, 1f + f);
            perceptron.Tick();
        }
        LinearModel model = perceptron.Compile(0f);
        Dictionary<ulong, List<(int Class, short Weight)>> stored = StoredWeights(model);
        var all = new float[classCount];
        model.AddScores(crowded.ToArray(), all);
        var expected = new long[classCount];
        foreach (ulong feature in crowded)
        {
            (int cls, short weight) = Assert.Single(stored[feature]);
            expected[cls] += weight;
        }
        for (int c = 0; c < classCount; c++)
        {
            Assert.Equal(expected[c] * model.Scale, all[c]);
        }
        for (ulong top = 0; top < 32; top++)
        {
            var unknown = new float[classCount];
            model.AddScores([(top << 59) | (0x0555_5555UL << 32) | 0x8000_0000UL], unknown);
            Assert.All(unknown, score => Assert.Equal(0f, score));
        }
    }

    private static ulong NextKey(Random random) => (ulong)random.NextInt64(1, long.MaxValue) * 2 + 1;

    // Reads the weights back from Parley's file format, independently of the lookup layouts.
    private static Dictionary<ulong, List<(int, short)>> StoredWeights(LinearModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        reader.ReadInt32();
        reader.ReadInt32();
        reader.ReadSingle();
        int count = reader.ReadInt32();
        var weights = new Dictionary<ulong, List<(int, short)>>();
        ulong key = 0;
        for (int i = 0; i < count; i++)
        {
            key += Read7Bit(reader);
            var row = new List<(int, short)>();
            int length = reader.ReadByte();
            for (int e = 0; e < length; e++)
            {
                row.Add((reader.ReadByte(), reader.ReadInt16()));
            }
            weights[key] = row;
        }
        return weights;
    }

    private static ulong Read7Bit(BinaryReader reader)
    {
        ulong value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = reader.ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
