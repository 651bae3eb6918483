using System.Text.Json;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Prompts;

public sealed partial class FormPrompt
{
    private static bool IsExecute(Activity? activity)
        => activity?.Type == ActivityTypes.Invoke && string.Equals(activity.Name, AdaptiveCardActionName, StringComparison.Ordinal);

    /// <summary>The inputs of a submit: <c>value</c> of a message, <c>value.action.data</c> of an Action.Execute.</summary>
    private static JsonElement? SubmittedData(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (!IsExecute(activity))
        {
            return value;
        }

        return value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
               && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : null;
    }

    /// <summary>The Universal Actions answer that replaces the card in place.</summary>
    private static InvokeResponse CardResponse(Attachment card) => InvokeResponses.Card(card.Content);

    private static InvokeResponse MessageResponse(string text) => InvokeResponses.Message(text);
}
