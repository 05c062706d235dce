using Riok.Mapperly.Abstractions;
using BusMatching = Hub.Contracts.Matching;
using BusSignals = Hub.Contracts.Signals;

namespace Hub.Gateway;

/// <summary>
/// The services' replies on the bus, mapped to the gateway's response records: the bus contracts stay internal, and
/// what partners see changes only where a response record does. Generated at build time; a response field with no
/// source in the reply fails the build, so a public field never silently reads empty.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class BusReplies
{
    public static partial Vacancies.VacancyDetails ToResponse(this BusMatching.VacancyDetails vacancy);

    public static partial Vacancies.VacancyList ToResponse(this BusMatching.VacancyList vacancies);

    /// <param name="subjectPseudonym">The caller's pseudonym for the job seeker, in place of the Hub-wide one the bus carries.</param>
    public static partial JobSeekers.JobSeekerSummary ToResponse(this BusMatching.JobSeekerSummary jobSeeker, string subjectPseudonym);

    public static partial Figures.AreaFigures ToResponse(this BusMatching.AreaFigures figures);

    /// <param name="subjectPseudonym">The caller's pseudonym for the job seeker, in place of the Hub-wide one the bus carries.</param>
    public static partial Proposals.ProposalView ToResponse(this BusMatching.ProposalView proposal, string subjectPseudonym);

    public static partial Signals.SignalStatus ToResponse(this BusSignals.SignalStatus status);

    public static partial Signals.SignalList ToResponse(this BusSignals.SignalList signals);

    public static partial Signals.DeliveryList ToResponse(this BusSignals.DeliveryList deliveries);

    public static partial Signals.MultiProblemCaseList ToResponse(this BusSignals.MultiProblemCaseList cases);

    /// <param name="subjectPseudonym">The caller's pseudonym for the resident, in place of the Hub-wide one the bus carries.</param>
    public static partial Signals.SubjectDisclosures ToResponse(this BusSignals.SubjectDisclosures subject, string subjectPseudonym);
}
