namespace Hub.Contracts.Matching;

/// <summary>The job seekers (or students) the asking partner registered, newest first; answered with <see cref="JobSeekerList"/>.</summary>
[Read]
public record GetJobSeekers
{
    /// <summary>The registering job agency or school: only its own registrations are listed.</summary>
    public required string RequestedBy { get; init; }
}
