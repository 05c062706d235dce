namespace Hub.Operations.Alerts;

/// <summary>What the webhook receives. Kind is "failures" or "silent-service".</summary>
public sealed record Alert(string Kind, string Subject, string Text, int Count, DateTime RaisedAt);
