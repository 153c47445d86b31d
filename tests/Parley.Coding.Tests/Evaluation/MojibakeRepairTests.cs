using System.Text;
using Parley.Coding.Evaluation;

namespace Parley.Coding.Tests.Evaluation;

public class MojibakeRepairTests
{
    [Theory]
    // UTF-8 read as Windows-1252.
    [InlineData("Freedonia\u00e2\u20ac\u2122s envoy", "Freedonia\u2019s envoy")]
    [InlineData("\u00e2\u20ac\u0153talks\u00e2\u20ac\u009d", "\u201ctalks\u201d")]
    [InlineData("caf\u00c3\u00a9 \u00e2\u20ac\u201d closed", "caf\u00e9 \u2014 closed")]
    // UTF-8 read as Mac Roman, then written as Windows-1252 (the ICEWS codebook).
    [InlineData("Sylvania\u201a\u00c4\u00f4s \u201a\u00c4\u00fahistoric\u201a\u00c4\u00f9 pact", "Sylvania\u2019s \u201chistoric\u201d pact")]
    [InlineData("1933\u201a\u00c4\u00ec34 and \u00ac\u00a3500", "1933\u201334 and \u00a3500")]
    public void RepairsBothCodePages(string mangled, string repaired) => Assert.Equal(repaired, MojibakeRepair.Repair(mangled));

    [Theory]
    [InlineData("plain ASCII text")]
    [InlineData("caf\u00e9 in Z\u00fcrich for \u00a35, na\u00efve \u2014 \u201cquoted\u201d \u2019")]
    [InlineData("\u00c4 alone, \u00e2 alone, \u00ac?")]
    [InlineData("")]
    public void CorrectTextIsUnchanged(string text) => Assert.Equal(text, MojibakeRepair.Repair(text));

    [Fact]
    public void DecodesUtf8AsUtf8()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Freedonia\u2019s caf\u00e9")];
        Assert.Equal("Freedonia\u2019s caf\u00e9", MojibakeRepair.Decode(bytes));
    }

    [Fact]
    public void DecodesOtherBytesAsWindows1252AndRepairs()
    {
        // "Freedonia‚Äôs caf" + 0xE9 ("é" in Windows-1252): invalid UTF-8, so the whole file is read as Windows-1252.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Freedonia"), 0x82, 0xC4, 0xF4, .. Encoding.ASCII.GetBytes("s caf"), 0xE9];
        Assert.Equal("Freedonia\u2019s caf\u00e9", MojibakeRepair.Decode(bytes));
    }
}
