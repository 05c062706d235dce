namespace Hub.Testing.Tests;

public sealed class NamingTestResources
{
    [Fact]
    public void A_hex_tail_can_read_as_a_bsn_in_every_message_address()
    {
        // What the system tests once named a virtual host: "test-" and 15 hex digits, too short for the scanner to
        // take it for an id. This one failed a CI run's leak scan from the message addresses.
        Assert.NotEmpty(BsnScanner.FindBsns("rabbitmq://127.0.0.1:5672/test-ab123456782cdef/Hub.Contracts.Matching:VacancyPublished"));
    }

    [Fact]
    public void Unique_names_hold_no_digit_and_do_not_repeat()
    {
        var names = Enumerable.Range(0, 10_000).Select(_ => UniqueName.Of("test-")).ToList();

        Assert.All(names, name => Assert.Matches("^test-[a-z]{12}$", name));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
