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
    public void MissingModelDirectoryIsReported()
    {
        var error = Assert.Throws<FileNotFoundException>(() => SyntaxModel.Load("/nonexistent/parley/model"));
        Assert.Contains("/nonexistent/parley/model", error.Message, StringComparison.Ordinal);
    }
}
