using System.Text;

namespace CchcGrpc.Server.SampleData;

/// <summary>
/// Seeds derived from text with FNV-1a, which (unlike string.GetHashCode) is the same in every
/// process, so the same unit gets the same demo values on every run and machine.
/// </summary>
internal static class StableSeed
{
    public static int Of(int seed, params string[] parts)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var b in Encoding.UTF8.GetBytes(string.Join('\u001f', parts)))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }
}
