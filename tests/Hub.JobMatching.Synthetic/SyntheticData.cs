using Hub.JobMatching.Matching;

namespace Hub.JobMatching.Synthetic;

/// <summary>
/// Seeded synthetic job seekers and vacancies, shared by the job matching tests and the benchmarks (by
/// project reference). Test data only: the same seed and call order always give the same data.
/// Shape: 45% of seekers live in a focus area, 35% elsewhere in a focus municipality's PC2 region, 20%
/// anywhere; occupations follow a Zipf-like popularity; about 85% consent; most are on benefits.
/// </summary>
public sealed class SyntheticData
{
    public static readonly DateOnly Today = new(2026, 11, 1);

    // ISCO-08 minor groups typical of entry-level and recovery jobs (plus some others).
    private static readonly int[] MinorGroupCodes =
    [
        932, 911, 962, 522, 833, 751, 712, 721, 411, 513, 832, 741, 723, 941, 921, 531, 532, 524, 432, 931,
        713, 711, 818, 821, 834, 912, 933, 952, 961, 512, 514, 515, 516, 521, 523, 541, 611, 612, 613, 621,
        722, 731, 732, 742, 752, 753, 754, 811, 812, 813, 814, 815, 816, 817, 831, 835, 412, 413, 421, 422,
        431, 441, 311, 312, 313, 314, 315, 321, 322, 325, 331, 332, 333, 334, 335, 341, 342, 343, 351, 352,
        211, 214, 215, 216, 221, 222, 226, 231, 232, 233, 234, 235, 241, 242, 243, 251, 252, 261, 263, 264,
    ];
    private static readonly string[] LanguageNames = ["nederlands a2", "nederlands b1", "nederlands b2", "engels", "fries", "turks", "arabisch", "pools", "tigrinya", "papiaments"];
    private static readonly string[] LicenceNames = ["b", "c", "ce", "d", "heftruck", "vca"];
    private static readonly int[] TravelKm = [5, 10, 10, 15, 15, 20, 20, 20, 25, 30, 30, 40, 50, 75];
    private static readonly int[] VacancyHours = [8, 12, 16, 20, 24, 24, 28, 32, 32, 32, 36, 36, 38, 40, 40];

    private readonly Random random;
    private readonly SyntheticShape shape;
    private readonly string[] occupations;
    private readonly double[] occupationWeights;
    private readonly string[][] skillsByOccupation;
    private readonly int[] areaPc4s;
    private readonly int[] areaPc2s;

    public SyntheticData(FocusAreas areas, int seed, SyntheticShape? shape = null)
    {
        random = new Random(seed);
        this.shape = shape ?? SyntheticShape.Realistic;
        occupations = [.. MinorGroupCodes.Take(this.shape.MinorGroups)
            .SelectMany(group => Enumerable.Range(1, this.shape.OccupationsPerGroup).Select(unit => $"{group}{unit}"))];
        // Popularity is spread over the groups at random, not by code order.
        random.Shuffle(occupations);
        occupationWeights = Cumulative(occupations.Length);
        skillsByOccupation = [.. occupations.Select(_ => Enumerable.Range(0, this.shape.SkillsPerOccupation)
            .Select(_ => $"skill-{random.Next(this.shape.SkillPool):0000}").Distinct().ToArray())];
        areaPc4s = [.. areas.Areas.SelectMany(a => a.Pc4Codes).Select(int.Parse)];
        areaPc2s = [.. areaPc4s.Select(pc4 => pc4 / 100).Distinct()];
    }

    public IEnumerable<SeekerProfile> Seekers(int count, int first = 0) =>
        Enumerable.Range(first, count).Select(Seeker);

    public IEnumerable<VacancyProfile> Vacancies(int count, int first = 0) =>
        Enumerable.Range(first, count).Select(Vacancy);

