using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TicBot.TestSupport.Auth;

/// <summary>
/// A local stand-in (Kestrel on 127.0.0.1, random port) for login.botframework.com and login.microsoftonline.com:
/// channel and Emulator OpenID metadata with their key sets, and a client-credentials token endpoint. It counts
/// every request so tests can prove that nothing was fetched, or that a token was fetched once.
/// </summary>
public sealed partial class FakeBotIdentityServer : IAsyncDisposable
{
    /// <summary>The <see cref="FakeTokenRequest.Tenant"/> recorded for managed identity (IMDS) requests.</summary>
    public const string ManagedIdentityTenant = "(imds)";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TestSigningKey> _channelKeys = new();
    private readonly ConcurrentDictionary<string, TestSigningKey> _emulatorKeys = new();
    private readonly ConcurrentQueue<FakeTokenRequest> _tokenRequests = new();
    private int _metadataRequests;
    private int _unexpectedRequests;

    private FakeBotIdentityServer(WebApplication app)
    {
        _app = app;
        MapEndpoints();
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public Uri ChannelMetadataUrl => new(BaseAddress, "channel/v1/.well-known/openidconfiguration");

    public Uri EmulatorMetadataUrl => new(BaseAddress, "emulator/v2.0/.well-known/openid-configuration");

    public FakeMetadataMode MetadataMode { get; set; } = FakeMetadataMode.Available;

    /// <value>Lifetime of the access tokens the token endpoint hands out; one hour by default.</value>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When true the token endpoint answers 401 <c>invalid_client</c>, as for a wrong secret.</summary>
    public bool RejectTokenRequests { get; set; }

    /// <summary>When true the token endpoint never answers (until the client gives up).</summary>
    public bool HangTokenRequests { get; set; }

    /// <summary>Requests for metadata documents and key sets (both count).</summary>
    public int MetadataRequestCount => Volatile.Read(ref _metadataRequests);

    public int TokenRequestCount => _tokenRequests.Count;

    public IReadOnlyList<FakeTokenRequest> TokenRequests => [.. _tokenRequests];

    /// <summary>Requests to any other path (MSAL discovery, typos): should stay 0.</summary>
    public int UnexpectedRequestCount => Volatile.Read(ref _unexpectedRequests);

    public static async Task<FakeBotIdentityServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var server = new FakeBotIdentityServer(builder.Build());
        await server._app.StartAsync(cancellationToken);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Publishes a key in the channel key set (adding one later simulates a key rotation).</summary>
    public void AddChannelKey(TestSigningKey key) => _channelKeys[key.KeyId] = key;

    public void AddEmulatorKey(TestSigningKey key) => _emulatorKeys[key.KeyId] = key;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<IResult> ServeMetadataAsync(HttpContext context, Func<IResult> answer)
    {
        Interlocked.Increment(ref _metadataRequests);
        switch (MetadataMode)
        {
            case FakeMetadataMode.Failing:
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            case FakeMetadataMode.Hanging:
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
            default:
                return answer();
        }
    }

    private IResult Metadata(string issuer, string keysPath) => Json(new JsonObject
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = new Uri(BaseAddress, keysPath).AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    });

    private static IResult KeySet(ConcurrentDictionary<string, TestSigningKey> keys)
        => Json(new JsonObject { ["keys"] = new JsonArray(keys.Values.Select(k => (JsonNode?)k.ToJwk()).ToArray()) });

    private static IResult Json(JsonNode node) => Results.Text(node.ToJsonString(), "application/json");
}
