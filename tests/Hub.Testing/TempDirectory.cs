namespace Hub.Testing;

/// <summary>Deletes the throw-away folders of stopped nodes.</summary>
internal static class TempDirectory
{
    public static void Delete(string path)
    {
        // A process that just exited may still be closing files: retry briefly.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200);
            }
        }
    }
}
