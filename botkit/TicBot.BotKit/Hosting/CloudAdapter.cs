using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Authentication;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Connector;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Hosting;

/// <summary>
/// The HTTP adapter of <c>POST /api/messages</c>: checks and parses the request, authenticates it, runs the
/// turn through the middleware and the bot, and sends what the turn says through the Bot Connector.
/// </summary>
/// <remarks>
/// Answers: 200 empty for ordinary activities and for unknown types (ignored); 200
/// <c>{"activities":[…]}</c> for <c>deliveryMode: expectReplies</c> (nothing posted); for an invoke, the
/// <see cref="InvokeResponse"/> the bot set (<see cref="InvokeResponseExtensions.SetInvokeResponse"/>), or 501
/// when none; 400 for a body that is not a JSON object with a string <c>type</c> or has fields of the wrong JSON
/// type, and for an activity of a known type that cannot make a turn (no absolute http(s) <c>serviceUrl</c>, no
/// <c>channelId</c>, <c>conversation.id</c>, <c>from.id</c> or <c>recipient.id</c>, an invoke without <c>name</c>); 415 for a non-JSON content type; 413 above
/// <see cref="BotKitOptions.MaxRequestBodyBytes"/>; 405 for verbs other than POST; 401 or 503 from the
/// <see cref="IRequestAuthenticator"/>. A failing turn goes to <see cref="BotAdapter.OnTurnError"/> and answers as
/// above; 500 only when that policy itself fails. A turn stopped by its deadline answers 200, an invoke with an
/// <c>application/vnd.microsoft.error</c> answer.
/// </remarks>
public sealed partial class CloudAdapter : BotAdapter
{
    /// <summary>The turn-state key of the caller's <see cref="ClaimsIdentity"/>.</summary>
    public const string BotIdentityKey = "BotIdentity";

    private const string BufferedRepliesKey = "TicBot.BotKit.BufferedReplies";

    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.MessageReaction, ActivityTypes.MessageUpdate,
        ActivityTypes.MessageDelete, ActivityTypes.EndOfConversation, "contactRelationUpdate", "deleteUserData",
        "suggestion", "handoff", "command", "commandResult",
    };

    private readonly IConnectorClient _connector;
    private readonly IRequestAuthenticator _authenticator;
    private readonly TimeProvider _timeProvider;
    private readonly BotKitOptions _options;
    private readonly ILogger<CloudAdapter> _logger;
    private readonly RejectedRequestLog _rejections;
    private readonly BotKitMetrics _metrics;
    private readonly CancellationToken _stopping;

    /// <param name="lifetime">When given, turns in flight are cancelled when the host stops.</param>
    public CloudAdapter(
        IConnectorClient connector,
        IRequestAuthenticator authenticator,
        TimeProvider timeProvider,
        IOptions<BotKitOptions> options,
        IEnumerable<Builder.IMiddleware> middleware,
        ILogger<CloudAdapter> logger,
        RejectedRequestLog rejections,
        BotKitMetrics? metrics = null,
        IHostApplicationLifetime? lifetime = null)
    {
        _metrics = metrics ?? new BotKitMetrics();
        _stopping = lifetime?.ApplicationStopping ?? CancellationToken.None;
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(middleware);
        _connector = connector;
        _authenticator = authenticator;
        _timeProvider = timeProvider;
        _options = options.Value;
        _logger = logger;
        _rejections = rejections;
        foreach (var step in middleware)
        {
            Use(step);
        }
    }

    /// <summary>
    /// Handles one request to the bot endpoint and writes the answer. Never throws for bad input.
    /// <paramref name="cancellationToken"/> (the request's abort) stops reading the request and writing the answer; the
    /// turn itself runs until it ends, its deadline (<see cref="BotKitOptions.TurnDeadline"/> from now) or host shutdown.
    /// </summary>
    public async Task ProcessAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(bot);
        var deadline = _timeProvider.GetUtcNow() + _options.TurnDeadline;
        try
        {
            await ProcessCoreAsync(request, response, bot, deadline, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller went away; there is nobody to answer.
        }
        catch (BadHttpRequestException ex)
        {
            await WriteErrorAsync(response, ex.StatusCode, "BadRequest", "The request could not be read.", cancellationToken);
        }
        catch (IOException ex)
        {
            await WriteErrorAsync(response, StatusCodes.Status400BadRequest, "BadRequest", "The request body could not be read.", $"the body could not be read to the end ({ex.GetType().Name})", cancellationToken);
        }
        catch (Exception ex)
        {
            // Last line of the "never a 500" promise: turns have their own policy, so this is a defect
            // in request handling; say so in the logs, refuse the request, keep serving.
            _logger.LogError(ex, "The request to the bot endpoint could not be processed");
            await WriteErrorAsync(response, StatusCodes.Status400BadRequest, "BadRequest", "The request could not be processed.", cancellationToken);
        }
    }

    private async Task ProcessCoreAsync(HttpRequest request, HttpResponse response, IBot bot, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            response.Headers.Allow = "POST";
            await WriteErrorAsync(response, StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed", "Only POST is accepted.", cancellationToken);
            return;
        }

        if (!ActivityRequestReader.IsJsonContentType(request.ContentType))
        {
            await WriteErrorAsync(response, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The body must be application/json.", cancellationToken);
            return;
        }

        var read = await ActivityRequestReader.ReadAsync(request, _options.MaxRequestBodyBytes, cancellationToken);
        if (read.Activity is not { } activity)
        {
            await WriteErrorAsync(response, read.Status, read.ErrorCode!, read.ErrorMessage!, cancellationToken);
            return;
        }

        var known = KnownTypes.Contains(activity.Type!);
        if (known && ActivityShape.Problem(activity) is { } problem)
        {
            // Logged once at Debug, and counted, by the refused-request log.
            await WriteErrorAsync(response, StatusCodes.Status400BadRequest, "BadRequest", problem, cancellationToken);
            return;
        }

        var outcome = await AuthenticateAsync(request, activity, cancellationToken);
        if (outcome.Status != AuthenticationStatus.Accepted)
        {
            var unavailable = outcome.Status == AuthenticationStatus.Unavailable;
            await WriteErrorAsync(
                response,
                unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status401Unauthorized,
                unavailable ? "ServiceUnavailable" : "Unauthorized",
                unavailable ? "The request cannot be authenticated right now." : "The request is not authenticated.",
                outcome.Reason ?? "not authenticated",
                cancellationToken);
            return;
        }

        if (!known)
        {
            _logger.LogDebug("Ignored an activity of unknown type {ActivityType}", activity.Type);
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        await RunTurnAndAnswerAsync(activity, outcome.Identity, response, bot, deadline, cancellationToken);
    }
}
