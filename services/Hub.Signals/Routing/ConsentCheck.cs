namespace Hub.Signals.Routing;

/// <summary>The outcome of looking for a consent: the one that allows the delivery, or why there is none.</summary>
public sealed record ConsentCheck(Guid? ConsentId, string? Reason)
{
    public bool Allows => ConsentId is not null;
}
