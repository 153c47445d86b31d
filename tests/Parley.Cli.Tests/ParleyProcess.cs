using System.Diagnostics;

namespace Parley.Cli.Tests;

/// <summary>Runs the built <c>parley</c> program as a child process, as a user would.</summary>
internal static class ParleyProcess
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => RunWithInput(null, args);

    public static (int ExitCode, string Stdout, string Stderr) RunWithInput(byte[]? stdin, params string[] args) =>
        RunIn(null, stdin, args);

    /// <summary>Runs parley in <paramref name="workingDirectory"/> (null: the test's own), as a user elsewhere on disk would.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunIn(string? workingDirectory, byte[]? stdin, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parley.dll"));
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start parley");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin != null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"parley {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts parley with its output discarded, for tests that stop it themselves.</summary>
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parley.dll"));
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start parley");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    /// <summary>Starts parley, reads the first <paramref name="lines"/> lines of its output within <paramref name="timeout"/>, then stops it.</summary>
    public static List<string> FirstLines(int lines, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parley.dll"));
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start parley");
        _ = process.StandardError.ReadToEndAsync();
        var result = new List<string>();
        var reading = Task.Run(() =>
        {
            string? line;
            while (result.Count < lines && (line = process.StandardOutput.ReadLine()) != null)
            {
                result.Add(line);
            }
        });
        bool finished = reading.Wait(timeout);
        process.Kill(entireProcessTree: true);
        if (!finished)
        {
            throw new TimeoutException($"parley {string.Join(' ', args)} printed {result.Count} lines in {timeout}");
        }
        return result;
    }
}
