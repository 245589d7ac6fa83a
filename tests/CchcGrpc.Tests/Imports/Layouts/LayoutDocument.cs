namespace CchcGrpc.Tests.Imports.Layouts;

/// <summary>A transformed document: its text, and for every line of each printed row the seed line it came from (0: added by the layout).</summary>
public sealed record LayoutDocument(Layout Layout, string Seed, string Text, IReadOnlyDictionary<int, int> Origins);
