using Parley.Coding.Evaluation;

namespace Parley.Coding.Tests.Evaluation;

public class GoldReaderTests
{
    [Theory]
    [InlineData("gold.json", GoldFormat.Plover)]
    [InlineData("dir/Gold.JSON", GoldFormat.Plover)]
    [InlineData("cameo-codes.csv", GoldFormat.IcewsCodebook)]
    public void FormatByExtension(string path, GoldFormat format) => Assert.Equal(format, GoldReader.FormatOf(path));

    [Theory]
    [InlineData("gold.tsv")]
    [InlineData("gold")]
    public void OtherExtensionsAreAnErrorNamingTheFile(string path)
    {
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => GoldReader.Read(path));
        Assert.StartsWith(path + ": unknown gold format", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsPloverByExtension()
    {
        string path = Path.Combine(Path.GetTempPath(), "parley-gold-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "[{\"id\": \"A\", \"event\": \"PROTEST\", \"text\": \"Sylvanians marched on the Freedonian embassy.\"}]");
        try
        {
            GoldSet gold = GoldReader.Read(path);
            Assert.Equal(path, gold.File);
            Assert.Equal(["14"], Assert.Single(gold.Events).Roots);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
