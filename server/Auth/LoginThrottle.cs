using System.Collections.Concurrent;

namespace CchcGrpc.Server.Auth;

/// <summary>
/// Limits password guessing: after <see cref="MaxFailures"/> failed logins for a user name within
/// <see cref="Window"/>, further attempts are refused until the window has passed.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long until the name may try again; zero when it may try now.</summary>
    public TimeSpan RetryAfter(string userName)
    {
        if (!_failures.TryGetValue(userName, out var failures))
        {
            return TimeSpan.Zero;
        }
        lock (failures)
        {
            Expire(failures);
            return failures.Count < MaxFailures ? TimeSpan.Zero : failures.Peek() + Window - time.GetUtcNow();
        }
    }

    public void RecordFailure(string userName)
    {
        var failures = _failures.GetOrAdd(userName, _ => new Queue<DateTimeOffset>());
        lock (failures)
        {
            Expire(failures);
            failures.Enqueue(time.GetUtcNow());
        }
    }

    public void RecordSuccess(string userName) => _failures.TryRemove(userName, out _);

    private void Expire(Queue<DateTimeOffset> failures)
    {
        var cutoff = time.GetUtcNow() - Window;
        while (failures.Count > 0 && failures.Peek() <= cutoff)
        {
            failures.Dequeue();
        }
    }
}
