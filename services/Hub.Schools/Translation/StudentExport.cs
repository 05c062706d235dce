using Hub.Contracts.Matching;
using Hub.PartnerIntegration.Translation;

namespace Hub.Schools.Translation;

/// <summary>
/// A school's export of students looking for a BBL place or first job ("students-*.csv"), as the
/// gateway's POST /students takes them: the student becomes a job seeker registered by the school.
/// </summary>
public sealed class StudentExport : IExportTranslator
{
    public string Kind => "students";

    public IReadOnlyList<string> Columns { get; } =
        ["leerling_nummer", "bsn", "postcode", "beroepen", "uren_min", "uren_max", "beschikbaar_vanaf", "max_reisafstand_km", "niveau", "vaardigheden", "bbl_uiterlijk", "baangarantie", "toestemming_delen"];

    public IReadOnlyList<TranslatedMessage> Translate(ExportRow row, TranslationContext context)
    {
        row.Text("leerling_nummer", 60);
        var occupations = row.List("beroepen");
        if (occupations.Count is < 1 or > 10 || occupations.Any(o => o.Length != 4 || !o.All(char.IsAsciiDigit)))
        {
            row.Fail("beroepen", "must hold 1 to 10 four-digit ISCO-08 codes separated by |");
        }
        var hoursMin = row.Integer("uren_min", 1, 48);
        var hoursMax = row.Integer("uren_max", 1, 48);
        if (hoursMax < hoursMin)
        {
            row.Fail("uren_max", "cannot be below uren_min");
        }
        var deadline = row.OptionalDate("bbl_uiterlijk");
        if (deadline is { } due && due != default && (due < context.Today || due > context.Today.AddYears(2)))
        {
            row.Fail("bbl_uiterlijk", "must be between today and two years ahead");
        }
        var student = new JobSeekerRegistered
        {
            SubjectPseudonym = row.Subject("bsn", context.Pseudonymiser),
            JobAgencyId = context.Partner.OrganisationId,
            Postcode = row.Postcode("postcode"),
            TargetOccupations = occupations,
            Skills = row.List("vaardigheden"),
            HoursMin = hoursMin,
            HoursMax = hoursMax,
            AvailableFrom = row.Date("beschikbaar_vanaf"),
            MaxTravelKm = row.Integer("max_reisafstand_km", 0, 200),
            EducationLevel = row.Optional("niveau"),
            BenefitType = "none",
            ConsentToShare = row.Flag("toestemming_delen"),
            IsStudent = true,
            HasJobGuarantee = row.Flag("baangarantie"),
            LearnWorkDeadline = deadline,
            RegisteredAt = context.ImportedAt,
        };
        return row.HasErrors ? [] : [TranslatedMessage.Of(context.MessageId(row), student)];
    }
}
