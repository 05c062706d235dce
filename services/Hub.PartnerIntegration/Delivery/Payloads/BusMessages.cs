using Hub.Contracts.Matching;
using Hub.Contracts.Signals;
using Riok.Mapperly.Abstractions;

namespace Hub.PartnerIntegration.Delivery.Payloads;

/// <summary>
/// The bus messages the adapters forward, mapped to the webhook payload records: the bus contracts stay internal.
/// Generated at build time; a payload field with no source in the message fails the build.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class BusMessages
{
    public static partial SignalDeliveredV1 ToWebhookData(this SignalDelivered delivered);

    public static partial MultiProblemDetectedV1 ToWebhookData(this MultiProblemDetected detected);

    /// <summary>Why, not who: the proposal's subject pseudonym has no field here.</summary>
    public static partial ProposalMadeV1 ToWebhookData(this ProposalMade proposal);

    /// <param name="studentNumber">The school's own number for the student, in place of the Hub's pseudonym.</param>
    public static partial StudentProposalMadeV1 ToStudentWebhookData(this ProposalMade proposal, string studentNumber);
}
