using Hub.ServiceDefaults.Audit;

namespace Hub.Operations.Tests;

public sealed class Reading_business_facts
{
    private static ProbeRaised Probe(string category = "rent-arrears") => new()
    {
        ProbeId = Guid.Parse("0193a000-0000-7000-8000-00000000abcd"),
        Category = category,
        EmployerId = "00000001820029336000",
        Postcode = "8925 AB",
        SubjectPseudonym = "ps-0123456789abcdef0123456789abcdef",
        Reason = "no-consent",
    };

    [Fact]
    public void Keeps_ids_descriptive_names_organisation_ids_and_the_pc4()
    {
        var facts = MessageFacts.Of(Probe());

        Assert.Equal("0193a000-0000-7000-8000-00000000abcd", facts["ProbeId"]);
        Assert.Equal("rent-arrears", facts["Category"]);
        Assert.Equal("00000001820029336000", facts["EmployerId"]);
        Assert.Equal("8925", facts["Pc4"]);
    }

    [Fact]
    public void Leaves_out_pseudonyms_full_postcodes_and_properties_marked_personal()
    {
        var facts = MessageFacts.Of(Probe());

        Assert.DoesNotContain("SubjectPseudonym", facts.Keys);
        Assert.DoesNotContain("Postcode", facts.Keys);
        // Reason is a descriptive name, but this contract marks it personal.
        Assert.DoesNotContain("Reason", facts.Keys);
        Assert.DoesNotContain(facts.Values, v => v.Contains("ps-", StringComparison.Ordinal) || v.Contains("AB", StringComparison.Ordinal));
    }

    [Fact]
    public void Drops_a_descriptive_value_that_holds_a_bsn()
    {
        var facts = MessageFacts.Of(Probe(category: "arrears of 637337670"));

        Assert.DoesNotContain("Category", facts.Keys);
    }

    [Fact]
    public void Masks_a_bsn_in_an_exception_message_but_not_a_longer_organisation_id()
    {
        var scrubbed = MessageFacts.Scrub("Subject 637337670 unknown at 00000001820029336000");

        Assert.Equal("Subject ********* unknown at 00000001820029336000", scrubbed);
    }
}
