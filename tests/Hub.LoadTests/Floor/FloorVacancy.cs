namespace Hub.LoadTests.Floor;

/// <summary>
/// What storing one vacancy must write: the gateway's idempotency record (with the 202 it replays), and job matching's
/// vacancy row, its proposals and the inbox record of the VacancyPublished it came in.
/// </summary>
internal sealed record FloorVacancy
{
    public required string PartnerId { get; init; }
    /// <summary>Keyed SHA-256 in hex, as the gateway stores the Idempotency-Key and the request's fingerprint.</summary>
    public required string IdempotencyKey { get; init; }
    public required string RequestHash { get; init; }
    public required Guid AttemptId { get; init; }
    public required byte[] ResponseBody { get; init; }
    public required string ResponseContentType { get; init; }
    public required string ResponseLocation { get; init; }

    public required Guid VacancyId { get; init; }
    public required string EmployerId { get; init; }
    public required string Title { get; init; }
    public required string OccupationCode { get; init; }
    public required string Postcode { get; init; }
    public string? FocusAreaId { get; init; }
    public required int HoursPerWeek { get; init; }
    public required int Positions { get; init; }
    public required DateOnly ClosingDate { get; init; }
    public required bool IsRecoveryJob { get; init; }
    public required bool IsLearnWorkPlace { get; init; }
    public required bool HasWageCostCompensation { get; init; }
    public required string[] RequiredSkills { get; init; }
    public required string[] NiceToHaveSkills { get; init; }
    public required string[] RequiredLicences { get; init; }
    public required DateTime PublishedAt { get; init; }
    public required DateTime RegisteredAt { get; init; }
    public required long IndexVersion { get; init; }

    public required Guid MessageId { get; init; }
    public required string Consumer { get; init; }

    public required IReadOnlyList<FloorProposal> Proposals { get; init; }
}
