using System.Collections.Concurrent;
using System.Text.Json;
using Hub.Testing;
using Microsoft.Playwright;

namespace Hub.Portal.BrowserTests;

/// <summary>
/// Runs axe-core (from the npm registry, tests/Hub.Portal.BrowserTests/package-lock.json) in a page against WCAG 2.0 and 2.1
/// A and AA, and fails on any serious or critical violation, naming the rule, the page and the elements.
/// </summary>
public static class Accessibility
{
    private static readonly string AxeScript = Path.Combine(RepositoryPaths.RepoRoot, "tests", "Hub.Portal.BrowserTests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Every page path checked in this test run, so a test can show it covered the pages it meant to.</summary>
    public static ConcurrentDictionary<string, int> CheckedPaths { get; } = new(StringComparer.Ordinal);

    public static async Task AssertAccessibleAsync(this IPage page)
    {
        if (!File.Exists(AxeScript))
        {
            throw new FileNotFoundException("axe-core is missing: run `npm ci --prefix tests/Hub.Portal.BrowserTests` (test.sh does).", AxeScript);
        }
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        }
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }));
            }
            """);
        var path = new Uri(page.Url).AbsolutePath;
        CheckedPaths.AddOrUpdate(path, 1, (_, n) => n + 1);
        var violations = result.EnumerateArray().Select(v =>
            $"{v.GetProperty("impact").GetString()} {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} at {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}").ToList();
        Assert.True(violations.Count == 0, $"axe-core found serious violations on {path}:\n{string.Join("\n", violations)}");
    }
}
