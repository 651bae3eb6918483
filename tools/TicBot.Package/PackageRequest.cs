namespace TicBot.Package;

/// <summary>
/// What one package is built from: the values that differ per deployment and where the sources and the schema are.
/// </summary>
/// <param name="BotAppId">The Azure Bot's Microsoft App ID (<c>MicrosoftAppId</c>): a GUID other than the zero GUID.</param>
/// <param name="PublicBaseUrl">The bot's public https address (<c>Bot:PublicBaseUrl</c>); the privacy and terms pages live under it.</param>
/// <param name="DeveloperName">Who publishes the app in the tenant (at most 32 characters), usually the collectivité.</param>
/// <param name="WebsiteUrl">The publisher's support page, https.</param>
/// <param name="TeamsAppId">The Teams app id; null keeps the manifest's, which upgrades of the same app need unchanged.</param>
/// <param name="ManifestFolder">The package sources (<c>manifest/</c>).</param>
/// <param name="SchemaFile">The official manifest schema; null builds without the schema check (said in the result).</param>
public sealed record PackageRequest(
    string? BotAppId,
    string? PublicBaseUrl,
    string? DeveloperName,
    string? WebsiteUrl,
    string? TeamsAppId,
    string ManifestFolder,
    string? SchemaFile);
