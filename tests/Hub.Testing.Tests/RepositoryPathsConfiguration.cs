using Hub.Testing;

namespace Hub.Testing.Tests;

public sealed class RepositoryPathsConfiguration
{
    [Theory]
    [InlineData("/repo/tests/X/bin/Release/net10.0/", "Release")]
    [InlineData("/repo/tests/X/bin/Debug/net10.0/", "Debug")]
    [InlineData("/somewhere/else/", "Debug")]
    public void IsTheFolderAfterBin(string baseDirectory, string expected) =>
        Assert.Equal(expected, RepositoryPaths.DetectConfiguration(baseDirectory));

    [Fact]
    public void MatchesTheFolderTheseTestsRunFrom() =>
        Assert.Contains($"/bin/{RepositoryPaths.Configuration}/", AppContext.BaseDirectory, StringComparison.Ordinal);
}
