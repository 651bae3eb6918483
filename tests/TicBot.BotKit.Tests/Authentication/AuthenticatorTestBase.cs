using Microsoft.Extensions.DependencyInjection;
using TicBot.TestSupport.Auth;

namespace TicBot.BotKit.Tests.Authentication;

/// <summary>A fresh fake identity server (metadata, keys, tokens) and the services built on it, per test.</summary>
public abstract class AuthenticatorTestBase : IAsyncLifetime
{
    protected BotAuthenticationTestEnvironment Env { get; private set; } = null!;

    protected ServiceProvider Services { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Env = await BotAuthenticationTestEnvironment.StartAsync(TestContext.Current.CancellationToken);
        Services = Env.BuildServices();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Env.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
