using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hub.Gateway.Tests;

/// <summary>
/// Keeps every log line the gateway writes (message, structured values, exceptions, and the scopes it was written in)
/// so tests can search them.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            logs._scopes.ForEachScope((scope, list) => list.Add(Describe(scope)), scopes);
            logs._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} | {Describe(state)} | {exception} | scopes: {string.Join(" / ", scopes)}");
        }

        private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> values
            ? string.Join("; ", values.Select(pair => $"{pair.Key}={pair.Value}"))
            : state?.ToString() ?? "";
    }
}
