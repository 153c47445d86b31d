using Parley.Store;

namespace Parley.Web.Hosting;

/// <summary>
/// The server's store: opened once (read-only without an API key, so other read-only processes may share the file),
/// with a connection of its own for each request, since a connection serves one thread at a time. Writes are
/// serialised: a posted story is checked for and written under one lock, so the same story posted twice at once is
/// stored once.
/// </summary>
internal sealed class StoreAccess : IDisposable
{
    private readonly EventStore _root;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    private StoreAccess(EventStore root) => _root = root;

    /// <summary>The store file.</summary>
    public string Path => _root.Path;

    /// <summary>Opens the store of <paramref name="options"/>; throws with the path in the message when it cannot.</summary>
    public static StoreAccess Open(ParleyWebOptions options) =>
        new(options.ReadOnly ? EventStore.OpenReadOnly(options.StorePath) : EventStore.Open(options.StorePath));

    /// <summary>Runs <paramref name="query"/> on a connection of its own.</summary>
    public T Read<T>(Func<EventStore, T> query)
    {
        using EventStore connection = _root.Connect();
        return query(connection);
    }

    /// <summary>Runs <paramref name="write"/> on a connection of its own while no other write runs.</summary>
    public async Task<T> WriteAsync<T>(Func<EventStore, T> write, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using EventStore connection = _root.Connect();
            return write(connection);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _root.Dispose();
        _writeLock.Dispose();
    }
}
