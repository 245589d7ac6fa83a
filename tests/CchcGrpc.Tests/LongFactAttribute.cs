namespace CchcGrpc.Tests;

/// <summary>
/// A test that takes minutes (a threshold sweep, a soak, a long fault run): skipped unless
/// CCHC_LONG_TESTS=1, so the default test command stays short. Run them with
/// <c>CCHC_LONG_TESTS=1 dotnet test CchcGrpc.sln -c Release --filter Category=Long</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LongFactAttribute : FactAttribute
{
    public LongFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CCHC_LONG_TESTS") != "1")
        {
            Skip = "long: set CCHC_LONG_TESTS=1 to run";
        }
    }
}
