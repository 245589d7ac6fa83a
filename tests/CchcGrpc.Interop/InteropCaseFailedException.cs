namespace CchcGrpc.Interop;

/// <summary>An interop case whose outcome differed from what the spec demands; the message says how.</summary>
public sealed class InteropCaseFailedException : Exception
{
    public InteropCaseFailedException(string message)
        : base(message)
    {
    }

    public InteropCaseFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
