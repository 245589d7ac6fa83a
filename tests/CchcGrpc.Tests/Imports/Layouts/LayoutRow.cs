namespace CchcGrpc.Tests.Imports.Layouts;

/// <summary>One row of a seed appendix as a layout renders it; <see cref="Origin"/> is its line in the seed (0 for a row a layout adds).</summary>
public sealed record LayoutRow(int Origin, string Code, string Label, string Unit, string Value, string Note)
{
    public bool HasContent => Value.Length > 0 || Note.Length > 0;
}
