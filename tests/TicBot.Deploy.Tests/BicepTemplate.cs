using System.Reflection;
using System.Text.Json.Nodes;
using TicBot.TestSupport;
using TicBot.TestSupport.Azurite;

namespace TicBot.Deploy.Tests;

/// <summary>
/// <c>deploy/main.bicep</c> compiled once by the Bicep CLI restored from NuGet (no network beyond the feed), with what
/// the CLI printed and the ARM template it wrote.
/// </summary>
public sealed class BicepTemplate : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ticbot-bicep-");

    public int ExitCode { get; private set; }

    /// <summary>What the CLI printed: its errors and the linter's warnings.</summary>
    public string Output { get; private set; } = string.Empty;

    public JsonObject Template { get; private set; } = [];

    public static string BicepPath => typeof(BicepTemplate).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value
        ?? throw new InvalidOperationException("The Bicep CLI package was not restored: BicepPath is empty.");

    public async ValueTask InitializeAsync()
    {
        var bicep = BicepPath.Replace('\\', '/');
        if (!OperatingSystem.IsWindows())
        {
            // NuGet does not always keep the executable bit of a package's file.
            File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        }

        var main = Path.Combine(RepositoryRoot.Find(), "deploy", "main.bicep");
        (ExitCode, Output) = await NodeTools.RunAsync(bicep, ["build", main, "--outdir", _folder.FullName],
            _folder.FullName, TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);
        var compiled = Path.Combine(_folder.FullName, "main.json");
        if (File.Exists(compiled))
        {
            Template = JsonNode.Parse(await File.ReadAllTextAsync(compiled, TestContext.Current.CancellationToken))!.AsObject();
        }
    }

    /// <summary>Every resource of the template and of its nested deployments (the modules).</summary>
    public IEnumerable<JsonObject> Resources() => ResourcesOf(Template);

    public JsonObject Resource(string type) => Resources().Single(r => r["type"]!.GetValue<string>() == type);

    /// <summary>The JSON text of what <c>main.bicep</c> passes to a module (values are ARM expressions).</summary>
    public string ModuleParameters(string module) => Resources()
        .Single(r => r["type"]!.GetValue<string>() == "Microsoft.Resources/deployments" && r["name"]!.GetValue<string>() == module)["properties"]!["parameters"]!
        .ToJsonString();

    /// <summary>The JSON text of a module's own template.</summary>
    public string ModuleTemplate(string module) => Resources()
        .Single(r => r["type"]!.GetValue<string>() == "Microsoft.Resources/deployments" && r["name"]!.GetValue<string>() == module)["properties"]!["template"]!
        .ToJsonString();

    private static IEnumerable<JsonObject> ResourcesOf(JsonObject template)
    {
        var resources = template["resources"] switch
        {
            JsonObject byName => byName.Select(p => p.Value!.AsObject()),
            JsonArray list => list.Select(r => r!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return resource;
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in ResourcesOf(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
