using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TicBot.Package;

/// <summary>
/// Builds <c>ticbot.zip</c> from <c>manifest/</c>: fills the placeholders from the settings, refuses a stand-in value
/// left in, checks the manifest and its English version against the official schema, the icons' sizes, and zips the
/// manifest, the icons and the localization files at the root, as Teams wants them.
/// </summary>
public static class AppPackageBuilder
{
    /// <summary>The paths of the bot's pages under <c>Bot:PublicBaseUrl</c> (served by <c>bot/Legal</c>).</summary>
    public const string PrivacyPath = "/privacy";

    /// <inheritdoc cref="PrivacyPath"/>
    public const string TermsPath = "/terms";

    // Entries carry a fixed date: the same sources and settings give the same bytes.
    private static readonly DateTimeOffset EntryDate = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Written = new(PackageJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <exception cref="PackageRefusedException">A setting is missing or wrong, a placeholder is left, the schema or the icons refuse it.</exception>
    /// <exception cref="IOException">A source file cannot be read.</exception>
    public static BuiltPackage Build(PackageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = PackageSettingsCheck.Problems(request).ToList();
        var manifest = ReadObject(Path.Combine(request.ManifestFolder, "manifest.json"));
        ManifestTemplate.Fill(manifest, new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = request.BotAppId?.Trim() ?? string.Empty,
            ["Bot:PublicBaseUrl"] = request.PublicBaseUrl?.Trim().TrimEnd('/') ?? string.Empty,
            ["Package:DeveloperName"] = request.DeveloperName?.Trim() ?? string.Empty,
            ["Package:WebsiteUrl"] = request.WebsiteUrl?.Trim() ?? string.Empty,
        });
        if (!string.IsNullOrWhiteSpace(request.TeamsAppId))
        {
            manifest["id"] = request.TeamsAppId.Trim();
        }

        problems.AddRange(ManifestTemplate.Leftovers(manifest, "manifest.json"));
        var schema = request.SchemaFile is null ? null : TeamsManifestSchema.Load(request.SchemaFile);
        problems.AddRange(schema?.Check(manifest, "manifest.json") ?? []);

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var language in manifest["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [])
        {
            var file = language?["file"]?.GetValue<string>() ?? string.Empty;
            var localization = ReadObject(Path.Combine(request.ManifestFolder, file));
            problems.AddRange(ManifestTemplate.Leftovers(localization, file));
            var (localized, localizationProblems) = ManifestLocalization.Apply(manifest, localization, file);
            problems.AddRange(localizationProblems);
            problems.AddRange(schema?.Check(localized, file) ?? []);
            files[file] = File.ReadAllBytes(Path.Combine(request.ManifestFolder, file));
        }

        foreach (var (key, size, transparent) in new[] { ("color", 192, false), ("outline", 32, true) })
        {
            var file = manifest["icons"]?[key]?.GetValue<string>() ?? string.Empty;
            files[file] = File.ReadAllBytes(Path.Combine(request.ManifestFolder, file));
            problems.AddRange(PngIcon.Problems(file, files[file], size, transparent));
        }

        if (problems.Count > 0)
        {
            throw new PackageRefusedException(problems);
        }

        return new BuiltPackage(Zip(manifest, files), manifest, schema?.File);
    }

    private static byte[] Zip(JsonObject manifest, Dictionary<string, byte[]> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, Written));
            foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                Add(zip, name, bytes);
            }
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryDate;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private static JsonObject ReadObject(string file)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(file))?.AsObject() ?? throw new PackageRefusedException([$"{file} is empty."]);
        }
        catch (JsonException ex)
        {
            throw new PackageRefusedException([$"{file} is not valid JSON: {ex.Message}"]);
        }
    }
}
