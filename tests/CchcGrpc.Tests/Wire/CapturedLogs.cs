using System.Collections.Concurrent;

namespace CchcGrpc.Tests.Wire;

/// <summary>A logger provider that keeps every line (category, level, message, exception) for tests to read.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> _lines = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message, Exception? Exception)> Lines => [.. _lines];

    /// <summary>Everything logged, one line per entry, with exceptions in full: what a log file would hold.</summary>
    public string Text => string.Join('\n', _lines.Select(l => $"{l.Level} {l.Category}: {l.Message} {l.Exception}"));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue((category, logLevel, formatter(state, exception), exception));
    }
}
