namespace Hub.JobMatching.Storage;

/// <summary>A registered job seeker; identified by pseudonym only. Withdrawn seekers are kept for the figures, not matched.</summary>
public sealed class JobSeeker
{
    public required string SubjectPseudonym { get; set; }
    public required string JobAgencyId { get; set; }
    public required string Postcode { get; set; }
    public string? FocusAreaId { get; set; }
    public List<string> TargetOccupations { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public List<string> Licences { get; set; } = [];
    public int HoursMin { get; set; }
    public int HoursMax { get; set; }
    public DateOnly AvailableFrom { get; set; }
    public int MaxTravelKm { get; set; }
    public string? EducationLevel { get; set; }
    public BenefitType Benefit { get; set; }
    public DateOnly? BenefitSince { get; set; }
    public bool ConsentToShare { get; set; }
    public bool IsStudent { get; set; }
    public bool HasJobGuarantee { get; set; }
    public DateOnly? LearnWorkDeadline { get; set; }
    public bool IsWithdrawn { get; set; }
    /// <summary>How many of the seeker's proposals are proposed or accepted; kept with every proposal change (see EngineSync).</summary>
    public int OpenProposals { get; set; }
    public DateTime RegisteredAt { get; set; }
    /// <summary>When matching state last changed, in the order every instance replays (see EngineSync).</summary>
    public long IndexVersion { get; set; }
}
