namespace TicBot.BotKit.Authentication;

/// <summary>Supplies the bearer token for the bot's calls to the Bot Connector.</summary>
public interface IConnectorTokenProvider
{
    /// <returns>The access token, or null in local mode (no app id: calls go without a header).</returns>
    Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken);
}
