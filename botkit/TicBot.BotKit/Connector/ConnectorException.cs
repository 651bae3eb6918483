using System.Net;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Connector;

/// <summary>A Bot Connector call failed: the connector refused it, or it timed out, after any retries.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException() : this("The Bot Connector call failed.") { }

    public ConnectorException(string message) : this(message, null) { }

    public ConnectorException(string message, Exception? innerException) : base(message, innerException) { }

    public ConnectorException(string message, HttpStatusCode? statusCode, ErrorResponse? error, bool isTimeout, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Error = error;
        IsTimeout = isTimeout;
    }

    /// <summary>The connector's HTTP status; null when no answer came (timeout, connection failure).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The connector's error body, when it sent one that parses.</summary>
    public ErrorResponse? Error { get; }

    /// <summary>The connector's error code (<c>ConversationNotFound</c>, <c>MessageWritesBlocked</c>, …).</summary>
    public string? ErrorCode => Error?.Error?.Code;

    /// <summary>True when no answer came in time (the request may still have been delivered).</summary>
    public bool IsTimeout { get; }

    /// <summary>The wait a 429's <c>Retry-After</c> asked for; null when the answer had none.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// True for 403 <c>MessageWritesBlocked</c>: the user blocked or uninstalled the bot. Stop writing to this
    /// conversation rather than retrying.
    /// </summary>
    public bool IsMessageWritesBlocked => StatusCode == HttpStatusCode.Forbidden
        && (string.Equals(ErrorCode, "MessageWritesBlocked", StringComparison.OrdinalIgnoreCase)
            || (Error?.Error?.Message?.Contains("MessageWritesBlocked", StringComparison.OrdinalIgnoreCase) ?? false));
}
