namespace Hub.Operations.Alerts;

/// <summary>
/// What the webhook receives. Kind is "failures" or "silent-service". AreaId is set for the failures of one focus area
/// (Subject is then the area); hub-wide alerts (all failures, a silent service) have none and are shown only to hub-wide users.
/// </summary>
public sealed record Alert(string Kind, string Subject, string Text, int Count, DateTime RaisedAt, string? AreaId = null);
