using Hub.Messaging.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Tests;

public sealed class Starting_on_an_older_database
{
    [Fact]
    public async Task Stops_at_once_and_names_the_table_and_column_it_lacks()
    {
        await using var hub = new ProbeHost();
        // As a build before the Label column would have created it.
        await hub.Seed(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Effects\" DROP COLUMN \"Label\""));

        var started = DateTime.UtcNow;
        var failure = await Assert.ThrowsAsync<OutdatedSchemaException>(hub.StartAsync);

        Assert.Contains("table Effects", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("delete the data folder", failure.Message, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), "no retries while waiting for a database that is ready");
    }
}
