namespace TicBot.BotKit.Authentication;

/// <summary>Public-cloud Bot Framework authentication facts (see shared PROTOCOL.md).</summary>
internal static class BotFrameworkAuthenticationConstants
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string ConnectorScope = "https://api.botframework.com/.default";
    public const string ConnectorResource = "https://api.botframework.com";
    public const string MultiTenantAuthorityTenant = "botframework.com";

    /// <summary>The Bot Framework's own tenants, whose Microsoft identity platform tokens the Emulator sends.</summary>
    public static readonly string[] EmulatorTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    public static readonly string[] AllowedAlgorithms = ["RS256", "RS384", "RS512"];

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static string[] EmulatorIssuersFor(string tenant)
        => [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"];
}
