using Parley.Testing;

namespace Parley.Cli.Tests;

/// <summary>
/// The TABARI and PETRARCH validation suites through <c>parley validate-*</c>: the totals line and regression floors
/// just under the pass rates recorded in README.md.
/// </summary>
public sealed class ValidateCommandTests
{
    [SkippableFact]
    public void PetrarchSuiteMeetsTheRecordedPassRate()
    {
        string path = TestPaths.DataFile("petrarch/PETR.UnitTest.records.xml");
        Skip.IfNot(File.Exists(path), $"PETRARCH suite not found at {path}; set PARLEY_DATA to the shared data directory");
        Skip.If(TestPaths.ModelDirectory == null, "no trained model in data/models/en");
        Assert.True(PassRate(ParleyProcess.Run("validate-petrarch", path)) >= 0.84);
    }

    [SkippableFact]
    public void TabariSuiteMeetsTheRecordedPassRate()
    {
        string path = TestPaths.DataFile("tabari/Validate.text");
        Skip.IfNot(File.Exists(path), $"TABARI suite not found at {path}; set PARLEY_DATA to the shared data directory");
        Skip.If(TestPaths.ModelDirectory == null, "no trained model in data/models/en");
        Assert.True(PassRate(ParleyProcess.Run("validate-tabari", path)) >= 0.97);
        // Parley's own parser-based coder in its TABARI-compatible reading, for comparison.
        Assert.True(PassRate(ParleyProcess.Run("validate-tabari", path, "--parser")) >= 0.55);
    }

    private static double PassRate((int ExitCode, string Stdout, string Stderr) run)
    {
        Assert.True(run.ExitCode == 0, run.Stderr);
        string last = run.Stdout.TrimEnd().Split('\n')[^1];
        string[] parts = last.Split(' ');
        Assert.Equal("passed,", parts[1]);
        Assert.Equal("failed", parts[3].TrimEnd(','));
        int passed = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        int failed = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
        return passed / (double)(passed + failed);
    }
}
