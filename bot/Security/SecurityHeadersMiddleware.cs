namespace TicBot.Bot.Security;

/// <summary>
/// Puts the browser-facing security headers on every answer of the bot, whatever its endpoint and status:
/// <c>X-Content-Type-Options: nosniff</c> (no content sniffing), a framing ban in both its old and current forms
/// (<c>X-Frame-Options: DENY</c>, CSP <c>frame-ancestors 'none'</c>), and <c>Referrer-Policy: no-referrer</c>.
/// </summary>
/// <remarks>
/// The headers are added when the answer starts, not when the request arrives, so that an answer rebuilt
/// later (an error handler clears the headers) still carries them. An endpoint that sets its own
/// <c>Content-Security-Policy</c> keeps it, with the framing ban appended when it has none. A failure nothing
/// handled is answered 500 here, logged at Error: left to Kestrel, that 500 would go out without any header.
/// </remarks>
internal sealed partial class SecurityHeadersMiddleware(RequestDelegate next, ILogger<SecurityHeadersMiddleware> logger)
{
    public const string FrameAncestors = "frame-ancestors 'none'";

    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            Apply(((HttpResponse)state).Headers);
            return Task.CompletedTask;
        }, context.Response);
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            LogUnhandled(ex, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
    }

    private static void Apply(IHeaderDictionary headers)
    {
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        var policy = headers.ContentSecurityPolicy.ToString();
        if (string.IsNullOrWhiteSpace(policy))
        {
            headers.ContentSecurityPolicy = FrameAncestors;
        }
        else if (!policy.Contains("frame-ancestors", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = policy.TrimEnd(' ', ';') + "; " + FrameAncestors;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure answering {Method} {Path}: 500")]
    private partial void LogUnhandled(Exception exception, string method, PathString path);
}
