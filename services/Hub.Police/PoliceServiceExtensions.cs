using Hub.PartnerIntegration;
using Hub.Police.Storage;
using Hub.Police.Translation;
using MassTransit;

namespace Hub.Police;

public static class PoliceServiceExtensions
{
    public const string Name = "Police";

    /// <summary>Police units: signal exports in (Hub:Police), signals the policy routes to the police and multi-problem notices out.</summary>
    public static IHostApplicationBuilder AddPolice(this IHostApplicationBuilder builder) =>
        builder.AddPartnerAdapter<PoliceDb>(Name, new PoliceSignalExport());

    public static void AddPoliceConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddPartnerAdapterConsumers<PoliceDb>(Name, ProposalsFor.None);
}
