namespace Hub.PartnerServices.Tests;

internal static class DropFolders
{
    /// <summary>
    /// As partners are told to (architecture.md): written beside it under a name the import does not read (only *.csv),
    /// then moved in, so a running adapter never reads a half-written file.
    /// </summary>
    public static async Task DropAsync(string dropFolder, string name, string content)
    {
        Directory.CreateDirectory(dropFolder);
        var staged = Path.Combine(dropFolder, name + ".partial");
        await File.WriteAllTextAsync(staged, content);
        File.Move(staged, Path.Combine(dropFolder, name));
    }
}
