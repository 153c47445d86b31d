namespace Parley.Tools.Shared;

/// <summary>
/// A command-line option has a value the tool cannot use (not a number, a date out of order): the user's to fix, so
/// <see cref="GeneratorCommand.Run"/> prints the message and exits with 2, as for an unknown option.
/// </summary>
internal sealed class OptionValueException : Exception
{
    /// <summary>An error with <paramref name="message"/>, which names the option.</summary>
    public OptionValueException(string message)
        : base(message)
    {
    }
}
