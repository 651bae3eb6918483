namespace TicBot.Package;

/// <summary>The settings of a package, checked before anything is built; each message names the argument and the key.</summary>
internal static class PackageSettingsCheck
{
    private const int DeveloperNameMaxLength = 32;

    public static IEnumerable<string> Problems(PackageRequest request)
    {
        if (!Guid.TryParse(request.BotAppId, out var botId) || botId == Guid.Empty)
        {
            yield return $"--bot-id (MicrosoftAppId) must be the Azure Bot's Microsoft App ID, a GUID; got '{request.BotAppId}'.";
        }

        if (request.TeamsAppId is { Length: > 0 } appId && (!Guid.TryParse(appId, out var teamsId) || teamsId == Guid.Empty))
        {
            yield return $"--app-id (Package:TeamsAppId) must be a GUID; got '{appId}'.";
        }

        if (!IsPublicHttps(request.PublicBaseUrl))
        {
            yield return $"--public-base-url (Bot:PublicBaseUrl) must be the bot's public https address, without query; got '{request.PublicBaseUrl}'.";
        }

        if (string.IsNullOrWhiteSpace(request.DeveloperName) || request.DeveloperName.Trim().Length > DeveloperNameMaxLength)
        {
            yield return $"--developer-name (Package:DeveloperName) must name the publisher in 1 to {DeveloperNameMaxLength} characters; got '{request.DeveloperName}'.";
        }

        if (!IsPublicHttps(request.WebsiteUrl))
        {
            yield return $"--website-url (Package:WebsiteUrl) must be the publisher's https support page; got '{request.WebsiteUrl}'.";
        }
    }

    private static bool IsPublicHttps(string? value)
        => Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo)
            && !uri.IsLoopback;
}
