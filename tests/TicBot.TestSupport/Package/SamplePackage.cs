using TicBot.Package;

namespace TicBot.TestSupport.Package;

/// <summary>
/// The repository's Teams app package built for a fictional commune, checked against the official schema kept in
/// <c>../shared/reference/teams-manifest/</c> beside the repository.
/// </summary>
public static class SamplePackage
{
    public const string BotAppId = "8c8e2f4a-0d55-4c71-9a4e-3f1b0c2d9e77";
    public const string PublicBaseUrl = "https://ticbot.saint-eloi.fr";

    public static string ManifestFolder => Path.Combine(RepositoryRoot.Find(), "manifest");

    /// <summary>The official schema of <paramref name="manifestVersion"/>.</summary>
    /// <exception cref="InvalidOperationException">The schema is not there: the manifest cannot be checked, and a test must say so rather than pass.</exception>
    public static string SchemaFile(string manifestVersion = "1.19")
    {
        var file = RepositoryLayout.SchemaFile(RepositoryRoot.Find(), manifestVersion);
        return File.Exists(file)
            ? file
            : throw new InvalidOperationException(
                $"The official Teams manifest schema {manifestVersion} is not at {file}. The package's checks need it: it is kept in "
                + "shared/reference/teams-manifest/ beside the repository (never copied into it). Put MicrosoftTeams.v"
                + $"{manifestVersion}.schema.json there, as Microsoft publishes it.");
    }

    public static PackageRequest Request(string? manifestFolder = null, string publicBaseUrl = PublicBaseUrl)
        => new(BotAppId, publicBaseUrl, "Commune de Saint-Éloi", "https://www.saint-eloi.fr/numerique", null,
            manifestFolder ?? ManifestFolder, SchemaFile());

    public static BuiltPackage Build(string? manifestFolder = null, string publicBaseUrl = PublicBaseUrl)
        => AppPackageBuilder.Build(Request(manifestFolder, publicBaseUrl));
}