    public SeekerProfile Seeker(int number)
    {
        var first = Occupation();
        var targets = new[] { first, Chance(0.5) ? Related(first) : Occupation(), Occupation() }.Take(1 + random.Next(3));
        var hoursMin = Pick([0, 8, 12, 16, 20, 24, 24, 32]);
        var benefit = Chance(0.2) ? BenefitType.None : Pick([BenefitType.Ww, BenefitType.Bijstand, BenefitType.Bijstand, BenefitType.Wajong, BenefitType.Wia, BenefitType.Other]);
        var student = Chance(0.05);
        return new SeekerProfile
        {
            SubjectPseudonym = $"seeker-{number:000000}",
            Postcode = Postcode(areaShare: 0.45, municipalityShare: 0.35),
            TargetOccupations = [.. targets.Select(Variant)],
            Skills = [.. SkillsFor(first, 3 + random.Next(8)).Select(Variant)],
            Languages = [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pick(LanguageNames))],
            Licences = [.. LicenceNames.Where(_ => Chance(0.2))],
            HoursMin = hoursMin,
            HoursMax = shape.EdgeCases && Chance(0.05) ? hoursMin - 4 : Math.Min(40, hoursMin + 4 * random.Next(7)),
            AvailableFrom = Today.AddDays(random.Next(-60, 90)),
            MaxTravelKm = shape.EdgeCases && Chance(0.08) ? Pick([0, 500, 20000, -1]) : Pick(TravelKm),
            EducationLevel = Pick(["none", "vmbo", "mbo-1", "mbo-2", "mbo-3", "mbo-4", "hbo"]),
            Benefit = benefit,
            BenefitSince = benefit == BenefitType.None || Chance(0.05) ? null : Today.AddMonths(-random.Next(72)).AddDays(-random.Next(28)),
            ConsentToShare = Chance(0.85),
            IsStudent = student,
            HasJobGuarantee = student && Chance(0.4),
            LearnWorkDeadline = student && Chance(0.6) ? new DateOnly(2027, 9, 1) : null,
        };
    }

    public VacancyProfile Vacancy(int number)
    {
        var occupation = Occupation();
        var closing = Today.AddDays(shape.EdgeCases ? random.Next(-10, 90) : random.Next(1, 90));
        return new VacancyProfile
        {
            Id = new Guid(number, 0x5eed, 0x7000, [0x80, 0, 0, 0, 0, 0, 0, (byte)(number % 251)]),
            EmployerId = $"employer-{random.Next(1500):0000}",
            OccupationCode = shape.EdgeCases && Chance(0.05) ? "0000" : Variant(occupation),
            RequiredSkills = [.. SkillsFor(occupation, random.Next(5)).Select(Variant)],
            NiceToHaveSkills = [.. SkillsFor(occupation, random.Next(4))],
            RequiredLicences = Chance(0.15) ? [Pick(LicenceNames)] : [],
            Postcode = Postcode(areaShare: 0.2, municipalityShare: 0.5),
            HoursPerWeek = Pick(VacancyHours),
            Positions = shape.EdgeCases && Chance(0.05) ? 0 : 1 + random.Next(3),
            ClosingDate = closing,
            StartDate = Chance(0.5) ? closing.AddDays(random.Next(30)) : null,
            IsRecoveryJob = Chance(0.4),
            IsLearnWorkPlace = Chance(0.1),
            HasWageCostCompensation = Chance(0.3),
        };
    }

    private string Postcode(double areaShare, double municipalityShare)
    {
        if (shape.EdgeCases && Chance(0.03))
        {
            return Pick(["", "XYZ", "0123AB", "12345"]);
        }
        var draw = random.NextDouble();
        var pc4 = draw < areaShare ? Pick(areaPc4s)
            : draw < areaShare + municipalityShare ? Pick(areaPc2s) * 100 + random.Next(100)
            : random.Next(1000, 10000);
        return Chance(0.5) ? $"{pc4}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}" : $"{pc4}";
    }

    private string Occupation()
    {
        var index = Array.BinarySearch(occupationWeights, random.NextDouble() * occupationWeights[^1]);
        return occupations[Math.Min(index < 0 ? ~index : index, occupations.Length - 1)];
    }

    private string Related(string occupation) => $"{occupation[..3]}{1 + random.Next(shape.OccupationsPerGroup)}";

    private IEnumerable<string> SkillsFor(string occupation, int count)
    {
        var pool = skillsByOccupation[Array.IndexOf(occupations, occupation)];
        return Enumerable.Range(0, count).Select(_ => Chance(0.85) ? Pick(pool) : $"skill-{random.Next(shape.SkillPool):0000}");
    }

    // In edge-case mode, spell some terms differently: matching must ignore case and spaces around.
    private string Variant(string term) => shape.EdgeCases && Chance(0.1) ? $" {term.ToUpperInvariant()} " : term;

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    private bool Chance(double probability) => random.NextDouble() < probability;

    // Zipf-like popularity: a few occupations are common, most are rare.
    private static double[] Cumulative(int count)
    {
        var cumulative = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            cumulative[i] = total += 1.0 / Math.Pow(i + 1, 0.8);
        }
        return cumulative;
    }
}
