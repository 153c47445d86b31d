using System.IO.Compression;
using Parley.Syntax.Model;
using Parley.Syntax.Training;

namespace Parley.Syntax.Tests;

public sealed class ModelRoundTripTests
{
    [Fact]
    public void SavedModelLoadsAndAnnotatesIdentically()
    {
        string dir = Path.Combine(Path.GetTempPath(), "parley-model-" + Guid.NewGuid().ToString("N"));
        try
        {
            Fixture.TinyModel.Save(dir);
            SyntaxModel loaded = SyntaxModel.Load(dir);
            var before = Fixture.Sentences();
            var after = Fixture.Sentences();
            var original = new SyntaxPipeline(Fixture.TinyModel);
            var reloaded = new SyntaxPipeline(loaded);
            for (int s = 0; s < before.Count; s++)
            {
                original.Annotate(before[s].Document);
                reloaded.Annotate(after[s].Document);
                var a = before[s].Document.Annotations;
                var b = after[s].Document.Annotations;
                Assert.Equal(a.Upos, b.Upos);
                Assert.Equal(a.Xpos, b.Xpos);
                Assert.Equal(a.Lemma, b.Lemma);
                Assert.Equal(a.Head, b.Head);
                Assert.Equal(a.Relation, b.Relation);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void TrainingTwiceGivesTheSameBytes()
    {
        string first = Path.Combine(Path.GetTempPath(), "parley-a-" + Guid.NewGuid().ToString("N"));
        string second = Path.Combine(Path.GetTempPath(), "parley-b-" + Guid.NewGuid().ToString("N"));
        try
        {
            new SyntaxTrainer(Fixture.Options).Train(Fixture.Sentences()).Save(first);
            new SyntaxTrainer(Fixture.Options).Train(Fixture.Sentences()).Save(second);
            foreach (string name in SyntaxModel.FileNames)
            {
                // The relabeller's part is optional: absent from both or equal in both.
                Assert.Equal(File.Exists(Path.Combine(first, name)), File.Exists(Path.Combine(second, name)));
                if (File.Exists(Path.Combine(first, name)))
                {
                    Assert.Equal(File.ReadAllBytes(Path.Combine(first, name)), File.ReadAllBytes(Path.Combine(second, name)));
                }
            }
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public void TrainedModelFitsItsTrainingData()
    {
        var sentences = Fixture.Sentences();
        var scores = Evaluation.SyntaxEvaluator.Evaluate(new SyntaxPipeline(Fixture.TinyModel), sentences);
        // Ten sentences are too few to generalise, but a model must at least fit what it saw.
        Assert.True(scores.Upos > 85, $"UPOS {scores.Upos}");
        Assert.True(scores.Uas > 75, $"UAS {scores.Uas}");
    }

    [Fact]
    public void CorruptModelFileGivesAnErrorNamingTheFile()
    {
        string dir = Path.Combine(Path.GetTempPath(), "parley-bad-" + Guid.NewGuid().ToString("N"));
        try
        {
            Fixture.TinyModel.Save(dir);
            string parser = Path.Combine(dir, "parser.bin");
            byte[] bytes = File.ReadAllBytes(parser);
            File.WriteAllBytes(parser, bytes.AsSpan(0, bytes.Length / 2).ToArray());
            var error = Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(dir));
            Assert.Contains("parser.bin", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void AParserPartOfFormatTwoParsesWithTheWholeBeam()
    {
        // Parts written before the beam margin (format 2) have no margin field: the beam keeps its whole width.
        string dir = Path.Combine(Path.GetTempPath(), "parley-v2-" + Guid.NewGuid().ToString("N"));
        try
        {
            var model = new SyntaxModel(Fixture.TinyModel.Tagger, Fixture.TinyModel.Lemmatizer, Fixture.TinyModel.Parser.WithBeamWidth(3).WithBeamMargin(5f));
            model.Save(dir);
            RewriteParserPart(Path.Combine(dir, "parser.bin"), 2, body => [.. body[..4], .. body[8..]]);
            SyntaxModel loaded = SyntaxModel.Load(dir);
            Assert.Equal(3, loaded.Parser.BeamWidth);
            Assert.Equal(float.PositiveInfinity, loaded.Parser.BeamMargin);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void AParserPartWithANegativeBeamMarginGivesAnErrorNamingTheFile()
    {
        string dir = Path.Combine(Path.GetTempPath(), "parley-margin-" + Guid.NewGuid().ToString("N"));
        try
        {
            Fixture.TinyModel.Save(dir);
            string parser = Path.Combine(dir, "parser.bin");
            RewriteParserPart(parser, 3, body => [.. body[..4], .. BitConverter.GetBytes(-1f), .. body[8..]]);
            var error = Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(dir));
            Assert.Contains(parser, error.Message, StringComparison.Ordinal);
            Assert.Contains("beam margin", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // Rewrites a saved parser part with another format number and its decompressed body changed by `change`
    // (the body starts with the beam width, then, from format 3, the beam margin).
    private static void RewriteParserPart(string path, int version, Func<byte[], byte[]> change)
    {
        byte[] body;
        string magic, kind;
        using (var file = File.OpenRead(path))
        {
            using var header = new BinaryReader(file, System.Text.Encoding.UTF8, leaveOpen: true);
            magic = header.ReadString();
            kind = header.ReadString();
            header.ReadInt32();
            using var zip = new ZLibStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            zip.CopyTo(buffer);
            body = change(buffer.ToArray());
        }
        using var output = File.Create(path);
        using (var header = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            header.Write(magic);
            header.Write(kind);
            header.Write(version);
        }
        using var compressed = new ZLibStream(output, CompressionLevel.SmallestSize);
        compressed.Write(body);
    }

    [Fact]
    public void MissingModelDirectoryIsReported()
    {
        var error = Assert.Throws<FileNotFoundException>(() => SyntaxModel.Load("/nonexistent/parley/model"));
        Assert.Contains("/nonexistent/parley/model", error.Message, StringComparison.Ordinal);
    }
}
