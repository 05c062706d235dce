using Hub.Housing.Storage;
using Hub.Housing.Translation;
using Hub.PartnerIntegration;
using MassTransit;

namespace Hub.Housing;

public static class HousingServiceExtensions
{
    public const string Name = "Housing";

    /// <summary>Housing corporations: vacancy and signal exports in (Hub:Housing), proposals and routed signals out to their webhooks.</summary>
    public static IHostApplicationBuilder AddHousing(this IHostApplicationBuilder builder) =>
        builder.AddPartnerAdapter<HousingDb>(Name, new VacancyExport(), new HousingSignalExport());

    /// <summary>Corporations employ people too, so proposals for their vacancies are pushed as well.</summary>
    public static void AddHousingConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddPartnerAdapterConsumers<HousingDb>(Name, ProposalsFor.Vacancies);
}
