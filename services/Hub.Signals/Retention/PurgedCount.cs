namespace Hub.Signals.Retention;

public sealed record PurgedCount(string Kind, string Category, int Count);
