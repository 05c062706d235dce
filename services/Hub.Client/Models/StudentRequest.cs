namespace Hub.Client.Models;

/// <summary>A student a school registers for a learn-work (BBL) place or a first job (POST /api/v1/students).</summary>
public sealed record StudentRequest
{
    /// <summary>Citizen service number: 9 digits passing the 11-check.</summary>
    public required string Bsn { get; init; }
    public required string Postcode { get; init; }
    /// <summary>1 to 10 ISCO-08 4-digit codes.</summary>
    public required IReadOnlyList<string> TargetOccupations { get; init; }
    public required int HoursMin { get; init; }
    public required int HoursMax { get; init; }
    public required DateOnly AvailableFrom { get; init; }
    public required int MaxTravelKm { get; init; }
    /// <summary>Graduating in a promising sector with a job guarantee.</summary>
    public bool? HasJobGuarantee { get; init; }
    /// <summary>Date by which a BBL place is needed, or the student loses a year.</summary>
    public DateOnly? LearnWorkDeadline { get; init; }
    public required bool ConsentToShare { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}
