using Microsoft.Identity.Client;

namespace TicBot.BotKit.Authentication;

/// <summary>Gives MSAL the same named, pooled <see cref="HttpClient"/> as metadata retrieval (timeouts, test handlers).</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => factory.CreateClient(BotFrameworkAuthenticationServiceCollectionExtensions.HttpClientName);
}
