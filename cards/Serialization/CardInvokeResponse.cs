using System.Text.Json;
using System.Text.Json.Nodes;
using TicBot.Cards.Model;

namespace TicBot.Cards.Serialization;

/// <summary>
/// Bodies of the answer to an <c>adaptiveCard/action</c> invoke (HTTP 200 in every case; the status is
/// inside): the refreshed card, which Teams puts in place of the one clicked; a short message; or an error.
/// </summary>
public static class CardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary><c>{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":card}</c>.</summary>
    public static JsonElement Card(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Body(200, CardType, JsonSerializer.SerializeToNode(card, CardJsonContext.Default.AdaptiveCard));
    }

    /// <summary><c>{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":text}</c>, shown as a toast.</summary>
    public static JsonElement Message(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return Body(200, MessageType, JsonValue.Create(text));
    }

    /// <summary>An error answer, e.g. 400 <c>BadRequest</c> for a refused payload.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The status is not an error (below 400).</exception>
    public static JsonElement Error(int statusCode, string code, string message)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return Body(statusCode, ErrorType, new JsonObject { ["code"] = code, ["message"] = message });
    }

    private static JsonElement Body(int statusCode, string type, JsonNode? value)
    {
        var body = new JsonObject { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value };
        return JsonSerializer.SerializeToElement(body, CardJsonContext.Default.JsonObject);
    }
}
