namespace Hub.Operations.Live;

public sealed record ServiceHealth(string Service, string Status, int? StatusCode);
