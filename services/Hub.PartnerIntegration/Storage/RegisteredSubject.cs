namespace Hub.PartnerIntegration.Storage;

/// <summary>
/// A resident a partner registered through an export (a school's student), by Hub pseudonym, with the partner's own
/// number for them: proposals about the pseudonym go back to that partner under its own number.
/// </summary>
public sealed class RegisteredSubject
{
    public required string PartnerId { get; set; }
    public required string SubjectPseudonym { get; set; }
    public required string PartnerReference { get; set; }
}
