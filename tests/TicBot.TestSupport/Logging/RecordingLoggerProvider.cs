using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TicBot.TestSupport.Logging;

/// <summary>Keeps every log entry with its message template, to assert on structured logging.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>Every entry as one text: its message, exception (with inner ones) and structured values.</summary>
    public string Everything()
        => string.Join("\n", Entries.Select(e => $"{e.Category} {e.Message} {e.Exception} {string.Join(' ', e.Values.Values)}"));

    public sealed record LogEntry(string Category, LogLevel Level, string? Template, IReadOnlyDictionary<string, object?> Values, string Message, Exception? Exception);

    private sealed class Logger(RecordingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            var dictionary = values.GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.First().Value);
            dictionary.TryGetValue("{OriginalFormat}", out var template);
            provider.Entries.Enqueue(new LogEntry(category, logLevel, template as string, dictionary, formatter(state, exception), exception));
        }
    }
}
