using TicBot.BotKit.Localization;

namespace TicBot.Bot;

/// <summary>The host's own sentences (the conversations have theirs). French first.</summary>
internal static class BotTexts
{
    public static readonly LocalizedText MentionHint = new(
        "Bonjour à toutes et à tous ! Dans cette conversation, mentionnez-moi (@TicBot) pour vous adresser à moi : le projet de la conversation est partagé par tous ses membres.",
        "Hello everyone! In this conversation, mention me (@TicBot) to talk to me: the conversation's project is shared by all its members.");
}
