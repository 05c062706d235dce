using Hub.Contracts.Matching;
using Hub.PartnerIntegration.Translation;

namespace Hub.Housing.Translation;

/// <summary>
/// A corporation's vacancy export ("vacancies-*.csv"), one vacancy per row, the corporation's own
/// vacancy number keeping the Hub's vacancy id stable: a later export of the same number updates it.
/// </summary>
public sealed class VacancyExport : IExportTranslator
{
    public string Kind => "vacancies";

    public IReadOnlyList<string> Columns { get; } =
        ["vacature_nummer", "functie", "beroepscode", "postcode", "uren_per_week", "aantal_plaatsen", "sluitingsdatum", "herstelbaan", "bbl", "loonkostensubsidie", "vaardigheden"];

    public IReadOnlyList<TranslatedMessage> Translate(ExportRow row, TranslationContext context)
    {
        var number = row.Text("vacature_nummer", 60);
        var title = row.Text("functie");
        var occupation = row.Text("beroepscode", 6);
        if (occupation.Length > 0 && (occupation.Length < 4 || !occupation.All(char.IsAsciiDigit)))
        {
            row.Fail("beroepscode", "must be 4 to 6 digits (ISCO-08 or BRC)");
        }
        var closing = row.Date("sluitingsdatum");
        if (closing != default && (closing < context.Today || closing > context.Today.AddYears(1)))
        {
            row.Fail("sluitingsdatum", "must be between today and a year ahead");
        }
        var vacancy = new VacancyPublished
        {
            VacancyId = context.PartnerKey("vacancy", number),
            EmployerId = context.Partner.OrganisationId,
            Title = title,
            OccupationCode = occupation,
            Postcode = row.Postcode("postcode"),
            HoursPerWeek = row.Integer("uren_per_week", 1, 48),
            Positions = row.Integer("aantal_plaatsen", 1, 500),
            ClosingDate = closing,
            IsRecoveryJob = row.Flag("herstelbaan"),
            IsLearnWorkPlace = row.Flag("bbl"),
            HasWageCostCompensation = row.Flag("loonkostensubsidie"),
            RequiredSkills = row.List("vaardigheden"),
            PublishedAt = context.ImportedAt,
        };
        return row.HasErrors ? [] : [TranslatedMessage.Of(context.MessageId(row), vacancy)];
    }
}
