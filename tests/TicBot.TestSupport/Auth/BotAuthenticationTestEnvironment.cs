using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TicBot.BotKit.Authentication;

namespace TicBot.TestSupport.Auth;

/// <summary>
/// Everything an authentication test needs, with no network: a started <see cref="FakeBotIdentityServer"/> publishing
/// a Teams channel key and an Emulator key, a fake clock, configuration pointing at the fake, and a service provider
/// built with <c>AddBotFrameworkAuthentication</c>. End-to-end tests reuse <see cref="Settings"/> and
/// <see cref="AddFakeIdentityHttp"/> in their own host.
/// </summary>
public sealed class BotAuthenticationTestEnvironment : IAsyncDisposable
{
    public const string AppId = "5f1c1d0e-7a2b-4c3d-9e8f-0a1b2c3d4e5f";
    public const string TenantId = "0b8f3c2a-1d4e-4f5a-8b6c-7d9e0f1a2b3c";
    public const string AppPassword = "test-only-secret-value";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string ChannelId = "msteams";

    private BotAuthenticationTestEnvironment(FakeBotIdentityServer server)
    {
        Server = server;
        ChannelKey = TestSigningKey.Create("channel-key-1", "msteams", "webchat");
        EmulatorKey = TestSigningKey.Create("emulator-key-1");
        server.AddChannelKey(ChannelKey);
        server.AddEmulatorKey(EmulatorKey);
    }

    public FakeBotIdentityServer Server { get; }

    /// <summary>Published in the channel key set, endorsed for msteams and webchat.</summary>
    public TestSigningKey ChannelKey { get; }

    /// <summary>Published in the Emulator key set, without endorsements (like Microsoft identity platform keys).</summary>
    public TestSigningKey EmulatorKey { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A single-tenant bot whose metadata and authority point at the fake server.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = AppPassword,
        ["MicrosoftAppTenantId"] = TenantId,
        ["BotAuthentication:ChannelOpenIdMetadataUrl"] = Server.ChannelMetadataUrl.AbsoluteUri,
        ["BotAuthentication:EmulatorOpenIdMetadataUrl"] = Server.EmulatorMetadataUrl.AbsoluteUri,
        ["BotAuthentication:AuthorityHost"] = "https://login.test.invalid",
        ["BotAuthentication:HttpTimeout"] = "00:00:10",
    };

    public static async Task<BotAuthenticationTestEnvironment> StartAsync(CancellationToken cancellationToken)
        => new(await FakeBotIdentityServer.StartAsync(cancellationToken));

    /// <summary>Routes the authentication HTTP client to the fake server (MSAL needs an HTTPS authority, the fake is HTTP).</summary>
    public void AddFakeIdentityHttp(IServiceCollection services)
        => services.AddHttpClient(BotFrameworkAuthenticationServiceCollectionExtensions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new LoopbackRedirectHandler(Server.BaseAddress));

    /// <param name="overrides">Settings to change; a null value removes the key.</param>
    public ServiceProvider BuildServices(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = Settings.ToDictionary();
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddBotFrameworkAuthentication(configuration);
        AddFakeIdentityHttp(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>A channel token for this bot and <see cref="ServiceUrl"/>, signed with <see cref="ChannelKey"/>.</summary>
    public TestTokenDescriptor ChannelToken() => TestTokenDescriptor.Channel(AppId, ServiceUrl, Time.GetUtcNow());

    public static string Bearer(string token) => "Bearer " + token;

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        ChannelKey.Dispose();
        EmulatorKey.Dispose();
    }
}
