using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TicBot.TestSupport.Auth;

public sealed partial class FakeBotIdentityServer
{
    private void MapEndpoints()
    {
        _app.MapGet("/channel/v1/.well-known/openidconfiguration", (Func<HttpContext, Task<IResult>>)(context
            => ServeMetadataAsync(context, () => Metadata("https://api.botframework.com", "channel/keys"))));
        _app.MapGet("/channel/keys", (Func<HttpContext, Task<IResult>>)(context => ServeMetadataAsync(context, () => KeySet(_channelKeys))));
        _app.MapGet("/emulator/v2.0/.well-known/openid-configuration", (Func<HttpContext, Task<IResult>>)(context
            => ServeMetadataAsync(context, () => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", "emulator/keys"))));
        _app.MapGet("/emulator/keys", (Func<HttpContext, Task<IResult>>)(context => ServeMetadataAsync(context, () => KeySet(_emulatorKeys))));
        _app.MapPost("/{tenant}/oauth2/v2.0/token", IssueTokenAsync);
        _app.MapGet("/metadata/identity/oauth2/token", IssueManagedIdentityToken);
        _app.MapFallback((HttpContext context) =>
        {
            Interlocked.Increment(ref _unexpectedRequests);
            return Results.NotFound();
        });
    }

    private async Task<IResult> IssueTokenAsync(string tenant, HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var request = new FakeTokenRequest(tenant, form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        _tokenRequests.Enqueue(request);
        if (request.Form.GetValueOrDefault("grant_type") != "client_credentials")
        {
            return Results.BadRequest();
        }

        if (HangTokenRequests)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
        }

        if (RejectTokenRequests)
        {
            var error = new JsonObject { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." };
            return Results.Text(error.ToJsonString(), "application/json", statusCode: StatusCodes.Status401Unauthorized);
        }

        var seconds = (long)TokenLifetime.TotalSeconds;
        return Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = seconds,
            ["ext_expires_in"] = seconds,
            ["access_token"] = $"fake-connector-token-{_tokenRequests.Count}",
        });
    }

    /// <summary>The Azure instance metadata service (IMDS) answer for a user-assigned managed identity.</summary>
    private IResult IssueManagedIdentityToken(HttpContext context)
    {
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        _tokenRequests.Enqueue(new FakeTokenRequest(ManagedIdentityTenant, query));
        if (context.Request.Headers["Metadata"] != "true")
        {
            return Results.BadRequest();
        }

        var seconds = (long)TokenLifetime.TotalSeconds;
        return Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["access_token"] = $"fake-msi-token-{_tokenRequests.Count}",
            ["expires_in"] = seconds.ToString(CultureInfo.InvariantCulture),
            ["expires_on"] = (TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() + seconds).ToString(CultureInfo.InvariantCulture),
            ["resource"] = query.GetValueOrDefault("resource"),
            ["client_id"] = query.GetValueOrDefault("client_id"),
        });
    }
}
