using System.Diagnostics.CodeAnalysis;
using TicBot.Methodology.Content;

namespace TicBot.Cards.Actions;

/// <summary>The outcome of <see cref="CardActionData.TryDecode"/>: the payload, or why it was refused.</summary>
public sealed record CardActionDecodeResult
{
    private CardActionDecodeResult(CardActionData? data, CardActionError? error, string? detail)
    {
        Data = data;
        Error = error;
        Detail = detail;
    }

    [MemberNotNullWhen(true, nameof(Data))]
    [MemberNotNullWhen(false, nameof(Error), nameof(Detail))]
    public bool Succeeded => Data is not null;

    public CardActionData? Data { get; }

    public CardActionError? Error { get; }

    /// <summary>For logs: what exactly was wrong (English, names the field, never echoes the value).</summary>
    public string? Detail { get; }

    internal static CardActionDecodeResult Success(CardActionData data) => new(data, null, null);

    internal static CardActionDecodeResult Failure(CardActionError error, string detail) => new(null, error, detail);

    /// <summary>A short answer for the user, in their language; empty when the decoding succeeded.</summary>
    public string UserMessage(ContentLanguage language) => (Error, language) switch
    {
        (null, _) => string.Empty,
        (CardActionError.Stale, ContentLanguage.English) => "This card is out of date. Open it again from the menu (type \"menu\").",
        (CardActionError.Stale, _) => "Cette carte n’est plus à jour. Rouvrez-la depuis le menu (tapez « menu »).",
        (_, ContentLanguage.English) => "I could not understand this button. Type \"menu\" to start again.",
        _ => "Je n’ai pas compris ce bouton. Tapez « menu » pour reprendre.",
    };
}
