using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TicBot.Bot.Handlers;
using TicBot.Bot.Legal;
using TicBot.Bot.Routing;
using TicBot.Bot.Security;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Connector;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Proactive;
using TicBot.BotKit.Schema;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;
using TicBot.Dialogs;

namespace TicBot.Bot.Extensions;

/// <summary>
/// The bot's registrations: options, BotKit, storage and state (the turn middleware in the pipeline), the
/// activity router and its handlers.
/// </summary>
public static class BotServiceExtensions
{
    /// <summary>The address used when neither <c>ASPNETCORE_URLS</c> nor any other URL setting is given.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>
    /// Keys of the routed handlers (<see cref="IActivityHandler"/> keyed services). Register another handler
    /// under a key before calling <see cref="AddTicBotServices"/> to replace ours (the dialogs take "message").
    /// </summary>
    public const string WelcomeKey = "welcome";

    /// <inheritdoc cref="WelcomeKey"/>
    public const string AdaptiveCardActionKey = "invoke:adaptiveCard/action";

    public static WebApplicationBuilder AddTicBotServices(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        UseDefaultUrlWhenNoneConfigured(builder);

        var services = builder.Services;
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddLegalPages();
        services.AddBotKit();
        services.AddBotFrameworkAuthentication(builder.Configuration);
        services.AddHostedService<LocalModeExposureCheck>();
        services.AddOptions<ConnectorOptions>().BindConfiguration("BotKit:Connector");
        services.AddOptions<BotKitOptions>().Configure<IOptions<BotOptions>>((kit, bot) =>
        {
            kit.Language = bot.Value.Language;
            kit.MaxRequestBodyBytes = bot.Value.MaxRequestBodyBytes;
            kit.TurnDeadline = bot.Value.TurnDeadline;
        });

        // Storage:Provider picks the store (File by default: no Azure needed) and adds the /readyz check.
        services.AddBotStorage(builder.Configuration);
        services.AddSingleton<BotKit.Builder.IMiddleware>(sp => sp.GetRequiredService<ConversationTurnMiddleware>());

        services.AddProactiveMessaging();
        services.AddOptions<ProactiveOptions>().BindConfiguration(ProactiveOptions.SectionName);
        services.AddTicBotDialogs();
        services.AddSingleton<TurnLanguage>();
        services.AddSingleton<ITurnErrorCleanup, WelcomeMarkCleanup>();
        services.TryAddKeyedSingleton<IActivityHandler, MessageHandler>(ActivityTypes.Message);
        services.TryAddKeyedSingleton<IActivityHandler, WelcomeHandler>(WelcomeKey);
        services.TryAddKeyedSingleton<IActivityHandler, CardActionHandler>(AdaptiveCardActionKey);
        services.TryAddSingleton<ConversationReferenceHandler>();
        services.TryAddSingleton<IBot>(sp =>
        {
            // References are captured first on every route that comes from a place (added, removed, spoken in).
            var references = sp.GetRequiredService<ConversationReferenceHandler>();
            IActivityHandler WithReferences(string key) => new HandlerSequence(references, sp.GetRequiredKeyedService<IActivityHandler>(key));
            return new ActivityRouter()
                .On(ActivityTypes.Message, WithReferences(ActivityTypes.Message))
                .On(ActivityTypes.ConversationUpdate, WithReferences(WelcomeKey))
                .On(ActivityTypes.InstallationUpdate, WithReferences(WelcomeKey))
                .On(ActivityTypes.Invoke, "adaptiveCard/action", WithReferences(AdaptiveCardActionKey));
        });

        services.AddHealthChecks();
        return builder;
    }

    private static void UseDefaultUrlWhenNoneConfigured(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = new[] { "urls", "http_ports", "https_ports" }.Any(k => !string.IsNullOrWhiteSpace(configuration[k]))
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        if (!configured)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }
}
