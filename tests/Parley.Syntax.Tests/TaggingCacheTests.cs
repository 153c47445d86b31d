using Parley.Syntax.Model;
using Parley.Syntax.Training;

namespace Parley.Syntax.Tests;

public sealed class TaggingCacheTests
{
    [Fact]
    public void ACachedTaggerGivesTheSameModelAsTrainingItAgain()
    {
        string cache = Path.Combine(Path.GetTempPath(), "parley-tagcache-" + Guid.NewGuid().ToString("N") + ".bin");
        string first = Path.Combine(Path.GetTempPath(), "parley-cache-a-" + Guid.NewGuid().ToString("N"));
        string second = Path.Combine(Path.GetTempPath(), "parley-cache-b-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = Fixture.Options with { TaggingCache = cache };
            var log = new List<string>();
            new SyntaxTrainer(options, log.Add).Train(Fixture.Sentences()).Save(first);
            Assert.True(File.Exists(cache));
            Assert.DoesNotContain(log, line => line.Contains("read from", StringComparison.Ordinal));
            log.Clear();
            new SyntaxTrainer(options, log.Add).Train(Fixture.Sentences()).Save(second);
            Assert.Contains(log, line => line.Contains("read from", StringComparison.Ordinal));
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
            File.Delete(cache);
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public void ACacheFromOtherOptionsIsRebuiltNotUsed()
    {
        string cache = Path.Combine(Path.GetTempPath(), "parley-tagcache-" + Guid.NewGuid().ToString("N") + ".bin");
        try
        {
            new SyntaxTrainer(Fixture.Options with { TaggingCache = cache }).Train(Fixture.Sentences());
            var log = new List<string>();
            new SyntaxTrainer(Fixture.Options with { TaggingCache = cache, TaggerEpochs = 3 }, log.Add).Train(Fixture.Sentences());
            Assert.DoesNotContain(log, line => line.Contains("read from", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(cache);
        }
    }

    [Fact]
    public void ATruncatedCacheIsRebuilt()
    {
        string cache = Path.Combine(Path.GetTempPath(), "parley-tagcache-" + Guid.NewGuid().ToString("N") + ".bin");
        try
        {
            File.WriteAllBytes(cache, [0x78, 0x9C, 0x01]);
            var log = new List<string>();
            new SyntaxTrainer(Fixture.Options with { TaggingCache = cache }, log.Add).Train(Fixture.Sentences());
            Assert.DoesNotContain(log, line => line.Contains("read from", StringComparison.Ordinal));
            Assert.True(new FileInfo(cache).Length > 3);
        }
        finally
        {
            File.Delete(cache);
        }
    }
}
