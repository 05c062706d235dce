using System.Globalization;
using Hub.Contracts.Signals;

namespace Hub.PartnerIntegration.Translation;

/// <summary>
/// The part every signal export shares: the partner's own number for the signal, the resident's BSN (and
/// optionally the household's), the date it happened. The category's details come from the format.
/// </summary>
public static class SignalRows
{
    public static IReadOnlyList<TranslatedMessage> Raise(ExportRow row, TranslationContext context, string numberColumn, string category,
        IReadOnlyDictionary<string, string> details)
    {
        var number = row.Text(numberColumn, 60);
        var subject = row.Subject("bsn", context.Pseudonymiser);
        var household = row.Subject("bsn_huishouden", context.Pseudonymiser, required: false);
        var occurredOn = row.Date("datum");
        if (occurredOn > context.Today)
        {
            row.Fail("datum", "cannot be in the future");
        }
        if (row.HasErrors)
        {
            return [];
        }
        // The partner's own number keeps the signal id (and message id) stable when an export repeats a row.
        var signalId = context.PartnerKey("signal", number);
        return
        [
            TranslatedMessage.Of(signalId, new SignalRaised
            {
                SignalId = signalId,
                Category = category,
                SubjectPseudonym = subject,
                HouseholdPseudonym = household.Length > 0 ? household : null,
                Details = details,
                OccurredOn = occurredOn,
                RaisedBy = context.Partner.OrganisationId,
                RaisedByRole = context.Partner.Role,
                RaisedAt = context.ImportedAt,
            }),
        ];
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Invariant(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
