using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Recovery.Testing;

/// <summary>
/// Every log line the server writes, at every level: the message, each structured value, the
/// scopes around it and any exception, so a test can look for what must never be logged.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            Append(line, state);
            owner.scopes.ForEachScope((scope, b) => Append(b, scope), line);
            if (exception is not null) line.Append(" | ").Append(exception);
            owner.lines.Enqueue(line.ToString());
        }

        private static void Append(StringBuilder line, object? value)
        {
            line.Append(" | ").Append(value);
            if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                foreach (var (key, item) in pairs) line.Append(' ').Append(key).Append('=').Append(item);
        }
    }
}
