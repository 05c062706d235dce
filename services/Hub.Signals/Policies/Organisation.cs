namespace Hub.Signals.Policies;

/// <summary>A partner that can send or receive signals; <see cref="Contact"/> is a desk, shared in multi-problem notices.</summary>
public sealed record Organisation(string Id, string Name, string Role, IReadOnlySet<string> Areas, string Contact);
