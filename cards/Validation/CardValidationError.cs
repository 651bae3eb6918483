namespace TicBot.Cards.Validation;

/// <summary>One rule a card breaks: where (a JSON-like path such as <c>body[2].items[0]</c>) and what.</summary>
public sealed record CardValidationError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
