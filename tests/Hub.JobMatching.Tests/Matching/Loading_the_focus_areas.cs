using Hub.JobMatching.Matching;

namespace Hub.JobMatching.Tests.Matching;

public class Loading_the_focus_areas
{
    private const string ValidArea = """{ "id": "a", "name": "A", "municipality": "M", "neighbourhoods": [{ "name": "N", "pc4": ["8921"] }] }""";

    [Fact]
    public void Loads_the_seeded_areas_of_all_fifteen_municipalities()
    {
        var areas = Profiles.Areas;

        Assert.Equal(15, areas.Areas.Select(a => a.Municipality).Distinct().Count());
        var leeuwarden = Assert.Single(areas.Areas, a => a.Id == "leeuwarden-oost");
        Assert.Equal(["8921", "8922", "8923", "8924", "8925", "8926"], leeuwarden.Pc4Codes);
    }

    [Theory]
    [InlineData("8925AB", "leeuwarden-oost")]
    [InlineData("8925 ab", "leeuwarden-oost")]
    [InlineData("8921", "leeuwarden-oost")]
    [InlineData("3072XZ", "rotterdam-zuid")]
    [InlineData("3563AA", "utrecht-overvecht")]
    [InlineData("8911CD", null)]
    [InlineData("not a postcode", null)]
    [InlineData("", null)]
    public void Maps_a_postcode_to_its_area(string postcode, string? areaId) =>
        Assert.Equal(areaId, Profiles.Areas.AreaOf(postcode)?.Id);

    [Fact]
    public void Measures_distance_between_postcode_centroids()
    {
        var areas = Profiles.Areas;

        Assert.Equal(0, areas.Distance("8925AB", "8925ZZ"));
        Assert.InRange(areas.Distance("8924", "8925")!.Value, 1, 3);
        Assert.InRange(areas.Distance("8925AB", "1102AB")!.Value, 105, 125);
        // 8401 has no PC4 centroid here: its PC2 region (Heerenveen, 84) stands in.
        Assert.InRange(areas.Distance("8925AB", "8401AB")!.Value, 20, 40);
        Assert.Null(areas.Distance("8925AB", "XYZ"));
    }

    [Theory]
    [InlineData($$"""{ "areas": [{{ValidArea}}, {{ValidArea}}] }""", "used twice")]
    [InlineData("""{ "areas": [{ "id": "a", "name": "A", "municipality": "M", "neighbourhoods": [{ "pc4": ["892"] }] }] }""", "not a 4-digit")]
    [InlineData("""{ "areas": [{ "id": "a", "name": "A", "municipality": "M", "neighbourhoods": [] }] }""", "covers no PC4")]
    [InlineData($$"""{ "areas": [{{ValidArea}}, { "id": "b", "name": "B", "municipality": "M", "neighbourhoods": [{ "pc4": ["8921"] }] }] }""", "in both")]
    [InlineData("""{ "areas": [], "pc4Centroids": { "8921": [53.2] } }""", "latitude, longitude")]
    [InlineData("""{ "areas": [ """, "not valid JSON")]
    public void Rejects_an_invalid_configuration(string json, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => FocusAreas.Parse(json));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Takes_a_new_area_from_configuration_alone()
    {
        var areas = FocusAreas.Parse($$"""
            { "areas": [{ "id": "new-area", "name": "New Area", "municipality": "Anywhere",
                          "neighbourhoods": [{ "name": "One", "pc4": ["1234"] }] }],
              "pc4Centroids": { "1234": [52.0, 5.0] } }
            """);
        using var engine = new MatchingEngine(areas);
        engine.Upsert(Profiles.Seeker("seeker-1") with { Postcode = "1234AB" });

        var candidate = Assert.Single(engine.RankSeekersFor(Profiles.Vacancy() with { Postcode = "1234CD" }, 10, Profiles.Today));

        Assert.Equal("new-area", candidate.FocusAreaId);
        Assert.Contains("lives in focus area New Area", candidate.Reasons);
    }
}
