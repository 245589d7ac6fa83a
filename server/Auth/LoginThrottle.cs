using System.Collections.Concurrent;

namespace CchcGrpc.Server.Auth;

/// <summary>
/// Limits password guessing: after <see cref="MaxFailures"/> failed logins for a user name within
/// <see cref="Window"/>, further attempts are refused until the window has passed. An attempt in
/// progress counts against the limit from <see cref="TryBegin"/> to <see cref="End"/>, so that
/// many guesses sent at once cannot all pass the check before the first one has failed.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    // Past this many names, names with nothing to remember are forgotten (guesses at random names must not grow it forever).
    private const int SweepAbove = 10_000;

    // How long to wait when the limit is taken by attempts still in progress rather than by failures.
    private static readonly TimeSpan InFlightWait = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Attempts> _attempts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reserves an attempt for the name: zero when it may try now (then call <see cref="End"/>), else how long until it may.</summary>
    public TimeSpan TryBegin(string userName)
    {
        if (_attempts.Count > SweepAbove)
        {
            Sweep();
        }
        var attempts = _attempts.GetOrAdd(userName, _ => new Attempts());
        lock (attempts)
        {
            Expire(attempts.Failures);
            if (attempts.Failures.Count + attempts.InFlight >= MaxFailures)
            {
                return attempts.Failures.Count >= MaxFailures ? attempts.Failures.Peek() + Window - time.GetUtcNow() : InFlightWait;
            }
            attempts.InFlight++;
            return TimeSpan.Zero;
        }
    }

    /// <summary>Ends an attempt begun with <see cref="TryBegin"/>: true signed in, false a wrong password, null neither (the check itself failed).</summary>
    public void End(string userName, bool? succeeded)
    {
        if (!_attempts.TryGetValue(userName, out var attempts))
        {
            return;
        }
        lock (attempts)
        {
            attempts.InFlight--;
            if (succeeded == true)
            {
                attempts.Failures.Clear();
            }
            else if (succeeded == false)
            {
                attempts.Failures.Enqueue(time.GetUtcNow());
            }
        }
    }

    private void Sweep()
    {
        foreach (var (name, attempts) in _attempts)
        {
            lock (attempts)
            {
                Expire(attempts.Failures);
                if (attempts.InFlight == 0 && attempts.Failures.Count == 0)
                {
                    _attempts.TryRemove(new KeyValuePair<string, Attempts>(name, attempts));
                }
            }
        }
    }

    private void Expire(Queue<DateTimeOffset> failures)
    {
        var cutoff = time.GetUtcNow() - Window;
        while (failures.Count > 0 && failures.Peek() <= cutoff)
        {
            failures.Dequeue();
        }
    }

    private sealed class Attempts
    {
        public Queue<DateTimeOffset> Failures { get; } = new();

        public int InFlight { get; set; }
    }
}
