using System.Globalization;

namespace Hub.JobMatching.Matching;

/// <summary>
/// Plain-English reasons for a match, built only for the results returned. They name the focus area,
/// occupation, skills, distance, hours and benefit duration, never the postcode, benefit type or identity.
/// </summary>
internal static class MatchReasons
{
    public static string[] For(VacancyEntry vacancy, SeekerEntry seeker, in Match match, DateOnly today)
    {
        var v = vacancy.Profile;
        var s = seeker.Profile;
        var reasons = new List<string>(10);
        if (match.Priority != PriorityReason.None)
        {
            reasons.Add(match.Priority switch
            {
                PriorityReason.FocusAreaResidentOnBenefits => "priority: focus-area resident on benefits",
                PriorityReason.StudentWithJobGuarantee => "priority: student with a job guarantee",
                _ => "priority: student who needs a learn-work place",
            });
        }
        if (seeker.Area is { } area)
        {
            reasons.Add($"lives in focus area {area.Name}");
        }
        reasons.Add(match.ExactOccupation
            ? $"target occupation matches {v.OccupationCode.Trim()}"
            : $"related occupation {RelatedCode(v, s)} (same group {ProfileCompiler.MinorGroupOf(v.OccupationCode)})");
        reasons.Add(vacancy.RequiredSkills.Length == 0
            ? "no required skills"
            : $"{match.RequiredSkillsHeld} of {vacancy.RequiredSkills.Length} required skills");
        if (vacancy.NiceToHaveSkills.Length > 0)
        {
            reasons.Add($"{match.NiceToHaveSkillsHeld} of {vacancy.NiceToHaveSkills.Length} nice-to-have skills");
        }
        reasons.Add(match.DistanceKm < 1 ? "less than 1 km away" : $"{Math.Round(match.DistanceKm):0} km away");
        reasons.Add(match.HoursWithinRange
            ? $"hours fit ({v.HoursPerWeek} of {seeker.HoursMin}-{seeker.HoursMax})"
            : $"hours close ({v.HoursPerWeek}, wants {seeker.HoursMin}-{seeker.HoursMax})");
        reasons.Add(s.AvailableFrom <= today
            ? "available now"
            : $"available from {s.AvailableFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        if (match.BenefitMonths >= 0)
        {
            reasons.Add(match.BenefitMonths switch
            {
                0 => "on benefits for less than a month",
                1 => "on benefits for 1 month",
                var months => $"on benefits for {months} months",
            });
        }
        if (match.StartsBeforeDeadline)
        {
            reasons.Add("place starts before the learn-work deadline");
        }
        if (v.HasWageCostCompensation && seeker.OnBenefits)
        {
            reasons.Add("wage-cost compensation can apply");
        }
        return [.. reasons];
    }

    private static string RelatedCode(VacancyProfile vacancy, SeekerProfile seeker)
    {
        var group = ProfileCompiler.MinorGroupOf(vacancy.OccupationCode);
        return seeker.TargetOccupations.First(code =>
            string.Equals(ProfileCompiler.MinorGroupOf(code), group, StringComparison.OrdinalIgnoreCase)).Trim();
    }
}
