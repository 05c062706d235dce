namespace Hub.Contracts.Signals;

/// <summary>
/// A resident asks "who received my data": an authorised municipal role looks the resident up (the gateway
/// turns the BSN into the pseudonym). Answered with <see cref="SubjectDisclosures"/> or <see cref="SubjectAccessRefused"/>.
/// </summary>
[Read]
public record GetSubjectDisclosures
{
    public required string SubjectPseudonym { get; init; }
    public required string RequestedBy { get; init; }
    public required string RequestedByRole { get; init; }
}
