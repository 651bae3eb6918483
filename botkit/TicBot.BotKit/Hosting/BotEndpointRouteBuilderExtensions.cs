using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TicBot.BotKit.Builder;

namespace TicBot.BotKit.Hosting;

/// <summary>Maps the bot endpoint.</summary>
public static class BotEndpointRouteBuilderExtensions
{
    /// <summary>The conventional path of the bot endpoint.</summary>
    public const string DefaultPattern = "/api/messages";

    /// <summary>
    /// Maps every verb of <paramref name="pattern"/> to <see cref="CloudAdapter.ProcessAsync"/> with the
    /// registered <see cref="IBot"/> (the adapter answers 405 to verbs other than POST).
    /// </summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Map(pattern, context =>
        {
            var adapter = context.RequestServices.GetRequiredService<CloudAdapter>();
            var bot = context.RequestServices.GetRequiredService<IBot>();
            return adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted);
        });
    }
}
