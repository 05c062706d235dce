using Hub.Operations.Access;
using Microsoft.AspNetCore.Http;

namespace Hub.Operations.Tests;

/// <summary>
/// The sign-in throttle counts failures in the operator log: per user name since its last success, and per address
/// whatever the names (the browser tests cover the user lock end to end; all their sign-ins share one address).
/// </summary>
public sealed class Throttling_sign_ins(AuditDatabases databases) : IClassFixture<AuditDatabases>
{
    private static readonly ConsoleSignInOptions Limits = new() { MaxFailuresPerUser = 3, MaxFailuresPerAddress = 5, FailureWindow = TimeSpan.FromMinutes(15) };
    private readonly ManualClock _clock = new() { Now = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero) };

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Refuses_an_address_that_tried_many_user_names(string provider)
    {
        await using var db = await databases.NewAsync(provider);
        var log = new OperatorLog(db, _clock);
        var throttle = new SignInThrottle(Microsoft.Extensions.Options.Options.Create(Limits), _clock);

        for (var i = 0; i < 5; i++)
        {
            Assert.Null(await throttle.RefusalAsync(log, $"name-{i}", "203.0.113.7", default));
            await log.RecordAsync($"name-{i}", OperatorScope.Everything, OperatorActions.SignIn, null, OperatorActions.UnknownUser, From("203.0.113.7"));
        }

        Assert.Equal(OperatorActions.AddressThrottled, (await throttle.RefusalAsync(log, "admin", "203.0.113.7", default))?.Outcome);
        Assert.Null(await throttle.RefusalAsync(log, "admin", "198.51.100.1", default));
        _clock.Now += Limits.FailureWindow + TimeSpan.FromSeconds(1);
        Assert.Null(await throttle.RefusalAsync(log, "admin", "203.0.113.7", default));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Counts_a_users_failures_only_since_its_last_success(string provider)
    {
        await using var db = await databases.NewAsync(provider);
        var log = new OperatorLog(db, _clock);
        var throttle = new SignInThrottle(Microsoft.Extensions.Options.Options.Create(Limits), _clock);

        await Fail(log, "operator", 2);
        await log.RecordAsync("operator", OperatorScope.Everything, OperatorActions.SignIn, null, OperatorActions.Ok, From("198.51.100.1"));
        await Fail(log, "operator", 2);
        Assert.Null(await throttle.RefusalAsync(log, "operator", "198.51.100.1", default));

        await Fail(log, "operator", 1);
        Assert.Equal(OperatorActions.Locked, (await throttle.RefusalAsync(log, "operator", "198.51.100.1", default))?.Outcome);
    }

    private async Task Fail(OperatorLog log, string user, int times)
    {
        for (var i = 0; i < times; i++)
        {
            _clock.Now += TimeSpan.FromSeconds(1);
            await log.RecordAsync(user, OperatorScope.Everything, OperatorActions.SignIn, null, OperatorActions.WrongPassword, From("198.51.100.1"));
        }
        _clock.Now += TimeSpan.FromSeconds(1);
    }

    private static DefaultHttpContext From(string address) => new() { Connection = { RemoteIpAddress = System.Net.IPAddress.Parse(address) } };

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
