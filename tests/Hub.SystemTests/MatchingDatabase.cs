using Hub.JobMatching.Storage;
using Hub.Messaging.Inbox;
using Hub.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Hub.SystemTests;

/// <summary>Reads job matching's own database from the test, to count business effects where they land.</summary>
internal sealed class MatchingDatabase(IDictionary<string, string?> settings)
{
    public async Task<(int Vacancies, int InboxRecords, int UnsentOutbox)> CountsFor(Guid vacancyId)
    {
        await using var db = Open();
        return (
            await db.Vacancies.CountAsync(v => v.Id == vacancyId),
            await db.Set<InboxMessage>().CountAsync(m => m.MessageId == vacancyId),
            await db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null));
    }

    private MatchingDb Open()
    {
        var connectionString = settings["ConnectionStrings:Matching"]!;
        var options = new DbContextOptionsBuilder<MatchingDb>();
        if (settings["Database:Provider"] == "Postgres")
        {
            options.UseNpgsql(connectionString);
        }
        else
        {
            options.UseSqlite(connectionString);
        }
        return new MatchingDb(options.Options);
    }
}
