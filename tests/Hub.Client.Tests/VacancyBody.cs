namespace Hub.Client.Tests;

/// <summary>The part of a posted vacancy the fake gateway looks at.</summary>
public sealed record VacancyBody(string? Title, string? Postcode);
