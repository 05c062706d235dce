namespace Hub.Portal.Storage;

/// <summary>
/// One thing a portal user did (signed in, published a vacancy, read the deliveries, asked for a resident's disclosures, invited
/// a user), with who, when and the outcome. Never a BSN or other resident data: the target is the Hub's id of the item.
/// </summary>
public sealed class PortalAction
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public Guid? UserId { get; set; }
    public string UserEmail { get; set; } = "";
    public string OrganisationId { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Target { get; set; }
    public string Outcome { get; set; } = "";
}
