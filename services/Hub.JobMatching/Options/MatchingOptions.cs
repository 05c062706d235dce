using System.ComponentModel.DataAnnotations;

namespace Hub.JobMatching.Options;

public sealed class MatchingOptions
{
    public const string Section = "Hub:Matching";

    /// <summary>The focus areas file (see seeds/areas.json); adding an area is a change of this file only.</summary>
    [Required]
    public string AreasFile { get; set; } = "areas.json";
    /// <summary>Open proposals per vacancy position, so an employer has a real choice.</summary>
    [Range(1, 20)]
    public int ProposalsPerPosition { get; set; } = 3;
    /// <summary>Open proposals per vacancy at most, however many positions.</summary>
    [Range(1, 100)]
    public int MaxProposalsPerVacancy { get; set; } = 10;
    /// <summary>Open proposals one job seeker holds at once: no one is flooded, and the best are not proposed everywhere.</summary>
    [Range(1, 20)]
    public int MaxOpenProposalsPerSeeker { get; set; } = 3;
    /// <summary>A proposal not answered within this time lapses, and the next candidate is proposed.</summary>
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromDays(14);
    public TimeSpan ExpiryCheckInterval { get; set; } = TimeSpan.FromHours(1);
}
