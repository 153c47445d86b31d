using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Runs the command app and turns expected failures into one-line errors with exit code 1 (2 for usage).</summary>
internal static class CliRunner
{
    public static int Run(CommandApp app, string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            return app.Run(MapStandardInput(args), cancel.Token);
        }
        catch (CommandParseException e) when (e.Message.Length > 0)
        {
            Console.Error.WriteLine($"parley: {e.Message}");
            return 2;
        }
        catch (CommandRuntimeException e)
        {
            Console.Error.WriteLine($"parley: {e.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("parley: cancelled");
            return 130;
        }
        // DbException: the store file is locked by another process, damaged, or not a store.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException
            or System.Data.Common.DbException)
        {
            Console.Error.WriteLine($"parley: {e.Message}");
            return 1;
        }
    }

    // Spectre.Console.Cli reads a lone "-" as an option; Parley's convention is "-" = standard input.
    private static string[] MapStandardInput(string[] args)
    {
        var mapped = (string[])args.Clone();
        for (int i = 0; i < mapped.Length; i++)
        {
            if (mapped[i] == "-")
            {
                mapped[i] = InputReader.StandardInputName;
            }
        }
        return mapped;
    }
}
