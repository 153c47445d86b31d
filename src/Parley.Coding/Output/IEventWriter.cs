using Parley.Coding.Events;
using Parley.Text.Stories;

namespace Parley.Coding.Output;

/// <summary>Writes coded events, story by story, in one output format.</summary>
public interface IEventWriter : IDisposable
{
    /// <summary>Writes the events of <paramref name="story"/> (the story supplies the evidence text).</summary>
    void Write(Story story, IReadOnlyList<CodedEvent> events);

    /// <summary>Flushes buffered output.</summary>
    void Flush();
}
