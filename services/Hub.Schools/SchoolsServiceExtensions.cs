using Hub.PartnerIntegration;
using Hub.Schools.Storage;
using Hub.Schools.Translation;
using MassTransit;

namespace Hub.Schools;

public static class SchoolsServiceExtensions
{
    public const string Name = "Schools";

    /// <summary>Schools: student and absence exports in (Hub:Schools), routed signals and multi-problem notices out to their webhooks.</summary>
    public static IHostApplicationBuilder AddSchools(this IHostApplicationBuilder builder) =>
        builder.AddPartnerAdapter<SchoolsDb>(Name, new StudentExport(), new AbsenceExport());

    /// <summary>Proposals about the students a school registered go back to it under its own student number.</summary>
    public static void AddSchoolsConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddPartnerAdapterConsumers<SchoolsDb>(Name, ProposalsFor.Students);
}
