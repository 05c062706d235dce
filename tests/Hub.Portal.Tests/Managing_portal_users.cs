using Hub.Messaging;
using Hub.Portal.Access;
using Hub.Portal.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Portal.Tests;

/// <summary>Invitations, passwords and removal, on the portal's real schema (its SQLite migrations).</summary>
public sealed class Managing_portal_users : IAsyncLifetime
{
    private const string Elkien = "00000001802327497000";
    private const string Oost = "00000001820029336000";
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly MovableClock _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private PortalDb _db = null!;
    private PortalUsers _users = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        var options = new DbContextOptionsBuilder<PortalDb>().UseSqlite(_connection);
        options.UseHubMigrations();
        _db = new PortalDb(options.Options);
        await _db.Database.MigrateAsync();
        _users = new PortalUsers(_db, _clock, Options.Create(new PortalOptions()));
        await _users.EnsureAdministratorsAsync([new BootstrapAdministrator { Email = "Beheer@Elkien.example", Name = "Beheer", Organisation = Elkien, PasswordHash = PortalUsers.Hash("eerste-beheerder-2026") }], default);
    }

    [Fact]
    public async Task A_configured_administrator_signs_in_with_their_password_and_nobody_with_a_wrong_one()
    {
        Assert.NotNull(await _users.VerifyAsync(" beheer@elkien.EXAMPLE ", "eerste-beheerder-2026", default));
        Assert.Null(await _users.VerifyAsync("beheer@elkien.example", "eerste-beheerder-2027", default));
        Assert.Null(await _users.VerifyAsync("nobody@elkien.example", "eerste-beheerder-2026", default));
    }

    [Fact]
    public async Task An_invitation_works_once_within_its_week_and_only_the_link_knows_its_secret()
    {
        var secret = await _users.InviteAsync(Elkien, "collega@elkien.example", "Collega", administrator: false, "beheer@elkien.example", default);
        Assert.NotNull(secret);
        Assert.DoesNotContain(await _db.Users.Select(u => u.InvitationHash).ToListAsync(), hash => hash == secret);
        Assert.Null(await _users.VerifyAsync("collega@elkien.example", "", default));

        var accepted = await _users.AcceptAsync(secret!, "een-lang-wachtwoord", default);

        Assert.Equal(Elkien, accepted!.OrganisationId);
        Assert.NotNull(await _users.VerifyAsync("collega@elkien.example", "een-lang-wachtwoord", default));
        Assert.Null(await _users.AcceptAsync(secret!, "nog-een-wachtwoord", default));

        var late = await _users.InviteAsync(Elkien, "laat@elkien.example", "Laat", administrator: false, "beheer@elkien.example", default);
        _clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Null(await _users.FindInvitationAsync(late!, default));
        Assert.Null(await _users.ActivateByIdentityProviderAsync("laat@elkien.example", default));
    }

    [Fact]
    public async Task An_email_with_an_account_cannot_be_invited_again_not_even_by_another_organisation()
    {
        await _users.InviteAsync(Elkien, "collega@elkien.example", "Collega", administrator: false, "beheer@elkien.example", default);

        Assert.Null(await _users.InviteAsync(Oost, "COLLEGA@elkien.example", "Overgenomen", administrator: true, "beheer@oost.example", default));
        Assert.Equal(Elkien, (await _db.Users.SingleAsync(u => u.Email == "collega@elkien.example")).OrganisationId);
    }

    [Fact]
    public async Task A_removed_user_cannot_sign_in_and_an_administrator_removes_only_in_their_own_organisation()
    {
        var secret = await _users.InviteAsync(Elkien, "collega@elkien.example", "Collega", administrator: false, "beheer@elkien.example", default);
        var colleague = await _users.AcceptAsync(secret!, "een-lang-wachtwoord", default);
        var stamp = colleague!.SecurityStamp;

        Assert.Equal(RemoveResult.NotFound, await _users.RemoveAsync(Oost, colleague.Id, default));
        Assert.Equal(RemoveResult.Removed, await _users.RemoveAsync(Elkien, colleague.Id, default));

        var removed = await _db.Users.AsNoTracking().SingleAsync(u => u.Id == colleague.Id);
        Assert.False(removed.IsActive);
        Assert.NotEqual(stamp, removed.SecurityStamp);
        Assert.Null(await _users.VerifyAsync("collega@elkien.example", "een-lang-wachtwoord", default));
        Assert.DoesNotContain(await _users.OfOrganisationAsync(Elkien, default), u => u.Id == colleague.Id);
    }

    [Fact]
    public async Task The_last_administrator_stays()
    {
        var admin = await _db.Users.SingleAsync(u => u.Email == "beheer@elkien.example");

        Assert.Equal(RemoveResult.LastAdministrator, await _users.RemoveAsync(Elkien, admin.Id, default));

        var secret = await _users.InviteAsync(Elkien, "tweede@elkien.example", "Tweede", administrator: true, "beheer@elkien.example", default);
        await _users.AcceptAsync(secret!, "tweede-beheerder-2026", default);
        Assert.Equal(RemoveResult.Removed, await _users.RemoveAsync(Elkien, admin.Id, default));
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

/// <summary>Guessing a portal password: five wrong ones lock the e-mail's password sign-in for the rest of 15 minutes.</summary>
public sealed class Throttling_portal_sign_ins
{
    [Fact]
    public void Five_failures_lock_the_email_for_a_quarter_of_an_hour_and_a_success_clears_them()
    {
        var clock = new StoppedClock();
        var throttle = new SignInThrottle(clock);
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed("Femke@Oost.example");
        }
        Assert.False(throttle.IsLocked("femke@oost.example"));
        throttle.Failed("femke@oost.example ");
        Assert.True(throttle.IsLocked("FEMKE@oost.example"));
        Assert.False(throttle.IsLocked("kees@oost.example"));

        clock.Now += TimeSpan.FromMinutes(15);
        Assert.False(throttle.IsLocked("femke@oost.example"));

        for (var i = 0; i < 4; i++)
        {
            throttle.Failed("kees@oost.example");
        }
        throttle.Succeeded("kees@oost.example");
        throttle.Failed("kees@oost.example");
        Assert.False(throttle.IsLocked("kees@oost.example"));
    }

    private sealed class StoppedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
