namespace Hub.Operations.Audit;

public sealed record AreaInfo(string Id, string Name, string Municipality);
