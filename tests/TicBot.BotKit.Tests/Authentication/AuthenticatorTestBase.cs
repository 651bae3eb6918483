using Microsoft.Extensions.DependencyInjection;
using TicBot.TestSupport.Auth;

namespace TicBot.BotKit.Tests.Authentication;

/// <summary>A fresh fake identity server (metadata, keys, tokens) and the services built on it, per test.</summary>
public abstract class AuthenticatorTestBase : IAsyncLifetime
{
    protected BotAuthenticationTestEnvironment Env { get; private set; } = null!;

    protected ServiceProvider Services { get; private set; } = null!;

    /// <summary>Settings changed from the environment's for every test of the class (a null value removes the key).</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Overrides => null;

    public async ValueTask InitializeAsync()
    {
        Env = await BotAuthenticationTestEnvironment.StartAsync(TestContext.Current.CancellationToken);
        Services = Env.BuildServices(Overrides);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Env.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
