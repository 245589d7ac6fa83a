namespace CchcGrpc.Bench.Tui;

/// <summary>What one layer sent at one terminal size.</summary>
internal sealed record ScreenRun(
    string Layer,
    int Cols,
    int Rows,
    long FirstDraw,
    long OpenEntry,
    long IdleBytes,
    double IdleSeconds,
    KeystrokeCosts Typing,
    KeystrokeCosts RowMoves,
    KeystrokeCosts Paging,
    string FinalScreen);
