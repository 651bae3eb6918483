using TicBot.Cards.Model;
using TicBot.Cards.Serialization;

namespace TicBot.Cards.Validation;

/// <summary>
/// The rules every card TicBot sends must follow, beyond what the type system already guarantees
/// (nothing newer than 1.5): unique ids; inputs with an id and a label; no empty text, title or alt
/// text; at most 6 actions per action bar; choice sets with choices; toggle targets that exist; tables
/// whose rows fit their columns; https links; colour never alone (coloured text and styled
/// containers carry words); and the attachment within <see cref="CardSerializer.MaxAttachmentBytes"/>.
/// </summary>
public static class CardValidator
{
    /// <summary>Teams renders no more than this many actions in one action bar.</summary>
    public const int MaxActions = 6;

    /// <summary>Teams refreshes automatically for at most this many users of <c>refresh.userIds</c>.</summary>
    public const int MaxRefreshUsers = 60;

    /// <summary>All the rules the card breaks; empty when it is valid.</summary>
    public static IReadOnlyList<CardValidationError> Validate(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var walker = new CardWalker();
        walker.Card(card, "card");
        walker.CheckTargets();
        var size = CardSerializer.AttachmentSize(card);
        if (size > CardSerializer.MaxAttachmentBytes)
        {
            walker.Errors.Add(new CardValidationError("card", $"the attachment is {size} bytes, over {CardSerializer.MaxAttachmentBytes}: paginate"));
        }

        return walker.Errors;
    }

    /// <summary>Throws when the card breaks a rule.</summary>
    /// <exception cref="InvalidOperationException">The card is invalid; the message lists every error.</exception>
    public static void EnsureValid(AdaptiveCard card)
    {
        var errors = Validate(card);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Invalid card: " + string.Join("; ", errors));
        }
    }
}
