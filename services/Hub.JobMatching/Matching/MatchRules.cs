namespace Hub.JobMatching.Matching;

/// <summary>
/// The one scoring function both the engine and the linear scan use.
/// Hard filters: vacancy open (closing date not passed, a position left); consent to share; an occupation
/// link (a target occupation equal to the vacancy's, or in the same ISCO minor group: a proposal without it
/// makes no sense to an employer, and it lets the engine index seekers exactly); every required licence;
/// available by the start date (else the closing date); vacancy hours within the wanted range plus or minus
/// <see cref="HoursTolerance"/>; both postcodes located and within the seeker's maximum travel distance.
/// Learn-work (BBL) places are open to everyone (adults retrain through BBL too); students get the priority.
/// </summary>
internal static class MatchRules
{
    public const int HoursTolerance = 4;
    public const int LongTermBenefitMonths = 12;

    // Score parts; the maximum adds up to 100.
    public const int ExactOccupationPoints = 35;
    public const int RelatedOccupationPoints = 15;
    public const int RequiredSkillsPoints = 25;
    public const int NiceToHaveSkillsPoints = 5;
    public const int DistancePoints = 10;
    public const int HoursFitPoints = 10;
    public const int HoursClosePoints = 5;
    public const int LongTermBenefitPoints = 10;
    public const int RecentBenefitPoints = 5;
    public const int DeadlinePoints = 5;

    public static bool TryMatch(VacancyEntry vacancy, SeekerEntry seeker, DateOnly today, out Match match)
    {
        match = default;
        var exact = vacancy.Occupation >= 0 && seeker.Occupations.AsSpan().Contains(vacancy.Occupation);
        if (!exact && (vacancy.MinorGroup < 0 || !seeker.MinorGroups.AsSpan().Contains(vacancy.MinorGroup)))
        {
            return false;
        }
        var hours = vacancy.Profile.HoursPerWeek;
        if (!seeker.ConsentToShare || !vacancy.IsOpenOn(today) || seeker.AvailableFrom > vacancy.AvailableBy
            || hours < seeker.HoursMin - HoursTolerance || hours > seeker.HoursMax + HoursTolerance)
        {
            return false;
        }
        if (seeker.Home is not { } home || vacancy.Workplace is not { } work || !HoldsAll(seeker.Licences, vacancy.RequiredLicences))
        {
            return false;
        }
        // Within the travel distance: comparing chords is comparing great-circle kilometres.
        var chordSquared = home.ChordSquaredTo(work);
        if (chordSquared > seeker.MaxChordSquared)
        {
            return false;
        }
        match = Score(vacancy, seeker, today, exact, Position.KmOfChordSquared(chordSquared));
        return true;
    }

    /// <summary>
    /// A necessary condition for <see cref="TryMatch"/> from a seeker's slot: the same availability, hours
    /// and distance checks on the same copied values, so it rejects only seekers TryMatch would reject.
    /// </summary>
    public static bool MayMatch(VacancyEntry vacancy, in SeekerSlot slot, out double chordSquared)
    {
        chordSquared = 0;
        var hours = vacancy.Profile.HoursPerWeek;
        if (slot.AvailableFrom > vacancy.AvailableBy || hours < slot.HoursMin - HoursTolerance || hours > slot.HoursMax + HoursTolerance
            || vacancy.Workplace is not { } work)
        {
            return false;
        }
        chordSquared = slot.Home.ChordSquaredTo(work);
        return chordSquared <= slot.MaxChordSquared;
    }

    /// <summary>
    /// The best a seeker could rank, from its slot: the tier exactly; a score no lower than the real one
    /// (all skills assumed held, the occupation assumed exact unless the slot rules it out). The engine
    /// skips a seeker whose ceiling cannot beat the worst kept candidate, without touching its entry.
    /// </summary>
    public static (bool IsPriority, int Score) Ceiling(VacancyEntry vacancy, in SeekerSlot slot, double chordSquared)
    {
        var v = vacancy.Profile;
        var score = slot.MayHoldOccupation(vacancy.Occupation) ? ExactOccupationPoints : RelatedOccupationPoints;
        score += RequiredSkillsPoints + (vacancy.NiceToHaveSkills.Length == 0 ? 0 : NiceToHaveSkillsPoints);
        score += PointsForDistance(Position.KmOfChordSquared(chordSquared), slot.MaxTravelKm);
        score += v.HoursPerWeek >= slot.HoursMin && v.HoursPerWeek <= slot.HoursMax ? HoursFitPoints : HoursClosePoints;
        score += (slot.Traits & SeekerTraits.OnBenefits) != 0 ? LongTermBenefitPoints : 0;
        score += v.IsLearnWorkPlace && (slot.Traits & SeekerTraits.LearnWorkDeadline) != 0 ? DeadlinePoints : 0;
        return (PriorityOf(v, slot.Traits) != PriorityReason.None, score);
    }

