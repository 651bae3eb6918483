using System.Text.Json;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Prompts;

/// <summary>How choices are shown: suggested actions (personal chats, three at most in Teams) or a numbered list.</summary>
internal static class ChoiceRendering
{
    /// <summary>Teams shows at most three suggested actions.</summary>
    public const int MaxSuggestedActions = 3;

    /// <summary>A personal (1:1) chat; conversations without a type that are not groups count too (Emulator).</summary>
    public static bool IsPersonal(Activity activity) => Builder.ActivityExtensions.IsPersonalConversation(activity);

    public static SuggestedActions SuggestedActions(IEnumerable<string> titles) => new()
    {
        Actions = [.. titles.Select(t => new CardAction { Type = "imBack", Title = t, Value = JsonSerializer.SerializeToElement(t, Dialogs.DialogsJsonContext.Default.String) })],
    };

    /// <summary><c>1. Titre</c> lines under the question.</summary>
    public static string AppendList(string? text, IReadOnlyList<Recognizers.Choice> choices)
    {
        var lines = choices.Select((c, i) => $"{i + 1}. {c.Value}");
        var list = string.Join("\n", lines);
        return string.IsNullOrEmpty(text) ? list : $"{text}\n\n{list}";
    }
}
