using System.Security.Cryptography;
using System.Text.Json;
using Hub.Contracts.Matching;

namespace Hub.LoadTests.Floor;

/// <summary>
/// The rows of one vacancy, shaped like the Hub's: the vacancy from the message the baselines publish, the proposals
/// copied from a ProposalMade the Hub sent in this round (same pseudonym length, reasons, focus area), the idempotency
/// record with the gateway's hashes and 202 body.
/// </summary>
internal static class FloorRows
{
    private const string VacancyPublishedConsumer = "Hub.JobMatching.Consumers.VacancyPublishedConsumer";

    /// <summary>Vacancy <paramref name="n"/> of a run gets its share of the proposals, so the run's total is the Hub's average times the vacancies.</summary>
    public static int ProposalsOf(int n, double proposalsPerVacancy) =>
        (int)Math.Round((n + 1) * proposalsPerVacancy) - (int)Math.Round(n * proposalsPerVacancy);

    public static FloorVacancy Vacancy(int n, int proposals, ProposalMade? sample, int jobSeekers)
    {
        var published = TrafficData.Published();
        var now = DateTime.UtcNow;
        var commandId = Guid.CreateVersion7();
        return new FloorVacancy
        {
            PartnerId = "installatie-oost",
            IdempotencyKey = Hex32(),
            RequestHash = Hex32(),
            AttemptId = Guid.CreateVersion7(),
            ResponseBody = JsonSerializer.SerializeToUtf8Bytes(new { vacancyId = published.VacancyId, commandId, status = "pending" }),
            ResponseContentType = "application/json; charset=utf-8",
            ResponseLocation = $"/api/v1/commands/{commandId}",
            VacancyId = published.VacancyId,
            EmployerId = published.EmployerId,
            Title = published.Title,
            OccupationCode = published.OccupationCode,
            Postcode = published.Postcode,
            FocusAreaId = sample?.FocusAreaId,
            HoursPerWeek = published.HoursPerWeek,
            Positions = published.Positions,
            ClosingDate = published.ClosingDate,
            IsRecoveryJob = published.IsRecoveryJob,
            IsLearnWorkPlace = published.IsLearnWorkPlace,
            HasWageCostCompensation = published.HasWageCostCompensation,
            RequiredSkills = [.. published.RequiredSkills],
            NiceToHaveSkills = [.. published.NiceToHaveSkills],
            RequiredLicences = [.. published.RequiredLicences],
            PublishedAt = published.PublishedAt,
            RegisteredAt = now,
            IndexVersion = n,
            MessageId = Guid.CreateVersion7(),
            Consumer = VacancyPublishedConsumer,
            Proposals = [.. Enumerable.Range(0, proposals).Select(rank => new FloorProposal(
                Guid.CreateVersion7(),
                Pseudonym((n * 7 + rank) % Math.Max(jobSeekers, proposals), sample?.SubjectPseudonym.Length ?? 43),
                rank + 1,
                sample?.IsPriority ?? false,
                sample?.Score ?? 80,
                [.. sample?.Reasons ?? ["target occupation matches 741101", "3 km away", "available now"]],
                sample?.FocusAreaId,
                now))],
        };
    }

    /// <summary>A stable pseudonym per job seeker, as long as the Hub's, so proposals of one seeker share index entries.</summary>
    private static string Pseudonym(int seeker, int length)
    {
        var text = Convert.ToBase64String(SHA256.HashData(BitConverter.GetBytes(seeker))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return text.Length >= length ? text[..length] : text.PadRight(length, 'x');
    }

    private static string Hex32() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
