namespace Hub.JobMatching.Matching;

/// <summary>Why a seeker is in the priority tier for a vacancy.</summary>
internal enum PriorityReason : byte
{
    None,
    FocusAreaResidentOnBenefits,
    StudentWithJobGuarantee,
    StudentNeedingLearnWorkPlace,
}

/// <summary>The outcome of <see cref="MatchRules.TryMatch"/>: the score and the parts it is made of, for the reasons.</summary>
internal readonly record struct Match(
    PriorityReason Priority,
    int Score,
    bool ExactOccupation,
    int RequiredSkillsHeld,
    int NiceToHaveSkillsHeld,
    double DistanceKm,
    bool HoursWithinRange,
    int BenefitMonths,
    bool StartsBeforeDeadline)
{
    public bool IsPriority => Priority != PriorityReason.None;
}
