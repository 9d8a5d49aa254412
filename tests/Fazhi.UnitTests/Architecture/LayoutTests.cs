using System.Text.RegularExpressions;

namespace Fazhi.UnitTests.Architecture;

/// <summary>DESIGN.md's two layout rules, read from the source: the kernel knows no module; modules meet only through Contracts/.</summary>
public sealed partial class LayoutTests
{
    private static readonly string Src = Path.Combine(RepositoryRoot(), "src", "Fazhi");

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fazhi.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Fazhi.slnx not found above the test output");
    }

    private static IEnumerable<string> Sources(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            : [];

    [Fact]
    public void Kernel_KnowsNoModule()
    {
        var offending = Sources(Path.Combine(Src, "Platform"))
            .Where(f => ModuleReference().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Src, f))
            .ToList();
        Assert.True(offending.Count == 0, "Platform/ must not reference Fazhi.Modules: " + string.Join(", ", offending));
    }

    [Fact]
    public void Modules_TouchEachOther_OnlyThroughContracts()
    {
        var modules = Path.Combine(Src, "Modules");
        var offending = new List<string>();
        foreach (var module in Directory.Exists(modules) ? Directory.GetDirectories(modules) : [])
        {
            var own = Path.GetFileName(module);
            foreach (var file in Sources(module))
            {
                foreach (Match m in ModuleReference().Matches(File.ReadAllText(file)))
                {
                    var other = m.Groups["module"].Value;
                    var rest = m.Groups["rest"].Value;
                    if (other != own && !rest.StartsWith(".Contracts", StringComparison.Ordinal))
                    {
                        offending.Add($"{Path.GetRelativePath(Src, file)} → Fazhi.Modules.{other}{rest}");
                    }
                }
            }
        }

        Assert.True(offending.Count == 0, "a module may use another module's Contracts only: " + string.Join("; ", offending));
    }

    [Fact]
    public void LayoutRules_DetectAViolation()
    {
        // The rules above must be able to fail: the pattern sees a reference past Contracts.
        var m = ModuleReference().Match("using Fazhi.Modules.Enforcement.Domain;");
        Assert.True(m.Success);
        Assert.Equal("Enforcement", m.Groups["module"].Value);
        Assert.False(m.Groups["rest"].Value.StartsWith(".Contracts", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"Fazhi\.Modules\.(?<module>[A-Za-z]+)(?<rest>(\.[A-Za-z]+)*)")]
    private static partial Regex ModuleReference();
}
