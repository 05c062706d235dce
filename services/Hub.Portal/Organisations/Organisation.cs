namespace Hub.Portal.Organisations;

/// <summary>A partner organisation as the Hub registers it (the gateway's partner file): who it is and what it may do.</summary>
public sealed class Organisation
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string[] Areas { get; set; } = [];
}

public sealed class OrganisationsOptions
{
    public List<Organisation> Partners { get; set; } = [];
}
