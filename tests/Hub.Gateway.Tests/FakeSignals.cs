using Hub.Contracts.Signals;
using Hub.Pseudonymisation;
using MassTransit;

namespace Hub.Gateway.Tests;

/// <summary>Answers the gateway's signal reads the way the signals service would, for one known signal and delivery.</summary>
public sealed class FakeSignals :
    IConsumer<GetSignalStatus>, IConsumer<GetRaisedSignals>, IConsumer<GetDeliveries>, IConsumer<GetMultiProblemCases>, IConsumer<GetSubjectDisclosures>
{
    public static readonly Guid KnownSignalId = Guid.Parse("0197a4d2-6b1e-7c3a-9f00-00000000a001");
    public static readonly Guid KnownDeliveryId = Guid.Parse("0197a4d2-6b1e-7c3a-9f00-00000000d001");
    /// <summary>A resident whose disclosures the fake refuses to show, to see how the gateway passes a refusal on.</summary>
    public const string RefusedBsn = "637337670";

    private static readonly string RefusedSubject =
        new Pseudonymiser(Convert.FromBase64String(GatewayApplication.PseudonymKey)).SubjectOf(RefusedBsn);

    public Task Consume(ConsumeContext<GetSignalStatus> context) =>
        context.Message.SignalId == KnownSignalId && context.Message.RequestedBy == GatewayApplication.HousingId
            ? context.RespondAsync(new SignalStatus
            {
                SignalId = KnownSignalId,
                Category = "rent-arrears",
                State = "routed",
                Delivered = 1,
                Withheld = 1,
                Handled = 0,
                Recipients =
                [
                    new RecipientStatus { OrganisationId = GatewayApplication.MunicipalityId, Name = "Gemeente Leeuwarden (example)", State = "delivered" },
                    new RecipientStatus { OrganisationId = GatewayApplication.JobAgencyId, Name = "Werkplein Leeuwarden (example job agency)", State = "withheld" },
                ],
                RaisedAt = new DateTime(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc),
            })
            : context.RespondAsync(new SignalNotFound { SignalId = context.Message.SignalId });

    /// <summary>The housing corporation raised the one known signal; nobody else raised any.</summary>
    public Task Consume(ConsumeContext<GetRaisedSignals> context) =>
        context.RespondAsync(new SignalList
        {
            Signals = context.Message.RequestedBy == GatewayApplication.HousingId
                ?
                [
                    new SignalSummary
                    {
                        SignalId = KnownSignalId,
                        Category = "rent-arrears",
                        State = "routed",
                        OccurredOn = new DateOnly(2026, 4, 27),
                        RaisedAt = new DateTime(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc),
                        Recipients = 2,
                        Delivered = 1,
                    },
                ]
                : [],
        });

    public Task Consume(ConsumeContext<GetDeliveries> context) =>
        context.RespondAsync(new DeliveryList
        {
            RecipientOrganisation = context.Message.RecipientOrganisation,
            Deliveries = context.Message.RecipientOrganisation == GatewayApplication.MunicipalityId ? [Delivery()] : [],
        });

    public Task Consume(ConsumeContext<GetMultiProblemCases> context) =>
        context.RespondAsync(new MultiProblemCaseList { RecipientOrganisation = context.Message.RecipientOrganisation, Cases = [] });

    public Task Consume(ConsumeContext<GetSubjectDisclosures> context) =>
        context.Message.SubjectPseudonym == RefusedSubject
            ? context.RespondAsync(new SubjectAccessRefused { SubjectPseudonym = context.Message.SubjectPseudonym, Reason = "refused" })
            : context.RespondAsync(new SubjectDisclosures
            {
                SubjectPseudonym = context.Message.SubjectPseudonym,
                Disclosures =
                [
                    new DisclosureView
                    {
                        RecipientOrganisation = GatewayApplication.MunicipalityId,
                        RecipientName = "Gemeente Leeuwarden (example)",
                        Category = "rent-arrears",
                        DisclosedAt = new DateTime(2026, 5, 4, 9, 0, 1, DateTimeKind.Utc),
                        Basis = "wgs-debt-help",
                        PolicyVersion = "2025-11-demo-1",
                    },
                ],
                Consents = [],
            });

    private static DeliveryView Delivery() => new()
    {
        DeliveryId = KnownDeliveryId,
        RecipientPseudonym = "rp-ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
        Category = "rent-arrears",
        Details = new Dictionary<string, string> { ["amount"] = "1250.00", ["since"] = "2026-03-01" },
        OccurredOn = new DateOnly(2026, 4, 27),
        SenderOrganisation = GatewayApplication.HousingId,
        SenderName = "Elkien (example)",
        Basis = "wgs-debt-help",
        Purpose = "debt-help",
        DeliveredAt = new DateTime(2026, 5, 4, 9, 0, 1, DateTimeKind.Utc),
        ExpiresAt = new DateTime(2027, 5, 4, 9, 0, 1, DateTimeKind.Utc),
    };
}
