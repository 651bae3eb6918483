using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>Sets the HTTP answer of an <c>invoke</c> turn.</summary>
public static class InvokeResponseExtensions
{
    /// <summary>The turn-state key under which the adapter finds the invoke response.</summary>
    public const string InvokeResponseKey = "BotFrameworkAdapter.InvokeResponse";

    /// <summary>
    /// Makes <paramref name="response"/> the HTTP answer of this invoke turn (the last one set wins). Without
    /// one, the adapter answers 501.
    /// </summary>
    public static void SetInvokeResponse(this ITurnContext turnContext, InvokeResponse response)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(response);
        turnContext.TurnState.Set(InvokeResponseKey, response);
    }

    /// <summary>The invoke response set so far in this turn, or null.</summary>
    public static InvokeResponse? GetInvokeResponse(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<InvokeResponse>(InvokeResponseKey);
    }
}
