namespace TicBot.TestSupport.Auth;

/// <summary>What a minted test token says; start from <see cref="Channel"/> or <see cref="Emulator"/> and change one thing.</summary>
public sealed record TestTokenDescriptor
{
    public string Issuer { get; init; } = "https://api.botframework.com";

    public string? Audience { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? Expires { get; init; }

    /// <summary>Extra payload claims (serviceurl, ver, appid, azp…); a null value leaves the claim out.</summary>
    public IReadOnlyDictionary<string, object?> Claims { get; init; } = new Dictionary<string, object?>();

    /// <summary>A channel (Teams) token: issuer api.botframework.com, audience the app id, valid one hour from <paramref name="now"/>.</summary>
    public static TestTokenDescriptor Channel(string appId, string serviceUrl, DateTimeOffset now) => new()
    {
        Audience = appId,
        IssuedAt = now.AddMinutes(-1),
        NotBefore = now.AddMinutes(-1),
        Expires = now.AddHours(1),
        Claims = new Dictionary<string, object?> { ["serviceurl"] = serviceUrl },
    };

    /// <summary>An Emulator token: version 1.0 carries the app id in <c>appid</c>, version 2.0 in <c>azp</c>.</summary>
    public static TestTokenDescriptor Emulator(string appId, string version, string tenantId, DateTimeOffset now) => new()
    {
        Issuer = version == "2.0" ? $"https://login.microsoftonline.com/{tenantId}/v2.0" : $"https://sts.windows.net/{tenantId}/",
        Audience = "https://api.botframework.com",
        IssuedAt = now.AddMinutes(-1),
        NotBefore = now.AddMinutes(-1),
        Expires = now.AddHours(1),
        Claims = new Dictionary<string, object?>
        {
            ["ver"] = version,
            [version == "2.0" ? "azp" : "appid"] = appId,
            ["tid"] = tenantId,
        },
    };

    public TestTokenDescriptor WithClaim(string name, object? value)
        => this with { Claims = new Dictionary<string, object?>(Claims) { [name] = value } };
}
