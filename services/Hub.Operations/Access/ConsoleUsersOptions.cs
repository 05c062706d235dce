namespace Hub.Operations.Access;

public sealed class ConsoleUsersOptions
{
    public const string Section = "Hub:Operations";

    public List<ConsoleUser> Users { get; set; } = [];
}
