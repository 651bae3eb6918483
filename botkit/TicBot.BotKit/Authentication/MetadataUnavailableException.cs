namespace TicBot.BotKit.Authentication;

/// <summary>The OpenID metadata or signing keys could not be fetched in time: the request cannot be judged (503).</summary>
internal sealed class MetadataUnavailableException(string message, Exception? innerException)
    : Exception(message, innerException);
