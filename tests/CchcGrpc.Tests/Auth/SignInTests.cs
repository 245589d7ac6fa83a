using CchcGrpc.Server.Auth;

namespace CchcGrpc.Tests.Auth;

/// <summary>Passwords, tokens and the limit on guessing.</summary>
public sealed class SignInTests
{
    [Fact]
    public void A_password_hash_verifies_only_its_password_and_never_contains_it()
    {
        var hash = new PasswordHasher(1000).Hash("Mật khẩu đủ dài");
        Assert.StartsWith("pbkdf2-sha256$1000$", hash, StringComparison.Ordinal);
        Assert.DoesNotContain("Mật", hash, StringComparison.Ordinal);
        Assert.True(PasswordHasher.Verify("Mật khẩu đủ dài", hash));
        Assert.False(PasswordHasher.Verify("Mat khau du dai", hash));
        Assert.NotEqual(hash, new PasswordHasher(1000).Hash("Mật khẩu đủ dài")); // salted
    }

    [Fact]
    public void Tokens_are_random_and_only_their_hash_is_kept()
    {
        var a = BearerToken.Create();
        var b = BearerToken.Create();
        Assert.NotEqual(a, b);
        Assert.StartsWith("cchc_", a, StringComparison.Ordinal);
        Assert.Equal(64, BearerToken.HashOf(a).Length);
        Assert.Equal(a, BearerToken.FromAuthorization("Bearer " + a));
        Assert.Null(BearerToken.FromAuthorization("Basic abc"));
    }

    [Fact]
    public void Five_failed_sign_ins_lock_the_name_for_fifteen_minutes()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
        var throttle = new LoginThrottle(clock);
        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            Assert.Equal(TimeSpan.Zero, throttle.TryBegin("op.gianghia"));
            throttle.End("op.gianghia", succeeded: false);
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.Equal(TimeSpan.FromMinutes(10), throttle.TryBegin("op.gianghia")); // the first failure, at 08:00, expires at 08:15
        Assert.Equal(TimeSpan.Zero, throttle.TryBegin("op.dakmil"));
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(TimeSpan.Zero, throttle.TryBegin("op.gianghia"));
    }

    [Fact]
    public void Attempts_in_progress_count_against_the_limit_until_they_end()
    {
        // Guesses sent at once all passed the old check-then-record before the first had failed.
        var throttle = new LoginThrottle(new ManualClock(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero)));
        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            Assert.Equal(TimeSpan.Zero, throttle.TryBegin("op.gianghia"));
        }
        Assert.True(throttle.TryBegin("op.gianghia") > TimeSpan.Zero);
        throttle.End("op.gianghia", succeeded: true);
        Assert.Equal(TimeSpan.Zero, throttle.TryBegin("op.gianghia"));
        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            throttle.End("op.gianghia", succeeded: null); // the check itself failed: not a wrong password
        }
        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            Assert.Equal(TimeSpan.Zero, throttle.TryBegin("op.gianghia"));
        }
    }
}
