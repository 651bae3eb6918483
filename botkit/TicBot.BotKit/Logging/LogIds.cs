namespace TicBot.BotKit.Logging;

/// <summary>
/// What a log line says instead of a Teams id: every user, conversation, team or tenant id, and every storage key or
/// connector path that contains one, goes through here before it is logged. Logs never hold message text or tokens
/// either; those are simply not logged.
/// </summary>
/// <remarks>
/// The key is <c>Logging:PseudonymKey</c> when configured (see <see cref="LoggingServiceCollectionExtensions.AddLogPseudonyms"/>),
/// else a random key drawn when the process starts. One process-wide key, so that static and generated logging code
/// uses it too.
/// </remarks>
public static class LogIds
{
    private static LogPseudonymizer s_current = LogPseudonymizer.CreateRandom();

    /// <summary>The pseudonym of a conversation id (personal, group chat or channel thread).</summary>
    public static string Conversation(string? id) => Current.Pseudonym(id);

    /// <summary>The pseudonym of a user id (<c>29:…</c>, an AAD object id…).</summary>
    public static string User(string? id) => Current.Pseudonym(id);

    /// <summary>The pseudonym of any other id naming a person or a place (team, tenant, place of a reference).</summary>
    public static string Id(string? id) => Current.Pseudonym(id);

    /// <inheritdoc cref="LogPseudonymizer.Key"/>
    public static string Key(string? key) => Current.Key(key);

    /// <inheritdoc cref="LogPseudonymizer.ConnectorPath"/>
    public static string ConnectorPath(string? path) => Current.ConnectorPath(path);

    internal static LogPseudonymizer Current => Volatile.Read(ref s_current);

    /// <summary>Makes <paramref name="pseudonymizer"/> the one every log line uses from now on.</summary>
    internal static void Use(LogPseudonymizer pseudonymizer) => Volatile.Write(ref s_current, pseudonymizer);
}
