using System.Collections;

namespace TicBot.Package;

/// <summary>
/// The command line: arguments first, then the environment variables the deployed bot reads (the same names as its
/// App Service settings), then the repository's defaults. Exit codes: 0 built, 1 refused, 2 wrong usage.
/// </summary>
public static class PackageCommand
{
    /// <summary>Each value: its argument and the environment variable read when the argument is absent.</summary>
    private static readonly (string Argument, string Environment)[] Settings =
    [
        ("--bot-id", "MicrosoftAppId"),
        ("--public-base-url", "Bot__PublicBaseUrl"),
        ("--developer-name", "Package__DeveloperName"),
        ("--website-url", "Package__WebsiteUrl"),
        ("--app-id", "Package__TeamsAppId"),
        ("--output", "Package__Output"),
        ("--manifest", "Package__Manifest"),
        ("--schema", "Package__Schema"),
    ];

    public const string Usage = """
        Builds the Teams app package (ticbot.zip) of one TicBot deployment.

          dotnet run --project tools/TicBot.Package -- --bot-id <guid> --public-base-url <https address>
              --developer-name <name> --website-url <https address> [--output ticbot.zip] [--app-id <guid>]
              [--manifest <folder>] [--schema <file> | --no-schema]

          --bot-id            the Azure Bot's Microsoft App ID           (or MicrosoftAppId)
          --public-base-url   the bot's public address, Bot:PublicBaseUrl (or Bot__PublicBaseUrl)
          --developer-name    the publisher shown in Teams, 32 characters (or Package__DeveloperName)
          --website-url       the publisher's support page, https         (or Package__WebsiteUrl)
          --app-id            the Teams app id; default: the manifest's (keep it: upgrades need it unchanged)
          --output            default: ticbot.zip in the current folder
          --manifest          default: manifest/ of the repository
          --schema            default: ../shared/reference/teams-manifest/MicrosoftTeams.v<manifestVersion>.schema.json
                              beside the repository; --no-schema builds without that check and says so
        """;

    public static int Run(string[] args, IDictionary environment, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryParse(args, out var values, out var noSchema, out var usageError))
        {
            error.WriteLine(usageError);
            error.WriteLine(Usage);
            return 2;
        }

        string? Value(string argument) => values.TryGetValue(argument, out var v) ? v
            : environment[Settings.Single(s => s.Argument == argument).Environment] as string;

        var root = RepositoryLayout.FindRoot();
        var manifestFolder = Value("--manifest") ?? (root is null ? "manifest" : Path.Combine(root, "manifest"));
        var schema = noSchema ? null : Value("--schema") ?? (root is null ? null : RepositoryLayout.SchemaFile(root, ManifestVersion(manifestFolder)));
        if (!noSchema && (schema is null || !File.Exists(schema)))
        {
            error.WriteLine($"The official manifest schema was not found{(schema is null ? "" : " at " + schema)}. Give it with --schema <file> "
                + "(MicrosoftTeams.schema.json of the manifest's version, as published by Microsoft), or build without that check with --no-schema.");
            return 1;
        }

        try
        {
            var package = AppPackageBuilder.Build(new PackageRequest(Value("--bot-id"), Value("--public-base-url"), Value("--developer-name"),
                Value("--website-url"), Value("--app-id"), manifestFolder, schema));
            var target = Path.GetFullPath(Value("--output") ?? "ticbot.zip");
            File.WriteAllBytes(target, package.Zip);
            var developer = package.Manifest["developer"]!;
            output.WriteLine($"{target}: {package.Manifest["name"]!["short"]} {package.Manifest["version"]} (manifest {package.Manifest["manifestVersion"]}), "
                + $"bot {package.Manifest["bots"]![0]!["botId"]}");
            output.WriteLine($"  privacy {developer["privacyUrl"]}, terms {developer["termsOfUseUrl"]}");
            output.WriteLine(package.SchemaFile is null ? "  NOT checked against the official schema (--no-schema)." : $"  checked against {package.SchemaFile}");
            return 0;
        }
        catch (PackageRefusedException ex)
        {
            error.WriteLine(ex.Message);
            return 1;
        }
    }

    private static bool TryParse(string[] args, out Dictionary<string, string> values, out bool noSchema, out string? problem)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        noSchema = false;
        problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--no-schema")
            {
                noSchema = true;
            }
            else if (Settings.Any(s => s.Argument == args[i]) && i + 1 < args.Length)
            {
                values[args[i]] = args[++i];
            }
            else
            {
                problem = args[i] is "--help" or "-h" ? string.Empty : $"Unknown or incomplete argument '{args[i]}'.";
                return false;
            }
        }

        return true;
    }

    private static string ManifestVersion(string manifestFolder)
    {
        var file = Path.Combine(manifestFolder, "manifest.json");
        return File.Exists(file) && System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))?["manifestVersion"]?.GetValue<string>() is { } version
            ? version
            : "1.19";
    }
}
