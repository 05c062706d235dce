using Hub.PartnerIntegration.Options;
using Hub.Pseudonymisation;

namespace Hub.PartnerIntegration.Translation;

/// <param name="ExportHash">The export's content hash: with the row number it derives stable message ids.</param>
/// <param name="ImportedAt">When the import started; the same on a resumed import, so messages come out the same.</param>
public sealed record TranslationContext(PartnerOptions Partner, Pseudonymiser Pseudonymiser, string ExportHash, DateTime ImportedAt)
{
    public DateOnly Today => DateOnly.FromDateTime(ImportedAt);

    /// <summary>The message id of the n-th message of a row: the same on every import attempt of this export.</summary>
    public Guid MessageId(ExportRow row, int index = 0) => StableId.From("message", Partner.OrganisationId, ExportHash, row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An id derived from the partner's own key for a thing (its vacancy number, its signal number), so a re-export refers to the same thing.</summary>
    public Guid PartnerKey(string kind, string partnerKey) => StableId.From(kind, Partner.OrganisationId, partnerKey);
}
