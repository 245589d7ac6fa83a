namespace CchcGrpc.Tests.Reliability.Faults;

/// <summary>A test that needs a real small filesystem (<see cref="SmallFilesystem"/>): skipped, saying why, where none can be mounted.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (SmallFilesystem.CannotMount is { } reason)
        {
            Skip = reason;
        }
    }
}
