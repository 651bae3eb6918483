using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using TicBot.Bot.Legal;
using TicBot.Bot.Security;
using TicBot.BotKit.Hosting;

namespace TicBot.Bot.Extensions;

/// <summary>The bot's HTTP surface.</summary>
public static class BotEndpointExtensions
{
    /// <summary>Health checks tagged with this take part in <c>/readyz</c> (the storage check, later).</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Maps <c>/api/messages</c>, <c>GET /healthz</c> (the process answers) and <c>GET /readyz</c> (the
    /// checks tagged <see cref="ReadyTag"/> pass), <c>GET /privacy</c> and <c>GET /terms</c>. Every answer, of these
    /// and of every other endpoint, carries the security headers (<see cref="SecurityHeadersMiddleware"/>).
    /// </summary>
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.MapBotMessages();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapLegalPages();
        return app;
    }
}
