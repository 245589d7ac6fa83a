using System.Runtime.CompilerServices;

namespace CchcGrpc.Wire.Client;

public static class AsyncStreamReaderExtensions
{
    /// <summary>The rest of the stream as an async sequence, for <c>await foreach</c>.</summary>
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(this IAsyncStreamReader<T> reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await reader.MoveNext(cancellationToken).ConfigureAwait(false))
        {
            yield return reader.Current;
        }
    }
}
