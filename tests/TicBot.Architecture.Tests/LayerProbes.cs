using System.Text.RegularExpressions;
using TicBot.TestSupport;
using TicBot.TestSupport.Azurite;

namespace TicBot.Architecture.Tests;

/// <summary>
/// Runs the build's layer check (<c>TicBotCheckLayers</c> in <c>Directory.Build.targets</c>) once, in one MSBuild
/// process, on every project file of the repository and on probe projects that declare the references given, and
/// keeps the TICBOT errors each one got.
/// </summary>
public sealed partial class LayerProbes : IAsyncLifetime
{
    /// <summary>Probes: a project name and the projects it references.</summary>
    public static readonly IReadOnlyDictionary<string, (string Project, string[] References)> Cases = new Dictionary<string, (string, string[])>
    {
        ["cards-to-dialogs"] = ("TicBot.Cards", ["TicBot.Methodology", "TicBot.Dialogs"]),
        ["methodology-to-botkit"] = ("TicBot.Methodology", ["TicBot.BotKit"]),
        ["botkit-to-methodology"] = ("TicBot.BotKit", ["TicBot.Methodology"]),
        ["exports-to-cards"] = ("TicBot.Exports", ["TicBot.Methodology", "TicBot.Cards"]),
        ["dialogs-to-bot"] = ("TicBot.Dialogs", ["TicBot.Bot"]),
        ["bot-to-all"] = ("TicBot.Bot", ["TicBot.Methodology", "TicBot.Cards", "TicBot.Exports", "TicBot.BotKit", "TicBot.Dialogs"]),
        ["dialogs-to-its-layers"] = ("TicBot.Dialogs", ["TicBot.Methodology", "TicBot.Cards", "TicBot.Exports", "TicBot.BotKit"]),
        ["exports-to-methodology"] = ("TicBot.Exports", ["TicBot.Methodology"]),
        ["new-project-without-rule"] = ("TicBot.Reports", ["TicBot.Methodology"]),
    };

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ticbot-layers-");
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public string Root { get; } = RepositoryRoot.Find();

    /// <summary>The repository's project files (bin, obj and node_modules aside).</summary>
    public IReadOnlyList<string> RepositoryProjects { get; private set; } = [];

    /// <summary>The whole MSBuild output, for failure messages.</summary>
    public string Output { get; private set; } = string.Empty;

    /// <summary>The TICBOT errors (<c>TICBOT002: TicBot.Cards may not reference …</c>) of a probe or project file.</summary>
    public IReadOnlyList<string> ErrorsOf(string projectPath)
        => _errors.TryGetValue(Path.GetFullPath(projectPath), out var errors) ? errors : [];

    public string ProbePath(string name) => Path.Combine(_folder.FullName, name, Cases[name].Project + ".csproj");

    public async ValueTask InitializeAsync()
    {
        foreach (var (name, (project, references)) in Cases)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ProbePath(name))!);
            var items = string.Concat(references.Select(r => $"""    <ProjectReference Include="../{r}/{r}.csproj" />{Environment.NewLine}"""));
            await File.WriteAllTextAsync(ProbePath(name), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup>
                {items}  </ItemGroup>
                </Project>
                """, TestContext.Current.CancellationToken);
        }

        RepositoryProjects = [.. Directory.EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))];
        var all = RepositoryProjects.Concat(Cases.Keys.Select(ProbePath));
        var traversal = Path.Combine(_folder.FullName, "check.proj");
        var imports = $"DirectoryBuildPropsPath={Path.Combine(Root, "Directory.Build.props")};DirectoryBuildTargetsPath={Path.Combine(Root, "Directory.Build.targets")}";
        await File.WriteAllTextAsync(traversal, $"""
            <Project>
              <ItemGroup>
            {string.Concat(all.Select(p => $"""    <Checked Include="{p}" />{Environment.NewLine}"""))}  </ItemGroup>
              <Target Name="Check">
                <MSBuild Projects="@(Checked)" Targets="TicBotCheckLayers" Properties="{imports}" ContinueOnError="ErrorAndContinue" />
              </Target>
            </Project>
            """, TestContext.Current.CancellationToken);

        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var (_, output) = await NodeTools.RunAsync(dotnet, ["msbuild", traversal, "-t:Check", "-nologo", "-nr:false", "-m:1", "-v:m", "-clp:NoSummary"],
            _folder.FullName, TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);
        Output = output;
        foreach (Match match in ErrorLine().Matches(output))
        {
            var project = Path.GetFullPath(match.Groups["project"].Value);
            if (!_errors.TryGetValue(project, out var list))
            {
                _errors[project] = list = [];
            }

            if (!list.Contains(match.Groups["error"].Value))
            {
                list.Add(match.Groups["error"].Value);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    // The message itself may hold brackets ("Allowed: [...]"): the project is the last bracketed part of the line.
    [GeneratedRegex(@"error (?<error>TICBOT\d{3}: [^\r\n]*) \[(?<project>[^\]\r\n]+)\]\r?$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
