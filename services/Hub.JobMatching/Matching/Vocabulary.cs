namespace Hub.JobMatching.Matching;

/// <summary>
/// Maps codes and skills (trimmed, case-insensitive) to small ints so matching compares ints, not strings.
/// <see cref="Intern"/> writes (call under the owner's write lock); <see cref="Find"/> only reads.
/// </summary>
internal sealed class Vocabulary
{
    public const int Unknown = -1;

    private readonly Dictionary<string, int> ids = new(StringComparer.OrdinalIgnoreCase);

    public int Intern(string term)
    {
        var key = term.Trim();
        if (!ids.TryGetValue(key, out var id))
        {
            id = ids.Count;
            ids.Add(key, id);
        }
        return id;
    }

    /// <summary>The id of a term, or <see cref="Unknown"/>, which matches nothing.</summary>
    public int Find(string term) => ids.GetValueOrDefault(term.Trim(), Unknown);

    /// <summary>One id per distinct term; unknown terms (lookup only) stay as <see cref="Unknown"/> so they still count.</summary>
    public int[] Ids(IEnumerable<string> terms, bool intern)
    {
        var distinct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<int>();
        foreach (var term in terms)
        {
            if (!string.IsNullOrWhiteSpace(term) && distinct.Add(term.Trim()))
            {
                result.Add(intern ? Intern(term) : Find(term));
            }
        }
        return [.. result];
    }
}
