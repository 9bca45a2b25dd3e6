using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Recovery.Testing.Fuzzing;

/// <summary>
/// Counts the server's log lines at level Error and above during a run, keeping the first of each kind to show.
/// SignalR logs every refusal a hub method throws (a <c>HubException</c>: our translated, Danish answers) at
/// level Error; those are answers, not failures, and are not counted.
/// </summary>
public sealed class ErrorLog : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, string> first = new();
    private long count;

    public long Count => Interlocked.Read(ref count);
    public IReadOnlyCollection<string> First => [.. first.Values.Take(10)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(ErrorLog owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel < LogLevel.Error || exception is HubException) return;
            Interlocked.Increment(ref owner.count);
            owner.first.TryAdd($"{category} {eventId.Id} {exception?.GetType().Name}",
                $"{category}: {formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message} {exception?.StackTrace?.Split('\n').FirstOrDefault()}");
        }
    }
}