    private static Match Score(VacancyEntry vacancy, SeekerEntry seeker, DateOnly today, bool exact, double km)
    {
        var v = vacancy.Profile;
        var required = CountHeld(seeker.Skills, vacancy.RequiredSkills);
        var nice = CountHeld(seeker.Skills, vacancy.NiceToHaveSkills);
        var withinRange = v.HoursPerWeek >= seeker.HoursMin && v.HoursPerWeek <= seeker.HoursMax;
        var months = seeker.OnBenefits ? BenefitMonths(seeker.BenefitSince, today) : -1;
        var beforeDeadline = v.IsLearnWorkPlace && seeker.LearnWorkDeadline is { } deadline && vacancy.AvailableBy <= deadline;

        var score = exact ? ExactOccupationPoints : RelatedOccupationPoints;
        score += vacancy.RequiredSkills.Length == 0 ? RequiredSkillsPoints : RequiredSkillsPoints * required / vacancy.RequiredSkills.Length;
        score += vacancy.NiceToHaveSkills.Length == 0 ? 0 : NiceToHaveSkillsPoints * nice / vacancy.NiceToHaveSkills.Length;
        score += PointsForDistance(km, seeker.MaxTravelKm);
        score += withinRange ? HoursFitPoints : HoursClosePoints;
        score += months < 0 ? 0 : months >= LongTermBenefitMonths ? LongTermBenefitPoints : RecentBenefitPoints;
        score += beforeDeadline ? DeadlinePoints : 0;
        return new Match(PriorityOf(v, seeker.Traits), score, exact, required, nice, km, withinRange, months, beforeDeadline);
    }

    /// <summary>
    /// The priority tier: recovery jobs go first to focus-area residents on benefits (recent and long-term
    /// alike) and to students with a job guarantee; BBL places first to students with a job guarantee or a BBL deadline.
    /// </summary>
    private static PriorityReason PriorityOf(VacancyProfile vacancy, SeekerTraits traits)
    {
        if (vacancy.IsRecoveryJob && traits.HasFlag(SeekerTraits.FocusAreaResident | SeekerTraits.OnBenefits))
        {
            return PriorityReason.FocusAreaResidentOnBenefits;
        }
        if ((vacancy.IsRecoveryJob || vacancy.IsLearnWorkPlace) && traits.HasFlag(SeekerTraits.Student | SeekerTraits.JobGuarantee))
        {
            return PriorityReason.StudentWithJobGuarantee;
        }
        return vacancy.IsLearnWorkPlace && traits.HasFlag(SeekerTraits.Student | SeekerTraits.LearnWorkDeadline)
            ? PriorityReason.StudentNeedingLearnWorkPlace
            : PriorityReason.None;
    }

    /// <summary>Closer is better, relative to how far the seeker is willing to travel.</summary>
    private static int PointsForDistance(double km, int maxTravelKm) =>
        Math.Clamp((int)(DistancePoints * (1 - km / Math.Max(1, maxTravelKm))), 0, DistancePoints);

    private static bool HoldsAll(int[] held, int[] required)
    {
        foreach (var id in required)
        {
            if (id < 0 || !held.AsSpan().Contains(id))
            {
                return false;
            }
        }
        return true;
    }

    private static int CountHeld(int[] held, int[] wanted)
    {
        var count = 0;
        foreach (var id in wanted)
        {
            if (id >= 0 && held.AsSpan().Contains(id))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Whole months on benefits; a missing start date counts as just started.</summary>
    public static int BenefitMonths(DateOnly? since, DateOnly today)
    {
        if (since is not { } start || start >= today)
        {
            return 0;
        }
        var months = (today.Year - start.Year) * 12 + today.Month - start.Month;
        return today.Day < start.Day ? months - 1 : months;
    }
}
