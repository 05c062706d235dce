using Hub.Contracts.Matching;
using Hub.Contracts.Signals;
using Npgsql;

namespace Hub.SystemTests.Reliability;

/// <summary>
/// Counts the business effects where they land: job matching's and the signals service's own tables, and the
/// events they published (the broker tap). A lost effect is an accepted request without its row, or a row whose
/// event never went out; a duplicated one is a second row or a second event id for the same business fact.
/// When the tap missed part of the run (<c>announcementsComplete</c> false: the broker was restarted), a row without
/// its event is not counted as lost; duplicates are still counted from both.
/// </summary>
internal sealed class HubEffects(HubServices hub, BrokerTap tap)
{
    public async Task<IReadOnlyList<EffectCount>> CountAsync(AcceptedRequests accepted, bool announcementsComplete = true)
    {
        var published = await tap.ReadAllAsync();
        bool Unannounced(bool announced) => announcementsComplete && !announced;
        await using var matching = await OpenAsync("Matching");
        await using var signals = await OpenAsync("Signals");

        var vacancies = await RowsAsync(matching, """select "Id", "Title" from vacancies""", r => (Id: r.GetGuid(0), Title: r.GetString(1)));
        var registered = Events<VacancyRegistered>(published, m => m.GetProperty("vacancyId").GetGuid().ToString());
        var vacancyIds = vacancies.Select(v => v.Id).ToHashSet();
        var vacancyCount = new EffectCount("vacancies",
            accepted.Vacancies.Count,
            Lost: accepted.Vacancies.Keys.Count(id => !vacancyIds.Contains(id) || Unannounced(registered.ContainsKey(id.ToString()))),
            Duplicated: vacancies.GroupBy(v => v.Title).Sum(g => g.Count() - 1) + Extra(registered));

        var seekers = (await RowsAsync(matching, """select "SubjectPseudonym" from job_seekers""", r => r.GetString(0))).ToHashSet();
        var seekerCount = new EffectCount("job seekers", accepted.JobSeekers.Count, accepted.JobSeekers.Keys.Count(p => !seekers.Contains(p)), 0);

        // A proposal is one (vacancy, job seeker) pair; a consumer that ran twice would propose the pair again under a new id.
        var proposals = await RowsAsync(matching, """select "Id", "VacancyId", "SubjectPseudonym" from proposals""",
            r => (Id: r.GetGuid(0), Pair: $"{r.GetGuid(1)}/{r.GetString(2)}"));
        var proposalsMade = Events<ProposalMade>(published, m => $"{m.GetProperty("vacancyId").GetGuid()}/{m.GetProperty("subjectPseudonym").GetString()}");
        var announcedProposalIds = published.Where(t => t.IsPublished<ProposalMade>()).Select(t => t.Envelope().Message.GetProperty("proposalId").GetGuid()).ToHashSet();
        var proposalCount = new EffectCount("proposals", proposals.Count,
            Lost: proposals.Count(p => Unannounced(announcedProposalIds.Contains(p.Id))),
            Duplicated: proposals.GroupBy(p => p.Pair).Sum(g => g.Count() - 1) + Extra(proposalsMade));

        var consentIds = (await RowsAsync(signals, """select "Id" from consents""", r => r.GetGuid(0))).ToList();
        var consentCount = new EffectCount("consents", accepted.Consents.Count,
            Lost: accepted.Consents.Keys.Count(id => !consentIds.Contains(id)),
            Duplicated: consentIds.GroupBy(id => id).Sum(g => g.Count() - 1));

        var raised = (await RowsAsync(signals, """select "Id" from signals""", r => r.GetGuid(0))).ToHashSet();
        var deliveries = await RowsAsync(signals, """select "Id", "SignalId", "RecipientOrganisation" from deliveries""",
            r => (Id: r.GetGuid(0), SignalId: r.GetGuid(1), Recipient: r.GetString(2)));
        var delivered = Events<SignalDelivered>(published,
            m => $"{m.GetProperty("recipientOrganisation").GetString()}/{m.GetProperty("recipientPseudonym").GetString()}/{m.GetProperty("category").GetString()}");
        var announcedDeliveryIds = published.Where(t => t.IsPublished<SignalDelivered>()).Select(t => t.Envelope().Message.GetProperty("deliveryId").GetGuid()).ToHashSet();
        var toDebtTeam = deliveries.Where(d => d.Recipient == PartnerTraffic.DebtTeamId).ToLookup(d => d.SignalId);
        var signalCount = new EffectCount("signals", accepted.Signals.Count, accepted.Signals.Keys.Count(id => !raised.Contains(id)), 0);
        var deliveryCount = new EffectCount("deliveries", accepted.Signals.Count,
            Lost: accepted.Signals.Keys.Count(id => !toDebtTeam[id].Any()) + deliveries.Count(d => Unannounced(announcedDeliveryIds.Contains(d.Id))),
            Duplicated: deliveries.GroupBy(d => (d.SignalId, d.Recipient)).Sum(g => g.Count() - 1) + Extra(delivered));

        return [vacancyCount, seekerCount, proposalCount, consentCount, signalCount, deliveryCount];
    }

    /// <summary>Outbox rows of both services not yet published: the Hub has not settled while any remain.</summary>
    public async Task<long> UnsentOutboxAsync()
    {
        long unsent = 0;
        foreach (var database in new[] { "Matching", "Signals" })
        {
            await using var connection = await OpenAsync(database);
            await using var command = new NpgsqlCommand("""select count(*) from outbox_messages where "SentAt" is null""", connection);
            unsent += (long)(await command.ExecuteScalarAsync())!;
        }
        return unsent;
    }

    /// <summary>Distinct message ids per business key; a republished event keeps its id, a second effect gets a new one.</summary>
    private static Dictionary<string, HashSet<Guid>> Events<T>(IEnumerable<TappedMessage> published, Func<System.Text.Json.JsonElement, string> key) =>
        published.Where(t => t.IsPublished<T>())
            .Select(t => t.Envelope())
            .GroupBy(e => key(e.Message))
            .ToDictionary(g => g.Key, g => g.Select(e => e.MessageId).ToHashSet());

    private static int Extra(Dictionary<string, HashSet<Guid>> eventsByKey) => eventsByKey.Values.Sum(ids => ids.Count - 1);

    private async Task<NpgsqlConnection> OpenAsync(string connectionName)
    {
        var connection = new NpgsqlConnection(hub.ConnectionString(connectionName));
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<T>> RowsAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
