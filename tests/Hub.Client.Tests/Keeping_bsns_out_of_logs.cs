using Hub.Client.Models;

namespace Hub.Client.Tests;

/// <summary>Partners log requests; a record that carries a BSN prints none of its members.</summary>
public sealed class Keeping_bsns_out_of_logs
{
    private const string Bsn = "637337670";
    private const string HouseholdBsn = "250591960";

    public static TheoryData<object> RequestsWithBsns => new()
    {
        new SignalRequest { Bsn = Bsn, HouseholdBsn = HouseholdBsn, Category = "rent-arrears", OccurredOn = new DateOnly(2026, 4, 1) },
        new ConsentRequest { Bsn = Bsn, Categories = ["youth-nuisance"], ToRole = "municipality", Purpose = "youth-care", ValidUntil = new DateOnly(2027, 4, 1) },
        new ConsentRevocationRequest { Bsn = Bsn, ConsentId = Guid.NewGuid() },
        new SubjectAccessRequest { Bsn = Bsn },
    };

    [Theory]
    [MemberData(nameof(RequestsWithBsns))]
    public void Prints_no_bsn(object request)
    {
        var printed = request.ToString()!;

        Assert.DoesNotContain(Bsn, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(HouseholdBsn, printed, StringComparison.Ordinal);
        Assert.Contains("[redacted]", printed, StringComparison.Ordinal);
    }
}
