using System.Text.Json;
using TicBot.Bot.Routing;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;

namespace TicBot.Bot.Handlers;

/// <summary>
/// Answers an Adaptive Card <c>Action.Execute</c> (invoke <c>adaptiveCard/action</c>) with a text message
/// response until the dialogs handle the verbs.
/// </summary>
internal sealed class CardActionHandler(TurnLanguage language) : IActivityHandler
{
    public Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = BotTexts.CardActionReceived.For(language.For(turnContext));
        var body = new Dictionary<string, JsonElement>
        {
            ["statusCode"] = JsonSerializer.SerializeToElement(200, BotJsonContext.Default.Int32),
            ["type"] = JsonSerializer.SerializeToElement("application/vnd.microsoft.activity.message", BotJsonContext.Default.String),
            ["value"] = JsonSerializer.SerializeToElement(text, BotJsonContext.Default.String),
        };
        turnContext.SetInvokeResponse(new InvokeResponse
        {
            Status = 200,
            Body = JsonSerializer.SerializeToElement(body, BotJsonContext.Default.DictionaryStringJsonElement),
        });
        return Task.CompletedTask;
    }
}
